import { fmt, fmtBytes, type Calculation } from '../calculators/steps.js';
import { Fraction } from '../calculators/fraction.js';
import { parseRate } from '../calculators/rate.js';
import { parseShare } from '../calculators/share.js';
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

/** Returns the command-line flag of a commander option key: `itemSize` → `--item-size`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
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

/** What a whole-number flag accepts, and what its errors call the value. */
export interface WholeNumberBounds {
  /** Smallest value accepted; default 0. */
  readonly min?: number;
  /** Largest value accepted; without it, any count up to 2^53 − 1 (the largest counted exactly). */
  readonly max?: number;
  /** What the value is, for the error: `count` unless told (`seed`). */
  readonly noun?: string;
}

/**
 * Parses a whole-number flag such as `--items-per-call 10`, `--top 20` or `--seed 42` (thousands
 * separators `_` and `,` allowed), from `min` to `max`. Every whole-number flag parses here, so
 * each refuses 0, -1, 1.5, abc and 1e400 alike, in one line naming the flag.
 */
export function countFlag(flag: string, value: unknown, bounds: WholeNumberBounds = {}): number {
  const { min = 0, max, noun = 'count' } = bounds;
  return fromFlag(flag, () => {
    const given = String(value);
    const range = max !== undefined ? `from ${fmt(min)} to ${fmt(max)}` : min > 0 ? `of at least ${fmt(min)}` : 'such as 10';
    const text = given.trim().replace(/[_,]/g, '');
    const n = Number(text);
    if (!/^[0-9]+$/.test(text) || n < min || (max !== undefined && n > max)) throw new InputError(`invalid ${noun} "${given}": expected a whole number ${range}`);
    if (!Number.isSafeInteger(n)) throw new InputError(`invalid ${noun} "${given}": too large to count exactly`);
    return n;
  });
}

/** Parses a share flag such as `--conditional-failure-rate 20%` or `0.2` into an exact fraction from 0 to 1. */
export function shareFlag(flag: string, value: unknown): Calculation<Fraction> {
  return fromFlag(flag, () => parseShare(String(value)));
}

/** Parses a comma-separated list of sizes such as `--item-sizes 1.5KB,6.5KB` into integer bytes, with one step showing the conversion. */
export function sizeListFlag(flag: string, value: unknown): Calculation<number[]> {
  return fromFlag(flag, () => {
    const parts = String(value).split(',').map((p) => p.trim());
    if (parts.some((p) => p === '')) throw new InputError(`invalid size list "${String(value)}": expected sizes separated by commas, such as 1.5KB,6.5KB (no thousands separators)`);
    const bytes = parts.map((p) => parseSize(p).value);
    return { value: bytes, steps: [{ what: 'Item sizes', how: parts.join(', '), result: bytes.map(fmtBytes).join(', ') }] };
  });
}
