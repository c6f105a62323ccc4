import { z } from 'zod';

/** A rate as written in YAML: a number (per second) or a string such as `5000/s`, `120/min`; parsed by calculators/rate. */
export const rateSchema = z
  .union([z.number().nonnegative(), z.string().regex(/^\s*[0-9][0-9_,]*(\.[0-9]+)?([eE][+-]?[0-9]+)?\s*(\/\s*[A-Za-z]+)?\s*$/, 'expected a rate such as 100, 100/s, 120/min or 3600/h')])
  .describe('requests per second: 100, "100/s", "120/min", "3600/h"');

/** A size as written in YAML: a number (bytes) or a string such as `4.5KB`; parsed by calculators/size. */
export const sizeSchema = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\s*[0-9][0-9_,]*(\.[0-9]+)?\s*[A-Za-z]*\s*$/, 'expected a size such as 400B, 4.5KB or 1.5MB')])
  .describe('bytes, or a size such as "400B", "4.5KB", "1.5MB" (KB = 1,024 bytes)');

/** A duration as written in YAML: a number (seconds) or a string such as `20m`; parsed by calculators/duration. */
export const durationSchema = z
  .union([z.number().nonnegative(), z.string().regex(/^\s*([0-9]*\.?[0-9]+\s*[A-Za-z]+\s*)+$|^\s*[0-9.]+\s*$/, 'expected a duration such as 90s, 20m or 1.5h')])
  .describe('seconds, or a duration such as "90s", "20m", "1.5h"');
