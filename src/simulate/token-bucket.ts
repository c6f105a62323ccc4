import { max, min } from './intrinsics.js';

/**
 * Tolerance in capacity units when comparing a bucket's level with a request's units: levels are
 * sums of rate × elapsed time in floating point, and a request of exactly the level must pass.
 */
export const UNIT_EPSILON = 1e-9;

/**
 * A token bucket updated in closed form: between events it fills at `unitsPerSecond` up to
 * `depthUnits`, so its level at any event time is min(depth, level + rate × elapsed), with no
 * periodic work. Partitions, tables and indexes are all made of these.
 */
export class TokenBucket {
  private levelUnits: number;
  private lastMs: number;

  constructor(
    private rate: number,
    private depth: number,
    initialUnits: number,
    nowMs = 0,
  ) {
    if (!(rate >= 0) || !(depth >= 0)) throw new RangeError(`bad bucket: rate ${rate}, depth ${depth}`);
    this.levelUnits = min(depth, max(0, initialUnits));
    this.lastMs = nowMs;
  }

  /** Refill rate in units per second. */
  get unitsPerSecond(): number {
    return this.rate;
  }

  /** Capacity of the bucket in units. */
  get depthUnits(): number {
    return this.depth;
  }

  /** Returns the units available at `nowMs` (refilling in closed form first). */
  level(nowMs: number): number {
    if (nowMs > this.lastMs) {
      const filled = this.levelUnits + (this.rate * (nowMs - this.lastMs)) / 1000;
      this.levelUnits = filled < this.depth ? filled : this.depth;
      this.lastMs = nowMs;
    }
    return this.levelUnits;
  }

  /** True when `units` can be taken at `nowMs`. */
  has(units: number, nowMs: number): boolean {
    return this.level(nowMs) + UNIT_EPSILON >= units;
  }

  /** Takes `units`; call `has` at the same time first. The level never goes below zero. */
  take(units: number): void {
    const left = this.levelUnits - units;
    this.levelUnits = left > 0 ? left : 0;
  }

  /**
   * Changes the rate and depth from `nowMs` on (an UpdateTable taking effect, an allowance
   * growing); the level accrued so far is kept, capped at the new depth.
   */
  reconfigure(unitsPerSecond: number, depthUnits: number, nowMs: number): void {
    this.level(nowMs);
    this.rate = unitsPerSecond;
    this.depth = depthUnits;
    if (this.levelUnits > depthUnits) this.levelUnits = depthUnits;
  }

  /** Sets the level (a split gives each child the parent's tokens). */
  setLevel(units: number, nowMs: number): void {
    this.level(nowMs);
    this.levelUnits = min(this.depth, max(0, units));
  }
}
