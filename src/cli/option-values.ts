import type { Calculation } from '../calculators/steps.js';
import { Fraction } from '../calculators/fraction.js';
import { parseRate } from '../calculators/rate.js';
import { parseSize } from '../calculators/size.js';
import { InputError } from '../errors.js';

/** Runs a parser on a flag's value; an InputError it throws is reported against the flag. */
export function fromFlag<T>(flag: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, { ...e.location, flag });
    throw e;
  }
}

/** Parses a size flag such as `--item-size 4.5KB` into integer bytes with its steps. */
export function sizeFlag(flag: string, value: unknown): Calculation<number> {
  return fromFlag(flag, () => parseSize(String(value)));
}

/** Parses a rate flag such as `--reads 120/min` into an exact rate per second with its steps. */
export function rateFlag(flag: string, value: unknown): Calculation<Fraction> {
  return fromFlag(flag, () => parseRate(String(value)));
}

/** Parses a non-negative capacity-unit flag such as `--rcu 1500` (decimals allowed). */
export function unitsFlag(flag: string, value: unknown): Fraction {
  return fromFlag(flag, () => {
    const text = String(value).replace(/[_,]/g, '');
    const f = Fraction.parseDecimal(text);
    if (f === undefined) throw new InputError(`invalid number "${String(value)}": expected capacity units such as 1500`);
    if (f.compare(0) < 0) throw new InputError(`invalid number "${String(value)}": capacity units cannot be negative`);
    if (f.compare(1e12) > 0) throw new InputError(`invalid number "${String(value)}": larger than any table's capacity`);
    return f;
  });
}
