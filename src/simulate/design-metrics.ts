import { LatencyHistogram } from './latency-histogram.js';
import { Timeline } from './metrics.js';
import { LIMITS, type LimitKind } from './throttle-reasons.js';
import { ceil, floor, imul, INFINITY } from './intrinsics.js';

/** Counters of a design run, totals or per workload entry (counts of requests and attempts). */
export interface RequestCounts {
  /** Application requests (first attempts of logical requests). */
  offered: number;
  /** Logical requests by outcome: admitted on some attempt, or given up on by the client. */
  succeeded: number;
  failed: number;
  /** Attempts, retries and fan-out requests included. */
  attempts: number;
  /** Attempts refused by some limit. */
  throttled: number;
}

/** Throttled attempts of one (resource, dimension, limit). */
export interface ThrottleCount {
  /** 0 the table, j + 1 index j. */
  readonly resource: number;
  /** 0 read, 1 write. */
  readonly dimension: 0 | 1;
  readonly limit: LimitKind;
  readonly count: number;
}

/** Logical reads of the table, the requests they were sent as (fan-out included, retries not), and the read units they consumed. */
export interface ReadCounts {
  logical: number;
  requests: number;
  /** Read capacity units. */
  unitsConsumed: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * What one design's run counts as it goes, in constant memory whatever the number of requests:
 * requests and attempts per workload entry, the per-second timeline, the latency histogram,
 * throttled attempts by (resource, dimension, limit), the time of the first throttle, the read
 * fan-out and a checksum of the logical arrivals. The run calls it at each step of a request's
 * life; it decides nothing.
 */
export class DesignMetrics {
  /** Counts by workload entry, in scenario order. */
  readonly perWorkload: RequestCounts[];
  /** Counts per simulated second. */
  readonly timeline: Timeline;
  /** Latency of logical requests from first attempt to outcome, in milliseconds. */
  readonly latency = new LatencyHistogram();
  /** The table's read fan-out; the run counts reads as it sends them. */
  readonly reads: ReadCounts = { logical: 0, requests: 0, unitsConsumed: 0 };
  /** When the last request finished, in milliseconds (0 before any did). */
  endMs = 0;
  private readonly throttleCounts: Float64Array;
  private firstThrottleAtMs = INFINITY;
  private checksum = FNV_OFFSET;

  constructor(workloads: number, resources: number, durationMs: number) {
    this.perWorkload = Array.from({ length: workloads }, () => ({ offered: 0, succeeded: 0, failed: 0, attempts: 0, throttled: 0 }));
    this.timeline = new Timeline(ceil(durationMs / 1000));
    this.throttleCounts = new Float64Array(resources * 2 * LIMITS.length);
  }

  /** Counts an application request of workload entry `w` arriving in second `sec`, folding its key and operation into the arrivals checksum. */
  offered(w: number, sec: number, keyId: number, opIndex: number): void {
    (this.perWorkload[w] as RequestCounts).offered++;
    bump(this.timeline.offered, sec);
    this.checksum = mixChecksum(this.checksum, sec, w, keyId, opIndex);
  }

  /** Counts an attempt (first try, retry or fan-out request) of workload entry `w` in second `sec`. */
  attempted(w: number, sec: number): void {
    (this.perWorkload[w] as RequestCounts).attempts++;
    bump(this.timeline.attempts, sec);
  }

  /** Counts a throttled attempt at `nowMs` (milliseconds) and the limit of resource `resource`, dimension `dim`, that refused it (index into LIMITS). */
  throttled(w: number, sec: number, nowMs: number, resource: number, dim: 0 | 1, limit: number): void {
    (this.perWorkload[w] as RequestCounts).throttled++;
    bump(this.timeline.throttled, sec);
    if (nowMs < this.firstThrottleAtMs) this.firstThrottleAtMs = nowMs;
    const at = (resource * 2 + dim) * LIMITS.length + limit;
    this.throttleCounts[at] = (this.throttleCounts[at] as number) + 1;
  }

  /** Counts the outcome of a logical request of workload entry `w` that started at `startMs` and ended at `doneMs` (milliseconds). */
  finished(w: number, ok: boolean, startMs: number, doneMs: number): void {
    this.latency.record(doneMs - startMs);
    const counts = this.perWorkload[w] as RequestCounts;
    const sec = floor(doneMs / 1000);
    if (ok) {
      counts.succeeded++;
      bump(this.timeline.succeeded, sec);
    } else {
      counts.failed++;
      bump(this.timeline.failed, sec);
    }
    if (doneMs > this.endMs) this.endMs = doneMs;
  }

  /** The design's totals: the sums of its workload entries' counts. */
  totals(): RequestCounts {
    const sum: RequestCounts = { offered: 0, succeeded: 0, failed: 0, attempts: 0, throttled: 0 };
    for (const c of this.perWorkload) {
      sum.offered += c.offered;
      sum.succeeded += c.succeeded;
      sum.failed += c.failed;
      sum.attempts += c.attempts;
      sum.throttled += c.throttled;
    }
    return sum;
  }

  /** Throttled attempts by resource, dimension and limit, in that order, leaving out those that never throttled. */
  throttles(): ThrottleCount[] {
    const out: ThrottleCount[] = [];
    const resources = this.throttleCounts.length / (2 * LIMITS.length);
    for (let r = 0; r < resources; r++) {
      for (const dim of [0, 1] as const) {
        LIMITS.forEach((limit, l) => {
          const count = this.throttleCounts[(r * 2 + dim) * LIMITS.length + l] as number;
          if (count > 0) out.push({ resource: r, dimension: dim, limit, count });
        });
      }
    }
    return out;
  }

  /** Time of the first throttled attempt in milliseconds, or null when nothing was throttled. */
  get firstThrottleMs(): number | null {
    return this.firstThrottleAtMs === INFINITY ? null : this.firstThrottleAtMs;
  }

  /** The arrivals checksum as 8 hex digits: equal for designs that saw the same logical arrivals. */
  get arrivalsChecksum(): string {
    return (this.checksum >>> 0).toString(16).padStart(8, '0');
  }
}

/** Counts one in second `sec` of a timeline series (events after the end are not in the timeline). */
function bump(series: Float64Array, sec: number): void {
  if (sec < series.length) series[sec] = (series[sec] as number) + 1;
}

/** Folds one logical arrival into a 32-bit FNV-1a style checksum. */
function mixChecksum(h: number, second: number, workload: number, keyId: number, op: number): number {
  let x = imul(h ^ second, FNV_PRIME);
  x = imul(x ^ workload, FNV_PRIME);
  x = imul(x ^ (keyId >>> 0), FNV_PRIME);
  x = imul(x ^ floor(keyId / 0x1_0000_0000), FNV_PRIME);
  return imul(x ^ op, FNV_PRIME);
}
