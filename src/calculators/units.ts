import { Fraction } from './fraction.js';
import { READ_UNIT_BYTES, WRITE_UNIT_BYTES } from './limits.js';
import { calc, fmt, fmtBytes, type Calculation } from './steps.js';

/** Returns ceil(a / b) for non-negative safe integers, with integer arithmetic only. */
export function ceilDiv(a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 0 || b <= 0) {
    throw new RangeError(`ceilDiv needs non-negative safe integers, got ${a} / ${b}`);
  }
  let q = Math.floor(a / b);
  // The float quotient can land one off for large operands; correct it with the exact remainder.
  if (q * b > a) q -= 1;
  return q * b === a ? q : q + 1;
}

/** Returns the number of 4 KB read blocks a read of `bytes` costs: ceil(bytes / 4,096), at least 1 (DYNAMODB-RULES.md §2). */
export function readBlocks(bytes: number): number {
  return Math.max(1, ceilDiv(bytes, READ_UNIT_BYTES));
}

/** Returns the number of 1 KB write blocks a write of `bytes` costs: ceil(bytes / 1,024), at least 1 (DYNAMODB-RULES.md §3). */
export function writeBlocks(bytes: number): number {
  return Math.max(1, ceilDiv(bytes, WRITE_UNIT_BYTES));
}

/** Returns units per second = calls per second × units per call, exactly. */
export function unitsPerSecond(ratePerSecond: Fraction, unitsPerCall: Fraction | number, unit: string, callNoun = 'calls'): Calculation<Fraction> {
  const value = ratePerSecond.mul(unitsPerCall);
  return calc(value, [
    {
      what: `${unit} per second`,
      how: `${fmt(ratePerSecond)} ${callNoun}/s × ${fmt(unitsPerCall)} ${unit}`,
      result: `${fmt(value)} ${unit}`,
    },
  ]);
}

/** Returns the whole units to provision for an exact demand: ceil(units), at least `minimum`. */
export function roundUpUnits(units: Fraction, unit: string, minimum = 0): Calculation<number> {
  const whole = Number(units.ceil());
  const value = Math.max(minimum, whole);
  const rounded = units.isInteger() ? `${fmt(units)} ${unit}` : `ceil(${fmt(units)} ${unit})`;
  const how = minimum > 0 ? `max(${fmt(minimum)}, ${rounded})` : rounded;
  return calc(value, [{ what: `Provisioned ${unit}`, how, result: `${fmt(value)} ${unit}` }]);
}

/** Describes a block computation, e.g. "ceil(6,144 B ÷ 4,096 B) = 2". */
export function blocksHow(bytes: number, blockBytes: number): string {
  return `ceil(${fmtBytes(bytes)} ÷ ${fmtBytes(blockBytes)})`;
}

export { Fraction };
