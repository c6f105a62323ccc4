import { PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../calculators/limits.js';
import { HeatStats } from './split-for-heat.js';
import { TokenBucket } from './token-bucket.js';
import { TopKeys } from './top-keys.js';
import { max } from './intrinsics.js';

/** Read units a partition serves for each write unit it could serve instead (3,000 RCU vs 1,000 WCU): a read costs a budget shared by both its units divided by this. */
export const READ_UNITS_PER_WRITE_UNIT = PARTITION_MAX_RCU / PARTITION_MAX_WCU;

/**
 * One partition: a range [lo, hi) of the key space (hash positions in [0, 1)) with its own read
 * and write buckets at the hard ceilings of 3,000 RCU/s and 1,000 WCU/s (DYNAMODB-RULES.md §5).
 */
export class Partition {
  readonly read: TokenBucket;
  readonly write: TokenBucket;
  /** Units consumed in the current simulated second, for the split-for-heat check. */
  secondReadUnits = 0;
  secondWriteUnits = 0;
  /** The second the counters above belong to. */
  touchedSecond = -1;
  /** Consecutive seconds above the split-for-heat threshold. */
  hotSeconds = 0;
  /** Which keys consumed what while hot, to choose a split point. */
  readonly heat = new HeatStats();
  /** Throttled attempts on this partition's own ceilings (KeyRangeThroughputExceeded), by key. */
  readonly throttledKeys = new TopKeys(4);
  constructor(
    /** Stable identity for reports; children of a split get new ids. */
    readonly id: number,
    public lo: number,
    public hi: number,
    bucketSeconds: number,
    nowMs: number,
  ) {
    this.read = new TokenBucket(PARTITION_MAX_RCU, PARTITION_MAX_RCU * bucketSeconds, PARTITION_MAX_RCU * bucketSeconds, nowMs);
    this.write = new TokenBucket(PARTITION_MAX_WCU, PARTITION_MAX_WCU * bucketSeconds, PARTITION_MAX_WCU * bucketSeconds, nowMs);
  }

  /** Throttled attempts on this partition's own ceilings. */
  get throttled(): number {
    return this.throttledKeys.total;
  }
}

/** A split that happened: when, which partition, at which boundary, and why. */
export interface SplitRecord {
  readonly atMs: number;
  readonly partition: number;
  readonly children: readonly [number, number];
  readonly boundary: number;
  readonly cause: 'heat' | 'capacity';
}

/**
 * The partitions of a table or index, ordered by key range. Partitions only ever split (DynamoDB
 * never merges them): for heat at the observed key boundary, or in halves when capacity grows
 * beyond what the partitions can serve.
 */
export class PartitionMap {
  private list: Partition[] = [];
  private los = new Float64Array(0);
  private nextId = 0;
  readonly splits: SplitRecord[] = [];
  /** Every partition there has been, split ones included (their throttles stay on the record). */
  readonly history: Partition[] = [];

  constructor(
    initialCount: number,
    private readonly bucketSeconds: number,
  ) {
    for (let i = 0; i < initialCount; i++) this.list.push(new Partition(this.nextId++, i / initialCount, (i + 1) / initialCount, bucketSeconds, 0));
    this.history.push(...this.list);
    this.reindex();
  }

  /** Number of partitions now. */
  get count(): number {
    return this.list.length;
  }

  /** The partitions in key order. */
  get all(): readonly Partition[] {
    return this.list;
  }

  /** Returns the partition holding key-space position `pos` (0 ≤ pos < 1). */
  lookup(pos: number): Partition {
    const los = this.los;
    let lo = 0;
    let hi = los.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((los[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return this.list[lo] as Partition;
  }

  /** Splits `p` at `boundary` (lo < boundary < hi); each child starts with the parent's tokens. */
  split(p: Partition, boundary: number, nowMs: number, cause: SplitRecord['cause']): [Partition, Partition] {
    if (!(boundary > p.lo && boundary < p.hi)) throw new RangeError(`split point ${boundary} outside [${p.lo}, ${p.hi})`);
    const index = this.list.indexOf(p);
    const a = new Partition(this.nextId++, p.lo, boundary, this.bucketSeconds, nowMs);
    const b = new Partition(this.nextId++, boundary, p.hi, this.bucketSeconds, nowMs);
    for (const child of [a, b]) {
      child.read.setLevel(p.read.level(nowMs), nowMs);
      child.write.setLevel(p.write.level(nowMs), nowMs);
    }
    this.list.splice(index, 1, a, b);
    this.history.push(a, b);
    this.reindex();
    this.splits.push({ atMs: nowMs, partition: p.id, children: [a.id, b.id], boundary, cause });
    return [a, b];
  }

  /**
   * Splits partitions in halves until there are at least `count`, a whole generation at a time
   * (every widest partition at once), so partitions that started equal stay equal in width.
   */
  ensureCount(count: number, nowMs: number): void {
    while (this.list.length < count) {
      let widest = 0;
      for (const p of this.list) widest = max(widest, p.hi - p.lo);
      const generation = this.list.filter((p) => p.hi - p.lo >= widest * (1 - 1e-9));
      for (const p of generation) this.split(p, p.lo + (p.hi - p.lo) / 2, nowMs, 'capacity');
    }
  }

  private reindex(): void {
    this.los = Float64Array.from(this.list, (p) => p.lo);
  }
}
