import { Fraction } from '../../calculators/fraction.js';

/** A quantity per second at the day's average and at peak, exact (units per second, or requests per second). */
export interface PerSecond {
  readonly average: Fraction;
  readonly peak: Fraction;
}

/** Zero at average and at peak. */
export const ZERO_PER_SECOND: PerSecond = Object.freeze({ average: Fraction.ZERO, peak: Fraction.ZERO });

/** Returns `a + b`, average and peak apart (peaks add up: the plan assumes the parts can peak together). */
export function addPerSecond(a: PerSecond, b: PerSecond): PerSecond {
  return { average: a.average.add(b.average), peak: a.peak.add(b.peak) };
}

/** Returns the sum of per-second quantities. */
export function sumPerSecond(items: readonly PerSecond[]): PerSecond {
  return items.reduce(addPerSecond, ZERO_PER_SECOND);
}

/** Returns `rate × factor`, average and peak apart (requests per second times units per request). */
export function scalePerSecond(rate: PerSecond, factor: Fraction | number): PerSecond {
  return { average: rate.average.mul(factor), peak: rate.peak.mul(factor) };
}
