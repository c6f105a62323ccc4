import { estimatePartitions } from '../calculators/partitions.js';
import { ON_DEMAND_INITIAL_READS, ON_DEMAND_INITIAL_WRITES, PARTITION_MAX_BYTES, PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../calculators/limits.js';
import { AutoScaler, DecreaseQuota } from './auto-scaling.js';
import { ProvisionedPool, type CapacityPool } from './capacity-pool.js';
import { ResourceSeries } from './metrics.js';
import type { ModelParameters } from './model-parameters.js';
import { OnDemandAllowance } from './on-demand.js';
import { PartitionMap, type Partition } from './partition-map.js';
import type { CapacitySettings } from './scenario.js';

/** A capacity change auto scaling made (or could not make), for the report. */
export interface ScalingRecord {
  /** When the UpdateTable was issued, and when it applied, in milliseconds. */
  readonly issuedMs: number;
  readonly appliedMs: number | null;
  readonly dimension: 'read' | 'write';
  readonly fromUnits: number;
  readonly toUnits: number;
  readonly action: 'scale-out' | 'scale-in' | 'blocked';
}

/** Where the initial partition count came from. */
export type PartitionSource = 'scenario' | 'estimate' | 'on-demand';

/**
 * A table or a global secondary index as the simulator sees it: partitions with their buckets, a
 * pool per dimension (provisioned with burst reservoir, or on-demand allowance), auto scaling, and
 * the accumulators its per-second and per-minute control events read.
 */
export class CapacityResource {
  readonly partitions: PartitionMap;
  readonly partitionSource: PartitionSource;
  /** Pools by dimension: 0 read, 1 write. */
  readonly pools: readonly [CapacityPool, CapacityPool];
  readonly provisioned: readonly [ProvisionedPool | null, ProvisionedPool | null];
  readonly onDemand: readonly [OnDemandAllowance | null, OnDemandAllowance | null];
  readonly scalers: readonly [AutoScaler | null, AutoScaler | null];
  readonly decreases = new DecreaseQuota();
  readonly series = new ResourceSeries();
  readonly scaling: ScalingRecord[] = [];
  /** UpdateTable in flight: the capacity it sets, by dimension (NaN: unchanged). */
  pendingUpdate: [number, number] | null = null;
  pendingRecords: ScalingRecord[] = [];
  /** Units that reached the pool this second (admitted or not), units consumed, and whether the on-demand allowance throttled. */
  readonly secondDemand = [0, 0];
  readonly secondConsumed = [0, 0];
  readonly secondAllowanceThrottled = [false, false];
  /** Partitions that consumed something in the current second, and those that were hot in the last one. */
  touched: Partition[] = [];
  hot: Partition[] = [];
  /** Partitions that could not split because one key was all their heat (by partition id). */
  readonly refusedSplits = new Map<number, number>();

  constructor(
    readonly kind: 'table' | 'index',
    readonly settings: CapacitySettings,
    model: ModelParameters,
  ) {
    const s = settings;
    if (s.billing === 'provisioned') {
      const cap = s.capacity ?? { read: 1, write: 1 };
      const pool = (units: number): ProvisionedPool => new ProvisionedPool(units, model.burstSeconds, model.tableBucketSeconds, s.initialBurstSeconds);
      const read = pool(cap.read);
      const write = pool(cap.write);
      this.provisioned = [read, write];
      this.onDemand = [null, null];
      this.pools = [read, write];
      const estimate = estimatePartitions({ rcu: cap.read, wcu: cap.write, tableBytes: s.tableBytes }).value.partitions;
      this.partitionSource = s.partitions === null ? 'estimate' : 'scenario';
      this.partitions = new PartitionMap(s.partitions ?? estimate, model.partitionBucketSeconds);
    } else {
      const allowance = (initial: number, warm: number | null, quota: number, max: number | null): OnDemandAllowance =>
        new OnDemandAllowance({
          initialUnitsPerSecond: Math.max(initial, warm ?? 0),
          quotaUnitsPerSecond: quota,
          maxUnitsPerSecond: max,
          peakWindowSeconds: model.peakWindowSeconds,
          doublingSeconds: model.onDemandDoublingSeconds,
          bucketSeconds: model.tableBucketSeconds,
        });
      const read = allowance(ON_DEMAND_INITIAL_READS, s.warmThroughput.read, s.quota.read, s.maxThroughput.read);
      const write = allowance(ON_DEMAND_INITIAL_WRITES, s.warmThroughput.write, s.quota.write, s.maxThroughput.write);
      this.provisioned = [null, null];
      this.onDemand = [read, write];
      this.pools = [read, write];
      this.partitionSource = s.partitions === null ? 'on-demand' : 'scenario';
      const bySize = Math.ceil(s.tableBytes / PARTITION_MAX_BYTES);
      this.partitions = new PartitionMap(s.partitions ?? Math.max(1, bySize, onDemandPartitions(read.unitsPerSecond, write.unitsPerSecond)), model.partitionBucketSeconds);
    }
    this.scalers = [s.autoscaling.read ? new AutoScaler(s.autoscaling.read) : null, s.autoscaling.write ? new AutoScaler(s.autoscaling.write) : null];
  }

  /** The name used in reasons and reports: `Votes`, or `Votes/index/ByStatus` as in an index ARN. */
  resourceName(tableName: string): string {
    return this.kind === 'table' ? tableName : `${tableName}/index/${this.settings.name}`;
  }

  /** Capacity in force for a dimension, in units per second. */
  capacity(dim: 0 | 1): number {
    return this.pools[dim].unitsPerSecond;
  }

  /** Makes sure the partitions can serve the capacity in force, splitting in halves if not (DYNAMODB-RULES.md §5). */
  fitPartitionsToCapacity(nowMs: number): void {
    const needed =
      this.settings.billing === 'provisioned'
        ? estimatePartitions({ rcu: this.capacity(0), wcu: this.capacity(1), tableBytes: this.settings.tableBytes }).value.partitions
        : onDemandPartitions(this.capacity(0), this.capacity(1));
    if (needed > this.partitions.count) this.partitions.ensureCount(needed, nowMs);
  }
}

/**
 * Partitions an on-demand allowance needs: enough for the larger of reads and writes at the
 * per-partition ceilings — 4 for a new table (4,000 WRU, 12,000 RRU), as SIMULATOR.md assumes.
 */
export function onDemandPartitions(readUnits: number, writeUnits: number): number {
  return Math.max(1, Math.ceil(Math.max(readUnits / PARTITION_MAX_RCU, writeUnits / PARTITION_MAX_WCU) - 1e-9));
}
