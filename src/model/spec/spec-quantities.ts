import { z } from 'zod';
import { parseRate } from '../../calculators/rate.js';
import { parseSize } from '../../calculators/size.js';
import { parsedQuantity } from '../common/parsed-quantity.js';

/** A rate in a spec (`5000/s`, `120/min`, a number per second), checked by calculators/rate. */
export const specRateSchema = parsedQuantity(
  z.number().meta({ minimum: 0 }),
  '^\\s*[0-9][0-9_,]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*(/\\s*[A-Za-z]+)?\\s*$',
  parseRate,
  'requests per second: 100, "100/s", "120/min", "3600/h" or "2/day"',
);

/** A size in a spec (`4.5KB`, a whole number of bytes), checked by calculators/size. */
export const specSizeSchema = parsedQuantity(
  z.number().int().meta({ minimum: 0 }),
  '^\\s*[0-9][0-9_,]*(\\.[0-9]+)?\\s*[A-Za-z]*\\s*$',
  parseSize,
  'bytes, or a size such as "400B", "4.5KB", "1.5MB" (KB = 1,024 bytes)',
);

/** Whole provisioned capacity units: 0 or more (a lint rule asks for at least 1). */
export const unitsSchema = z.number().int().min(0, 'capacity units cannot be negative').max(1_000_000_000);

/** A whole count of items, 0 or more. */
export const itemCountSchema = z.number().int().min(0, 'cannot be negative').max(Number.MAX_SAFE_INTEGER);

/** A name of a table, index, attribute or access pattern: any non-empty text (naming rules are lint rules). */
export const nameSchema = z.string().min(1, 'must not be empty');
