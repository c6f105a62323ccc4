import { Fraction } from './fraction.js';

/** One line of worked arithmetic, as `--explain` and the worked examples print it. */
export interface Step {
  /** What the step computes, e.g. "Write units per item". */
  readonly what: string;
  /** The arithmetic, e.g. "ceil(4,608 B ÷ 1,024 B)"; absent for given facts. */
  readonly how?: string;
  /** The result with its unit, e.g. "5 WCU". */
  readonly result: string;
  /** The rule applied, e.g. "1 WCU = one write per second of up to 1 KB (§3)". */
  readonly rule?: string;
  /** True when the step states an assumption rather than computing something. */
  readonly assumption?: boolean;
}

/** A value together with the steps that produced it. Every calculator returns one. */
export interface Calculation<T> {
  readonly value: T;
  readonly steps: readonly Step[];
}

/** Returns a calculation. */
export function calc<T>(value: T, steps: readonly Step[]): Calculation<T> {
  return { value, steps };
}

/** Returns an assumption step. */
export function assume(text: string, rule?: string): Step {
  return rule === undefined ? { what: 'Assumption', result: text, assumption: true } : { what: 'Assumption', result: text, rule, assumption: true };
}

/** Most decimals `fmt` uses to keep a tiny nonzero value from printing as 0; a value that still rounds to 0 prints as "< 0.000000000001". */
const MAX_TINY_DECIMALS = 12;

/**
 * Formats an integer or decimal with thousands separators and at most `decimals` decimals
 * (trailing zeros dropped). A nonzero value never prints as 0 or with a single rounded digit:
 * one too small for `decimals` to show two significant digits of gets two significant digits
 * instead (240 × 1/25,000,000 → "0.0000096", 0.00012 → "0.00012"), up to 12 decimals; one that
 * 12 decimals still round to 0 prints as "< 0.000000000001".
 */
export function fmt(n: number | bigint | Fraction, decimals = 4): string {
  if (typeof n === 'bigint') return groupThousands(n.toString());
  if (typeof n === 'number' && !Number.isFinite(n)) return String(n);
  const text = fixed(n, decimals);
  const magnitude = Math.abs(typeof n === 'number' ? n : n.toNumber());
  // Below 1 and below 10^(1 − decimals) the decimals show one significant digit at most
  // (0.00012 → 0.0001); at 1 and above, the integer part carries the value.
  if (magnitude === 0 || magnitude >= Math.min(1, 10 ** (1 - decimals))) return groupThousands(text);
  // Two significant digits of a value below 1: 9.6e-6 needs 1 − floor(log10(9.6e-6)) = 7 decimals.
  const tiny = fixed(n, Math.min(MAX_TINY_DECIMALS, 1 - Math.floor(Math.log10(magnitude))));
  if (!/^-?0$/.test(tiny)) return tiny;
  const negative = typeof n === 'number' ? n < 0 : n.compare(0) < 0;
  return `${negative ? '> -' : '< '}${(10 ** -MAX_TINY_DECIMALS).toFixed(MAX_TINY_DECIMALS)}`;
}

/** Rounds to `decimals` decimals, trailing zeros dropped, without thousands separators. */
function fixed(n: number | Fraction, decimals: number): string {
  if (typeof n === 'object') return n.toDecimalString(decimals);
  const rounded = Number(n.toFixed(decimals));
  return String(Math.abs(rounded) < 1e21 ? trimDecimals(rounded.toFixed(decimals)) : rounded);
}

/** Drops trailing zeros after a decimal point (and the point itself): 1.50 → 1.5, 5000 stays 5000. */
function trimDecimals(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function groupThousands(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  const [, sign = '', int = '', frac = ''] = m;
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + frac;
}

/** Formats a byte count, e.g. "4,608 B". */
export function fmtBytes(bytes: number | bigint): string {
  return `${fmt(bytes)} B`;
}

/** Formats US dollars with cents, or three significant digits for sub-dollar amounts, e.g. "$14.24", "$0.00065". */
export function fmtUsd(usd: number): string {
  const abs = Math.abs(usd);
  if (!Number.isFinite(abs)) return `$${usd}`;
  const decimals = abs === 0 || abs >= 1 ? 2 : Math.min(8, Math.max(2, 2 - Math.floor(Math.log10(abs)) + 1));
  // Round the decimal the double stands for, half up, not its binary expansion: 14.235 is stored
  // as 14.23499…, and toFixed(2) would print $14.23.
  const exact = Fraction.parseDecimal(abs.toPrecision(15)) ?? Fraction.ZERO;
  const [int = '0', frac = ''] = exact.toDecimalString(decimals).split('.');
  const text = `${int}.${frac.padEnd(2, '0')}`;
  return `${usd < 0 && text !== '0.00' ? '-' : ''}$${groupThousands(text)}`;
}

/** A titled group of steps with its answer, as `--explain` prints one question. */
export interface Explanation {
  readonly title: string;
  readonly steps: readonly Step[];
  /** The answer line, e.g. "30 WCU". */
  readonly answer?: string;
}
