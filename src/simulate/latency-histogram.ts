import { ceil, floor, log2, max, min, round } from './intrinsics.js';

/** Microseconds recorded exactly before values are bucketed with a relative precision. */
const EXACT_MICROS = 2048;
/** Sub-buckets per power of two above that: relative error below 1/1024. */
const SUB_BUCKETS = 1024;
const SUB_BITS = 10;

/**
 * A histogram of latencies in the style of HdrHistogram: exact to the microsecond below 2 ms,
 * within 0.1 % above, in constant memory whatever the number of requests — so percentiles of
 * millions of requests need no per-request storage.
 */
export class LatencyHistogram {
  private counts = new Float64Array(EXACT_MICROS + SUB_BUCKETS * 8);
  private total = 0;
  private maxMs = 0;

  /** Number of recorded values. */
  get count(): number {
    return this.total;
  }

  /** Records a latency in milliseconds (negative values count as 0). */
  record(ms: number): void {
    const micros = ms > 0 ? round(ms * 1000) : 0;
    const i = bucketOf(micros);
    if (i >= this.counts.length) this.grow(i);
    this.counts[i] = (this.counts[i] as number) + 1;
    this.total++;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  /** The largest recorded latency in milliseconds, exactly. */
  max(): number {
    return this.maxMs;
  }

  /** Returns the latency in milliseconds at quantile q (0 < q ≤ 1) by nearest rank; 0 when empty. */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const rank = max(1, ceil(q * this.total));
    if (rank >= this.total) return this.maxMs;
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i] as number;
      if (seen >= rank) return min(this.maxMs, lowerBoundMicros(i) / 1000);
    }
    return this.maxMs;
  }

  private grow(index: number): void {
    let n = this.counts.length;
    while (n <= index) n *= 2;
    const next = new Float64Array(n);
    next.set(this.counts);
    this.counts = next;
  }
}

function bucketOf(micros: number): number {
  if (micros < EXACT_MICROS) return micros;
  // micros = m × 2^e with m in [1024, 2048): bucket by e and the top 10 bits of m.
  let e = floor(log2(micros)) - SUB_BITS;
  // log2 may round across a power of two; correct it so that m stays in [1024, 2048).
  if (floor(micros / 2 ** e) < SUB_BUCKETS) e--;
  else if (floor(micros / 2 ** e) >= 2 * SUB_BUCKETS) e++;
  const m = floor(micros / 2 ** e);
  return EXACT_MICROS + (e - 1) * SUB_BUCKETS + (m - SUB_BUCKETS);
}

function lowerBoundMicros(bucket: number): number {
  if (bucket < EXACT_MICROS) return bucket;
  const k = bucket - EXACT_MICROS;
  const e = floor(k / SUB_BUCKETS) + 1;
  const m = (k % SUB_BUCKETS) + SUB_BUCKETS;
  return m * 2 ** e;
}
