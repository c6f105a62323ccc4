import { ON_DEMAND_PEAK_MULTIPLIER } from '../calculators/limits.js';
import type { CapacityPool } from './capacity-pool.js';
import type { LimitKind } from './throttle-reasons.js';
import { TokenBucket, UNIT_EPSILON } from './token-bucket.js';

/** How an on-demand allowance is set up. */
export interface OnDemandSettings {
  /** Units per second served at once from the start: 4,000 WRU / 12,000 RRU for a new table, or the warm throughput. */
  readonly initialUnitsPerSecond: number;
  /** The per-table quota (40,000 by default): the allowance never grows past it. */
  readonly quotaUnitsPerSecond: number;
  /** Optional maximum on-demand throughput set on the table or index. */
  readonly maxUnitsPerSecond: number | null;
  /** Seconds over which traffic must be sustained to become the previous peak. */
  readonly peakWindowSeconds: number;
  /** Seconds the allowance takes at most to grow to twice the demand that exceeds it. */
  readonly doublingSeconds: number;
  /** Depth of the allowance bucket in seconds of its rate. */
  readonly bucketSeconds: number;
}

/** One change of the allowance, for the report. */
export interface AllowanceChange {
  readonly atMs: number;
  readonly unitsPerSecond: number;
  readonly cause: 'peak' | 'growth';
}

/**
 * The on-demand allowance of one dimension of a table or index (DYNAMODB-RULES.md §4): it serves
 * up to twice the previous peak at once (a new table's previous peak counts as half of 4,000 WRU /
 * 12,000 RRU). Traffic served without being held back by the allowance for a sustained window
 * becomes the new previous peak. Demand beyond the allowance makes it grow linearly towards twice
 * that demand, reaching it within `doublingSeconds` (30 minutes) — so doubling takes up to 30
 * minutes, and a larger jump is met sooner in proportion. It never shrinks, and never passes the
 * table quota or the maximum throughput.
 */
export class OnDemandAllowance implements CapacityPool {
  readonly bucket: TokenBucket;
  private allowance: number;
  private previousPeak: number;
  private readonly cap: number;
  private readonly capLimit: LimitKind;
  private growth: { start: number; target: number } | null = null;
  private readonly consumedWindow: Float64Array;
  private readonly throttledWindow: Uint8Array;
  private windowFill = 0;
  private windowNext = 0;
  private windowSum = 0;
  private windowThrottled = 0;
  readonly changes: AllowanceChange[] = [];
  /** The allowance at the start, in units per second. */
  readonly initialUnitsPerSecond: number;

  constructor(private readonly settings: OnDemandSettings) {
    const max = settings.maxUnitsPerSecond ?? Infinity;
    this.cap = Math.min(settings.quotaUnitsPerSecond, max);
    this.capLimit = max <= settings.quotaUnitsPerSecond ? 'maxOnDemand' : 'account';
    this.allowance = Math.min(this.cap, settings.initialUnitsPerSecond);
    this.initialUnitsPerSecond = this.allowance;
    this.previousPeak = this.allowance / ON_DEMAND_PEAK_MULTIPLIER;
    this.bucket = new TokenBucket(this.allowance, this.allowance * settings.bucketSeconds, this.allowance * settings.bucketSeconds);
    const window = Math.max(1, Math.round(settings.peakWindowSeconds));
    this.consumedWindow = new Float64Array(window);
    this.throttledWindow = new Uint8Array(window);
  }

  /** The allowance in units per second now. */
  get unitsPerSecond(): number {
    return this.allowance;
  }

  /** The previous peak in units per second. */
  get peakUnitsPerSecond(): number {
    return this.previousPeak;
  }

  limit(): LimitKind {
    return this.allowance >= this.cap - UNIT_EPSILON ? this.capLimit : 'allowance';
  }

  /**
   * Advances the allowance by one second, given that second's demand (units of every attempt that
   * reached the table, admitted or not), the units consumed, and whether the allowance itself
   * throttled anything. Returns true when the allowance changed.
   */
  tick(demandUnits: number, consumedUnits: number, allowanceThrottled: boolean, nowMs: number): boolean {
    const before = this.allowance;
    this.pushWindow(consumedUnits, allowanceThrottled);
    // Traffic served unhindered for a whole window becomes the previous peak; twice it is served at once.
    if (this.windowFill === this.consumedWindow.length && this.windowThrottled === 0) {
      const sustained = this.windowSum / this.windowFill;
      if (sustained > this.previousPeak) {
        this.previousPeak = sustained;
        const doubled = Math.min(this.cap, ON_DEMAND_PEAK_MULTIPLIER * sustained);
        if (doubled > this.allowance) this.set(doubled, nowMs, 'peak');
      }
    }
    if (demandUnits > this.allowance + UNIT_EPSILON && this.allowance < this.cap) {
      const target = Math.min(this.cap, Math.max(this.growth?.target ?? 0, ON_DEMAND_PEAK_MULTIPLIER * demandUnits));
      this.growth = this.growth ? { start: this.growth.start, target } : { start: this.allowance, target };
      const step = (this.growth.target - this.growth.start) / this.settings.doublingSeconds;
      this.set(Math.min(this.growth.target, this.allowance + step), nowMs, 'growth');
    } else {
      this.growth = null;
    }
    return this.allowance !== before;
  }

  private set(unitsPerSecond: number, nowMs: number, cause: AllowanceChange['cause']): void {
    this.allowance = unitsPerSecond;
    this.bucket.reconfigure(unitsPerSecond, unitsPerSecond * this.settings.bucketSeconds, nowMs);
    // The allowance moves every second while it grows: log at most one change a minute, and any jump of 10 % or more.
    const last = this.changes[this.changes.length - 1];
    const base = last?.unitsPerSecond ?? this.initialUnitsPerSecond;
    if (!last || nowMs - last.atMs >= 60_000 || unitsPerSecond >= base * 1.1) this.changes.push({ atMs: nowMs, unitsPerSecond, cause });
  }

  private pushWindow(consumed: number, throttled: boolean): void {
    const i = this.windowNext;
    if (this.windowFill === this.consumedWindow.length) {
      this.windowSum -= this.consumedWindow[i] as number;
      this.windowThrottled -= this.throttledWindow[i] as number;
    } else {
      this.windowFill++;
    }
    this.consumedWindow[i] = consumed;
    this.throttledWindow[i] = throttled ? 1 : 0;
    this.windowSum += consumed;
    this.windowThrottled += throttled ? 1 : 0;
    this.windowNext = (i + 1) % this.consumedWindow.length;
  }
}
