import { z } from 'zod';
import type { Fraction } from '../../calculators/fraction.js';
import { parseShare } from '../../calculators/share.js';
import { exactNumber } from './exact-number.js';
import { parsedQuantity } from './parsed-quantity.js';

/** A share as written in YAML: a number from 0 to 1, or a percentage such as `"70%"`; checked by calculators/share. */
export const ratioSchema = parsedQuantity(
  z.number().min(0).max(1),
  '^\\s*[0-9]+(\\.[0-9]+)?\\s*%\\s*$',
  parseShare,
  'a share from 0 to 1, or a percentage such as "70%"',
);

/** A share that must be above zero (a target utilization, say): 0 < share ≤ 1. */
export const positiveRatioSchema = ratioSchema.check(
  z.superRefine(
    (v, ctx) => {
      if (parseRatio(v).isZero()) ctx.addIssue({ code: 'custom', message: 'must be more than 0', input: v });
    },
    { when: (payload) => payload.issues.length === 0 },
  ),
);

/** Returns a validated share as an exact fraction of one: `"70%"` and `0.7` are both 7/10. */
export function parseRatio(value: number | string, numberText?: string): Fraction {
  return typeof value === 'number' ? exactNumber(value, numberText) : parseShare(value).value;
}
