import { LIMITS } from './throttle-reasons.js';
import { max } from './intrinsics.js';

/** Buckets a series holds before it first grows (it doubles as needed). */
const SERIES_INITIAL_LENGTH = 16;

/** A series of numbers indexed by time bucket (second or minute) that grows as needed. */
export class Series {
  private values: Float64Array;
  private used = 0;

  constructor() {
    this.values = new Float64Array(SERIES_INITIAL_LENGTH);
  }

  /** Number of buckets written so far (the highest index + 1). */
  get length(): number {
    return this.used;
  }

  /** Adds `amount` to bucket `i`. */
  add(i: number, amount: number): void {
    if (i >= this.values.length) this.grow(i);
    this.values[i] = (this.values[i] as number) + amount;
    if (i >= this.used) this.used = i + 1;
  }

  /** Sets bucket `i`. */
  set(i: number, value: number): void {
    if (i >= this.values.length) this.grow(i);
    this.values[i] = value;
    if (i >= this.used) this.used = i + 1;
  }

  /** Returns bucket `i` (0 beyond the end). */
  get(i: number): number {
    return i < this.values.length ? (this.values[i] as number) : 0;
  }

  private grow(i: number): void {
    let n = this.values.length;
    while (n <= i) n *= 2;
    const next = new Float64Array(n);
    next.set(this.values);
    this.values = next;
  }
}

/**
 * Per-second counts of one design, over the scenario's duration (events after the end are not in
 * it): application requests offered, attempts made and throttled in each second, and requests
 * that succeeded or failed by the second they ended.
 */
export class Timeline {
  readonly offered: Float64Array;
  readonly attempts: Float64Array;
  readonly throttled: Float64Array;
  readonly succeeded: Float64Array;
  readonly failed: Float64Array;

  constructor(readonly seconds: number) {
    this.offered = new Float64Array(seconds);
    this.attempts = new Float64Array(seconds);
    this.throttled = new Float64Array(seconds);
    this.succeeded = new Float64Array(seconds);
    this.failed = new Float64Array(seconds);
  }

  /** Attempts admitted in second `s`: an attempt is admitted or throttled in the second it is made. */
  admitted(s: number): number {
    return (this.attempts[s] as number) - (this.throttled[s] as number);
  }
}

/** CloudWatch-style per-minute series of one table or index: consumed units, throttle events by limit, capacity. */
export class ResourceSeries {
  /** Units consumed per minute, by dimension (0 read, 1 write). */
  readonly consumed = [new Series(), new Series()] as const;
  /** Throttle events per minute, by dimension then by limit (LIMITS order). */
  readonly throttleEvents = [LIMITS.map(() => new Series()), LIMITS.map(() => new Series())] as const;
  /** Requests with at least one throttled event, per minute (the ThrottledRequests metric). */
  readonly throttledRequests = new Series();
  /** Capacity in force at the end of each minute: provisioned units, or the on-demand allowance. */
  readonly capacity = [new Series(), new Series()] as const;
  /** Burst reservoir at the end of each minute (provisioned only). */
  readonly reservoir = [new Series(), new Series()] as const;
  /** Partitions at the end of each minute. */
  readonly partitions = new Series();

  /** Minutes that have a data point in some series: once the run has closed its minutes, every minute of the run and of its drain. */
  get minutes(): number {
    let n = max(this.partitions.length, this.throttledRequests.length);
    for (const s of [...this.consumed, ...this.capacity, ...this.reservoir, ...this.throttleEvents.flat()]) n = max(n, s.length);
    return n;
  }
}
