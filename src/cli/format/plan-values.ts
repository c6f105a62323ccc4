import { Fraction } from '../../calculators/fraction.js';
import { fmt } from '../../calculators/steps.js';
import type { PerSecond } from '../../model/load/index.js';
import type { SpecModel } from '../../model/spec/spec-model.js';

/** A JSON number for an exact quantity: the nearest double (exact when the value is one). */
export function jsonNumber(f: Fraction): number {
  return f.toNumber();
}

/** `{ average, peak }` as JSON numbers. */
export function jsonPerSecond(p: PerSecond): { average: number; peak: number } {
  return { average: jsonNumber(p.average), peak: jsonNumber(p.peak) };
}

/** USD as a JSON number, rounded to a millionth of a dollar so that float noise does not show. */
export function jsonUsd(usd: number): number {
  return Math.round(usd * 1e6) / 1e6;
}

const HUNDREDTH = Fraction.of(1, 100);

/** Formats a quantity with up to 2 decimals, or 3 significant digits below 0.01 so that small loads do not print as 0. */
export function fmtQuantity(f: Fraction): string {
  if (f.isZero() || f.compare(HUNDREDTH) >= 0) return fmt(f, 2);
  return fmt(Number(f.toNumber().toPrecision(3)), 15);
}

/** Formats average and peak as "2,500 / 5,000", or one number when they are equal. */
export function fmtPerSecond(p: PerSecond): string {
  return p.average.compare(p.peak) === 0 ? fmtQuantity(p.average) : `${fmtQuantity(p.average)} / ${fmtQuantity(p.peak)}`;
}

/** Formats request rates per second, or per hour or per day when they are below 0.01 a second ("1/day"). */
export function fmtCallRate(p: PerSecond): string {
  const small = !p.average.isZero() && p.average.compare(HUNDREDTH) < 0;
  if (!small) return fmtPerSecond(p);
  const perHour = p.average.mul(3600);
  const [scale, unit] = perHour.compare(1) >= 0 ? [3600, 'h'] : [86_400, 'day'];
  const one = (f: Fraction): string => `${fmt(f.mul(scale), 2)}/${unit}`;
  return p.average.compare(p.peak) === 0 ? one(p.average) : `${one(p.average)} / ${one(p.peak)}`;
}

/** Formats stored bytes briefly in DynamoDB's binary units: "812 B", "4.5 KB", "8.15 GB". */
export function fmtStorage(bytes: number): string {
  const units: ReadonlyArray<[number, string]> = [
    [1024 ** 4, 'TB'],
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, name] of units) if (bytes >= size) return `${fmt(bytes / size, 2)} ${name}`;
  return `${fmt(bytes)} B`;
}

/** Formats a share of one as a percentage with one decimal, e.g. "66.7 %" (two significant digits below 0.1 %). */
export function fmtPercent(f: Fraction | number): string {
  const pct = typeof f === 'number' ? f * 100 : f.mul(100).toNumber();
  // Below 0.1 % one decimal would print 0: keep two significant digits.
  return pct > 0 && pct < 0.1 ? `${fmt(Number(pct.toPrecision(2)), 15)} %` : `${fmt(pct, 1)} %`;
}

/** A location in the model's source: `FILE:LINE:COL`, or the file alone. */
export interface SourceSpot {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
}

/** Locates a JSON pointer of the model in its source file (its nearest written ancestor when the field was not written). */
export function locate(model: SpecModel, path: string): SourceSpot {
  const at = model.source.sourceMap.locate(path);
  return { file: model.source.file, line: at?.line, column: at?.column };
}

/** Formats a source spot as `FILE:LINE:COL`. */
export function fmtSpot(s: SourceSpot): string {
  return s.line === undefined ? s.file : `${s.file}:${s.line}:${s.column ?? 1}`;
}
