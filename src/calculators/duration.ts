import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';

const UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hr: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
};

/** Longest duration accepted: 400 days, beyond any simulation or billing question. */
export const MAX_DURATION_MS = 400 * 86_400_000;

/**
 * Parses a duration such as `90s`, `20m`, `1.5h`, `500ms` or `1h30m` (a bare number means seconds)
 * into whole milliseconds; fractions of a millisecond are refused.
 */
export function parseDuration(text: string | number): number {
  const raw = String(text).trim();
  if (typeof text === 'number' || /^[0-9.]+$/.test(raw)) return toMs(raw, 1000, raw);
  const parts = [...raw.matchAll(/([0-9]*\.?[0-9]+)\s*([a-z]+)/gi)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('').replace(/\s/g, '') !== raw.replace(/\s/g, '')) {
    throw new InputError(`invalid duration "${raw}": expected e.g. 90s, 20m, 1.5h or 500ms`);
  }
  let total = 0;
  for (const p of parts) {
    const unit = UNIT_MS[(p[2] ?? '').toLowerCase()];
    if (unit === undefined) throw new InputError(`invalid duration "${raw}": unknown unit "${p[2]}" (use ms, s, m, h or d)`);
    total += toMs(p[1] ?? '', unit, raw);
  }
  if (total > MAX_DURATION_MS) throw new InputError(`invalid duration "${raw}": longer than 400 days`);
  return total;
}

function toMs(amountText: string, unitMs: number, raw: string): number {
  const amount = Fraction.parseDecimal(amountText);
  if (amount === undefined) throw new InputError(`invalid duration "${raw}"`);
  const ms = amount.mul(unitMs);
  if (!ms.isInteger()) throw new InputError(`invalid duration "${raw}": not a whole number of milliseconds`);
  if (ms.compare(MAX_DURATION_MS) > 0) throw new InputError(`invalid duration "${raw}": longer than 400 days`);
  return ms.toNumber();
}

/** Formats milliseconds compactly: 1200000 → "20m", 90000 → "1m30s", 500 → "500ms". */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const out: string[] = [];
  let rest = ms;
  for (const [unit, label] of [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'm'],
    [1000, 's'],
    [1, 'ms'],
  ] as const) {
    const n = Math.floor(rest / unit);
    if (n > 0) out.push(`${n}${label}`);
    rest -= n * unit;
  }
  return out.join('');
}
