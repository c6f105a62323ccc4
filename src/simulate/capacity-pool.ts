import type { LimitKind } from './throttle-reasons.js';
import { TokenBucket } from './token-bucket.js';

/**
 * The table-level (or index-level) budget of one dimension that every partition draws from. Adaptive
 * capacity is instant (DYNAMODB-RULES.md §5): there is one shared pool, and a partition takes what it
 * needs from it as its requests arrive, up to its own ceiling, so a hot partition uses what the
 * others leave — the water-filling allocation, min(demand, ceiling) for each partition, whenever
 * those demands fit the budget.
 */
export interface CapacityPool {
  readonly bucket: TokenBucket;
  /** Units per second the pool is refilled at now: provisioned capacity, or the on-demand allowance. */
  readonly unitsPerSecond: number;
  /** The limit to name when this pool throttles. */
  limit(): LimitKind;
}

/**
 * A provisioned budget with its burst reservoir (DYNAMODB-RULES.md §4): a bucket refilled at the
 * provisioned rate that banks what goes unused, up to `burstSeconds` of capacity. Demand above the
 * provisioned rate drains it; demand below refills it. With burst off, the bucket still holds
 * `tableBucketSeconds` of capacity so that a second's requests may arrive together.
 */
export class ProvisionedPool implements CapacityPool {
  readonly bucket: TokenBucket;
  private rate: number;

  constructor(
    unitsPerSecond: number,
    private readonly burstSeconds: number,
    private readonly tableBucketSeconds: number,
    initialBurstSeconds: number,
  ) {
    this.rate = unitsPerSecond;
    this.bucket = new TokenBucket(unitsPerSecond, this.depthFor(unitsPerSecond), unitsPerSecond * initialBurstSeconds);
  }

  get unitsPerSecond(): number {
    return this.rate;
  }

  limit(): LimitKind {
    return 'provisioned';
  }

  /** Units banked at `nowMs`: the burst reservoir. */
  reservoirUnits(nowMs: number): number {
    return this.bucket.level(nowMs);
  }

  /** Applies new provisioned capacity from `nowMs` (an UpdateTable completing); the banked units are kept up to the new depth. */
  setCapacity(unitsPerSecond: number, nowMs: number): void {
    this.rate = unitsPerSecond;
    this.bucket.reconfigure(unitsPerSecond, this.depthFor(unitsPerSecond), nowMs);
  }

  private depthFor(rate: number): number {
    return rate * Math.max(this.burstSeconds, this.tableBucketSeconds);
  }
}
