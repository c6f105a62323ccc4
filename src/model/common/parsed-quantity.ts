import { z } from 'zod';
import { InputError } from '../../errors.js';

/**
 * A quantity written as a number or a string, validated by a calculators parser so that the
 * message says what is wrong ("a rate cannot be negative", "unknown period /fortnight"). The
 * `pattern` only goes to the JSON Schema, for editors; the parser has the last word.
 */
export function parsedQuantity(number: z.ZodNumber, pattern: string, parse: (text: string) => unknown, description: string) {
  return z
    .union([number, z.string().meta({ pattern })])
    .check(
      z.superRefine(
        (v, ctx) => {
          try {
            parse(String(v));
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
            ctx.addIssue({ code: 'custom', message: e.message, input: v });
          }
        },
        // Once the value has a problem of its type, the parser has nothing to add.
        { when: (payload) => payload.issues.length === 0 },
      ),
    )
    .meta({ description });
}
