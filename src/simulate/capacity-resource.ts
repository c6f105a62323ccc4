import { estimatePartitions } from '../calculators/partitions.js';
import { ON_DEMAND_INITIAL_READS, ON_DEMAND_INITIAL_WRITES, PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../calculators/limits.js';
import { AutoScaler, DecreaseQuota } from './auto-scaling.js';
import { ProvisionedPool, type CapacityPool } from './capacity-pool.js';
import { ResourceSeries } from './metrics.js';
import type { ModelParameters } from './model-parameters.js';
import { OnDemandAllowance } from './on-demand.js';
import { PartitionMap, READ_UNITS_PER_WRITE_UNIT, type Partition } from './partition-map.js';
import type { CapacitySettings } from './scenario.js';
import { chooseSplit } from './split-for-heat.js';
import { ceil, floor, max } from './intrinsics.js';

/** A capacity change auto scaling made (or could not make), for the report. */
export interface ScalingRecord {
  /** When the UpdateTable was issued, and when it applied, in milliseconds. */
  readonly issuedMs: number;
  readonly appliedMs: number | null;
  readonly dimension: 'read' | 'write';
  /** Provisioned capacity before and after, in units per second. */
  readonly fromUnits: number;
  readonly toUnits: number;
  /** `blocked`: a scale-in the daily decrease quota refused (never applied). */
  readonly action: 'scale-out' | 'scale-in' | 'blocked';
}

/** Where the initial partition count came from. */
export type PartitionSource = 'scenario' | 'estimate' | 'on-demand';

/**
 * A table or a global secondary index as the simulator sees it: partitions with their buckets, a
 * pool per dimension (provisioned with burst reservoir, or on-demand allowance), auto scaling, and
 * what happens to them at the end of each second (split for heat, on-demand allowances) and of
 * each minute (CloudWatch data points, auto scaling), from the accumulators admission fills.
 */
export class CapacityResource {
  /** The partitions now, and every split so far. */
  readonly partitions: PartitionMap;
  /** Where the initial partition count came from. */
  readonly partitionSource: PartitionSource;
  /** Pools by dimension: 0 read, 1 write. */
  readonly pools: readonly [CapacityPool, CapacityPool];
  /** The same pools when provisioned (null when on-demand), by dimension. */
  readonly provisioned: readonly [ProvisionedPool | null, ProvisionedPool | null];
  /** The same pools when on-demand (null when provisioned), by dimension. */
  readonly onDemand: readonly [OnDemandAllowance | null, OnDemandAllowance | null];
  /** Auto scaling by dimension, where the scenario sets it. */
  readonly scalers: readonly [AutoScaler | null, AutoScaler | null];
  /** The daily quota of capacity decreases auto scaling draws on. */
  readonly decreases = new DecreaseQuota();
  /** CloudWatch-style per-minute series. */
  readonly series = new ResourceSeries();
  /** Auto scaling's changes in the order they were issued (applied or blocked). */
  readonly scaling: ScalingRecord[] = [];
  /** UpdateTable in flight: the capacity it sets, by dimension (NaN: unchanged), and its records for the report once it applies. */
  private pendingUpdate: [number, number] | null = null;
  private pendingRecords: ScalingRecord[] = [];
  /** Units that reached the pool this second (admitted or not), units consumed, and whether the on-demand allowance throttled. */
  readonly secondDemand = [0, 0];
  readonly secondConsumed = [0, 0];
  readonly secondAllowanceThrottled = [false, false];
  /** Partitions that consumed something in the current second, and those that were hot in the last one. */
  private touched: Partition[] = [];
  private hot: Partition[] = [];
  /** When a partition could not split because one key was all its heat, in milliseconds, by partition id. */
  readonly refusedSplits = new Map<number, number>();

  constructor(
    readonly kind: 'table' | 'index',
    readonly settings: CapacitySettings,
    private readonly model: ModelParameters,
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
      const allowance = (initial: number, warm: number | null, quota: number, maxThroughput: number | null): OnDemandAllowance =>
        new OnDemandAllowance({
          initialUnitsPerSecond: Math.max(initial, warm ?? 0),
          quotaUnitsPerSecond: quota,
          maxUnitsPerSecond: maxThroughput,
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
      // Enough partitions for the data (the estimate by size, at least 1) and for the allowance.
      const bySize = estimatePartitions({ rcu: 0, wcu: 0, tableBytes: s.tableBytes }).value.partitions;
      this.partitions = new PartitionMap(s.partitions ?? Math.max(bySize, onDemandPartitions(read.unitsPerSecond, write.unitsPerSecond)), model.partitionBucketSeconds);
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

  /**
   * Records `units` (capacity units) an admitted attempt consumed on partition `p` at `nowMs`, in
   * second `sec`, for the key at key-space position `pos`: the partition's counters, the second's
   * consumption that split for heat and the on-demand allowance read, and the minute's
   * ConsumedCapacity.
   */
  consume(p: Partition, dim: 0 | 1, units: number, pos: number, sec: number, nowMs: number): void {
    if (p.touchedSecond !== sec) {
      p.touchedSecond = sec;
      p.secondReadUnits = 0;
      p.secondWriteUnits = 0;
      this.touched.push(p);
    }
    if (dim === 1) p.secondWriteUnits += units;
    else p.secondReadUnits += units;
    // Which keys make a partition hot matters only once it is hot: skip the bookkeeping before.
    if (p.hotSeconds > 0) p.heat.record(pos, dim === 1 ? units : units / READ_UNITS_PER_WRITE_UNIT, p.lo, p.hi);
    this.secondConsumed[dim] = (this.secondConsumed[dim] as number) + units;
    this.series.consumed[dim].add(floor(nowMs / 60_000), units);
  }

  /** Closes second `second` at `nowMs` (milliseconds, its end): split for heat, then the on-demand allowances take the second's demand. */
  endSecond(second: number, nowMs: number): void {
    if (this.model.splitForHeat) this.splitHotPartitions(second, nowMs);
    else this.touched = [];
    let changed = false;
    for (const dim of [0, 1] as const) {
      const od = this.onDemand[dim];
      if (od && od.tick(this.secondDemand[dim] as number, this.secondConsumed[dim] as number, this.secondAllowanceThrottled[dim] as boolean, nowMs)) changed = true;
      this.secondDemand[dim] = 0;
      this.secondConsumed[dim] = 0;
      this.secondAllowanceThrottled[dim] = false;
    }
    if (changed) this.fitPartitionsToCapacity(nowMs);
  }

  /**
   * Closes minute `minute` at `nowMs` (milliseconds, its end): its CloudWatch data points, and auto
   * scaling's decisions on them. Returns true when auto scaling issued an UpdateTable, which the
   * caller applies `updateTableSeconds` later with `applyUpdate`.
   */
  endMinute(minute: number, nowMs: number): boolean {
    this.snapshot(minute, nowMs);
    const decisions: [number, number] = [NaN, NaN];
    for (const dim of [0, 1] as const) {
      const scaler = this.scalers[dim];
      if (!scaler) continue;
      const capacity = this.capacity(dim);
      const decision = scaler.onMinute(this.series.consumed[dim].get(minute), capacity, this.pendingUpdate !== null, this.decreases, nowMs);
      if (!decision) continue;
      const record = { issuedMs: nowMs, appliedMs: null, dimension: dim === 0 ? 'read' : 'write', fromUnits: capacity, toUnits: decision.toUnits, action: decision.action } as const;
      if (decision.action === 'blocked') {
        // A blocked scale-in is decided again every minute: report it once until something else happens.
        const last = this.scaling[this.scaling.length - 1];
        if (!(last?.action === 'blocked' && last.dimension === record.dimension)) this.scaling.push(record);
        continue;
      }
      decisions[dim] = decision.toUnits;
      this.pendingRecords.push(record);
    }
    if (Number.isNaN(decisions[0]) && Number.isNaN(decisions[1])) return false;
    this.pendingUpdate = decisions;
    return true;
  }

  /** Applies the UpdateTable in flight at `nowMs`: the new capacity, fresh alarms, and partitions enough for it. */
  applyUpdate(nowMs: number): void {
    const update = this.pendingUpdate;
    if (!update) return;
    for (const dim of [0, 1] as const) {
      const to = update[dim];
      if (Number.isNaN(to)) continue;
      this.provisioned[dim]?.setCapacity(to, nowMs);
      this.scalers[dim]?.restart();
    }
    for (const record of this.pendingRecords) this.scaling.push({ ...record, appliedMs: nowMs });
    this.pendingRecords = [];
    this.pendingUpdate = null;
    this.fitPartitionsToCapacity(nowMs);
  }

  /**
   * Closes the minutes no minute tick closed, at the end of a run of `durationMs` whose last event
   * was at `lastEventMs`: a partial last minute, and the minutes in which retries drained after the end.
   */
  closeMinutes(durationMs: number, lastEventMs: number): void {
    const minutes = max(this.series.minutes, ceil(durationMs / 60_000));
    for (let m = floor(durationMs / 60_000); m < minutes; m++) this.snapshot(m, max(lastEventMs, (m + 1) * 60_000));
  }

  /** Takes the data points that are states, not sums, at the end of minute `minute`: capacity, burst reservoir, partitions. */
  private snapshot(minute: number, nowMs: number): void {
    for (const dim of [0, 1] as const) {
      this.series.capacity[dim].set(minute, this.capacity(dim));
      const pool = this.provisioned[dim];
      this.series.reservoir[dim].set(minute, pool ? pool.reservoirUnits(nowMs) : 0);
    }
    this.series.partitions.set(minute, this.partitions.count);
  }

  /**
   * Split for heat at the end of second `second` (DYNAMODB-RULES.md §5): a partition that consumed
   * at least `splitForHeatUtilization` of its ceiling for `splitForHeatSeconds` seconds in a row
   * splits at the boundary its heat suggests, unless its heat is a single key.
   */
  private splitHotPartitions(second: number, nowMs: number): void {
    const { splitForHeatUtilization: threshold, splitForHeatSeconds, combinedPartitionLimit } = this.model;
    const hot: Partition[] = [];
    for (const p of this.touched) {
      const read = p.secondReadUnits / PARTITION_MAX_RCU;
      const write = p.secondWriteUnits / PARTITION_MAX_WCU;
      const util = combinedPartitionLimit ? read + write : max(read, write);
      if (util >= threshold) {
        p.hotSeconds++;
        hot.push(p);
      } else {
        p.hotSeconds = 0;
        p.heat.reset();
      }
    }
    // A partition hot last second but quiet in this one has cooled down.
    for (const p of this.hot) {
      if (p.touchedSecond !== second) {
        p.hotSeconds = 0;
        p.heat.reset();
      }
    }
    this.touched = [];
    this.hot = [];
    for (const p of hot) {
      if (p.hotSeconds < splitForHeatSeconds) {
        this.hot.push(p);
        continue;
      }
      const decision = chooseSplit(p.heat, p.lo, p.hi);
      if ('boundary' in decision) {
        this.partitions.split(p, decision.boundary, nowMs, 'heat');
      } else {
        if (decision.refused === 'single-key' && !this.refusedSplits.has(p.id)) this.refusedSplits.set(p.id, nowMs);
        p.hotSeconds = 0;
        p.heat.reset();
      }
    }
  }
}

/**
 * Partitions an on-demand allowance needs: enough for the larger of reads and writes at the
 * per-partition ceilings — 4 for a new table (4,000 WRU, 12,000 RRU), as SIMULATOR.md assumes.
 */
function onDemandPartitions(readUnits: number, writeUnits: number): number {
  return Math.max(1, Math.ceil(Math.max(readUnits / PARTITION_MAX_RCU, writeUnits / PARTITION_MAX_WCU) - 1e-9));
}
