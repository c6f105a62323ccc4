import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';
import { GB, KB, MB } from './limits.js';
import { calc, fmt, fmtBytes, type Calculation } from './steps.js';

const UNITS: Readonly<Record<string, number>> = {
  b: 1,
  byte: 1,
  bytes: 1,
  k: KB,
  kb: KB,
  kib: KB,
  m: MB,
  mb: MB,
  mib: MB,
  g: GB,
  gb: GB,
  gib: GB,
  t: 1024 * GB,
  tb: 1024 * GB,
  tib: 1024 * GB,
};

/** Largest size ddb-plan accepts: 1 PB, far beyond any table, well inside exact integers. */
const MAX_SIZE_BYTES = 1024 ** 5;

/**
 * Parses a size such as `400B`, `4.5KB`, `1.5MB`, `10GB` or a bare integer (bytes) into integer
 * bytes. KB, MB and GB are binary as DynamoDB counts them (DYNAMODB-RULES.md, Units). A size that
 * is not a whole number of bytes (40.8 KB = 41,779.2 B) is rounded up, and the step says so.
 */
export function parseSize(text: string): Calculation<number> {
  const trimmed = text.trim();
  const m = /^([0-9][0-9_,]*(?:\.[0-9]+)?|\.[0-9]+)\s*([A-Za-z]*)$/.exec(trimmed);
  if (!m) {
    const hint = trimmed.startsWith('-') ? 'a size cannot be negative' : 'expected a size such as 400B, 4.5KB, 1.5MB or a number of bytes';
    throw new InputError(`invalid size "${text}": ${hint}`);
  }
  const [, numberText = '', unitText = ''] = m;
  const unit = unitText === '' ? 1 : UNITS[unitText.toLowerCase()];
  if (unit === undefined) {
    throw new InputError(`invalid size "${text}": unknown unit "${unitText}" (use B, KB, MB, GB or TB)`);
  }
  const amount = Fraction.parseDecimal(numberText.replace(/[_,]/g, ''));
  if (amount === undefined) throw new InputError(`invalid size "${text}"`);
  const exact = amount.mul(unit);
  if (exact.compare(MAX_SIZE_BYTES) > 0) throw new InputError(`invalid size "${text}": larger than 1 PB`);
  const bytes = Number(exact.ceil());
  const unitLabel = unitText === '' ? 'B' : unitText.toUpperCase();
  if (unit === 1 && exact.isInteger()) {
    return calc(bytes, [{ what: 'Size', result: fmtBytes(bytes) }]);
  }
  const how = `${fmt(amount, 6)} × ${fmt(unit)} B`;
  if (exact.isInteger()) {
    return calc(bytes, [{ what: `Size ${fmt(amount, 6)} ${unitLabel}`, how, result: fmtBytes(bytes), rule: `1 ${unitLabel === 'B' ? 'B' : unitLabel} = ${fmtBytes(unit)} (DynamoDB counts binary units)` }]);
  }
  return calc(bytes, [
    {
      what: `Size ${fmt(amount, 6)} ${unitLabel}`,
      how: `${how} = ${fmt(exact, 2)} B, rounded up to whole bytes`,
      result: fmtBytes(bytes),
      rule: 'sizes are whole bytes; rounding up never understates capacity',
    },
  ]);
}

/** Formats integer bytes as the shortest size string that parses back to the same bytes, e.g. 4608 → "4.5KB". */
export function formatSize(bytes: number): string {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new RangeError(`not a byte count: ${bytes}`);
  for (const [unit, label] of [
    [GB, 'GB'],
    [MB, 'MB'],
    [KB, 'KB'],
  ] as const) {
    // Up to three decimals, exact: the string must parse back to the same bytes. BigInt, because
    // bytes × 1,000 leaves the exact integers for sizes above 9 TB.
    if (bytes >= unit && (BigInt(bytes) * 1000n) % BigInt(unit) === 0n) {
      return `${fmt(Fraction.of(bytes, unit), 3).replace(/,/g, '')}${label}`;
    }
  }
  return `${bytes}B`;
}

/** Formats integer bytes in KB for people, up to two decimals: 2,048 → "2 KB", 4,608 → "4.5 KB". */
export function fmtKilobytes(bytes: number): string {
  return `${fmt(Fraction.of(bytes, KB), 2)} KB`;
}

/** Describes integer bytes for people: "4,608 B (4.5 KB)"; bytes alone below 1 KB. */
export function describeBytes(bytes: number): string {
  if (bytes < KB) return fmtBytes(bytes);
  const [unit, label] = bytes >= GB ? [GB, 'GB'] : bytes >= MB ? [MB, 'MB'] : [KB, 'KB'];
  const value = Fraction.of(bytes, unit);
  const approx = value.isExactDecimal(2) ? '' : '≈';
  return `${fmtBytes(bytes)} (${approx}${fmt(value, 2)} ${label})`;
}
