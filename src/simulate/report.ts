import { fmt } from '../calculators/steps.js';
import type { CapacityResource } from './capacity-resource.js';
import { PARAMETER_INFO, type ModelParameters } from './model-parameters.js';
import type { DesignRunResult } from './run-design.js';
import type { Scenario, ShardSuffix } from './scenario.js';
import { partitionShardLoads, type PartitionShardLoad, type ShardLayout } from './shard-layout.js';
import { DIMENSIONS, LIMIT_DESCRIPTION, throttleReason, type Dimension, type LimitKind } from './throttle-reasons.js';

/** Hot partitions listed per design. */
export const HOT_PARTITIONS_LISTED = 5;

/** Throttled attempts of one reason on one resource. */
export interface ThrottleReport {
  /** The reason as AWS names it, e.g. `TableWriteKeyRangeThroughputExceeded`. */
  readonly reason: string;
  /** The table, or `Table/index/Name`. */
  readonly resource: string;
  /** The model's limit behind the reason. */
  readonly limit: LimitKind;
  readonly description: string;
  readonly count: number;
  /** Share of all throttled attempts of the design. */
  readonly share: number;
}

/** A partition that throttled on its own ceiling. */
export interface HotPartitionReport {
  readonly resource: string;
  readonly partition: number;
  /** Key range as hash-space fractions [from, to). */
  readonly range: readonly [number, number];
  readonly throttled: number;
  /** The key most of its throttles went to, when one key had most of them. */
  readonly key: string | null;
}

/** Split and partition history of a table or index. */
export interface PartitionReport {
  readonly resource: string;
  /** Partitions at the start and at the end, and where the initial count came from (`scenario`, `estimate`, `on-demand`). */
  readonly initial: number;
  readonly initialSource: string;
  readonly final: number;
  /** Splits in time order, `t` in seconds from the start; `cause` is `heat` or `capacity`. */
  readonly splits: ReadonlyArray<{ readonly t: number; readonly partition: number; readonly children: readonly number[]; readonly cause: string }>;
  /** Partitions that stayed hot but were not split, because one key was all their load (`t` in seconds). */
  readonly splitsRefused: ReadonlyArray<{ readonly t: number; readonly partition: number }>;
}

/** One design's results (ARCHITECTURE.md, simulate JSON contract, plus details). */
export interface DesignReport {
  readonly name: string;
  readonly shard: { readonly count: number; readonly suffix: ShardSuffix } | null;
  readonly offered: number;
  readonly succeeded: number;
  readonly throttledAttempts: number;
  readonly failed: number;
  readonly attempts: number;
  readonly throttleRatio: number;
  readonly failedRatio: number;
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly timeToFirstThrottleSeconds: number | null;
  readonly throttles: readonly ThrottleReport[];
  readonly hotPartitions: readonly HotPartitionReport[];
  readonly shardCollisions: readonly ShardLayoutReport[];
  /** Partitions holding shards of the reported keys, with the expected demand of those shards, busiest first (at most 5). */
  readonly shardedPartitions: readonly PartitionShardLoad[];
  readonly readFanOut: {
    /** Requests one point read (GetItem) becomes, and one Query of a whole logical key. */
    readonly pointRead: number;
    readonly query: number;
    readonly logicalReads: number;
    readonly readRequests: number;
    readonly readUnitsConsumed: number;
  };
  readonly workloads: ReadonlyArray<{ readonly name: string; readonly offered: number; readonly succeeded: number; readonly failed: number; readonly attempts: number; readonly throttledAttempts: number }>;
  readonly partitions: readonly PartitionReport[];
  readonly scaling: ReadonlyArray<{ readonly resource: string; readonly dimension: Dimension; readonly action: string; readonly fromUnits: number; readonly toUnits: number; readonly issuedSeconds: number; readonly appliedSeconds: number | null }>;
  readonly onDemand: ReadonlyArray<{ readonly resource: string; readonly dimension: Dimension; readonly initialUnitsPerSecond: number; readonly finalUnitsPerSecond: number; readonly changes: ReadonlyArray<{ readonly t: number; readonly unitsPerSecond: number; readonly cause: string }> }>;
  /** The table's capacity, burst reservoirs and partitions at the end of each minute (`t` in seconds). */
  readonly capacityByMinute: ReadonlyArray<{ readonly t: number; readonly readUnits: number; readonly writeUnits: number; readonly readBurst: number; readonly writeBurst: number; readonly partitions: number }>;
  readonly arrivalsChecksum: string;
  /** Seconds after the end during which retries still ran. */
  readonly drainSeconds: number;
  readonly timeline: ReadonlyArray<{ readonly t: number; readonly offered: number; readonly succeeded: number; readonly throttled: number; readonly attempts: number; readonly admitted: number; readonly failed: number }>;
}

/** A shard layout as reported. */
export interface ShardLayoutReport extends Omit<ShardLayout, 'partitions'> {
  readonly partitionsUsed: number;
  readonly maxShardsOnOnePartition: number;
  readonly layout: ShardLayout['partitions'];
}

/** A model parameter that shaped this run's results, with its value and why it has it. */
export interface AssumptionReport {
  readonly name: keyof ModelParameters;
  readonly value: number | boolean;
  readonly documented: boolean;
  readonly why: string;
}

/** The result of `ddb-plan simulate`: a plain object, serialized as is by `--json`. */
export interface SimulationReport {
  readonly seed: number;
  readonly engine: 'exact';
  readonly durationSeconds: number;
  readonly table: {
    readonly name: string;
    readonly billing: string;
    readonly capacity: { readonly read: number; readonly write: number } | null;
    readonly partitions: number;
    readonly partitionsFrom: string;
    readonly burstSeconds: number | null;
    readonly indexes: ReadonlyArray<{ readonly name: string; readonly capacity: { readonly read: number; readonly write: number } | null; readonly partitions: number }>;
  };
  readonly client: { readonly retry: string; readonly maxAttempts: number; readonly instances: number };
  readonly workloads: ReadonlyArray<{ readonly name: string; readonly operation: string; readonly trace: string | null; readonly startSeconds: number; readonly endSeconds: number; readonly rate: string }>;
  readonly model: ModelParameters;
  readonly assumptions: readonly AssumptionReport[];
  readonly designs: readonly DesignReport[];
}

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Builds the report of a run from the scenario and the results of each design. */
export function buildReport(scenario: Scenario, seed: number, results: readonly DesignRunResult[]): SimulationReport {
  const t = scenario.table;
  const first = results[0];
  const tableRes = first?.resources[0];
  return {
    seed,
    engine: 'exact',
    durationSeconds: scenario.durationMs / 1000,
    table: {
      name: t.name,
      billing: t.billing,
      capacity: t.capacity,
      partitions: tableRes ? initialPartitions(tableRes) : 0,
      partitionsFrom: tableRes?.partitionSource ?? 'estimate',
      burstSeconds: t.billing === 'provisioned' ? t.initialBurstSeconds : null,
      indexes: t.indexes.map((ix, j) => ({ name: ix.name, capacity: ix.capacity, partitions: first ? initialPartitions(first.resources[j + 1] as CapacityResource) : 0 })),
    },
    client: { retry: scenario.client.retry.name, maxAttempts: scenario.client.retry.maxAttempts, instances: scenario.client.instances },
    workloads: scenario.workloads.map((w) => ({
      name: w.name,
      operation: w.kind === 'trace' ? 'trace' : w.operation,
      trace: w.kind === 'trace' ? w.file : null,
      startSeconds: w.startMs / 1000,
      endSeconds: (w.kind === 'trace' ? scenario.durationMs : w.endMs) / 1000,
      rate: w.kind === 'trace' ? `${fmt(w.trace.count)} requests` : w.fromPerSecond === w.toPerSecond ? `${fmt(w.fromPerSecond)}/s` : `${fmt(w.fromPerSecond)}/s → ${fmt(w.toPerSecond)}/s`,
    })),
    model: scenario.model,
    assumptions: assumptionsThatMattered(scenario, results),
    designs: results.map((r) => designReport(scenario, r)),
  };
}

function initialPartitions(res: CapacityResource): number {
  const splits = res.partitions.splits.length;
  // Every split adds one partition.
  return res.partitions.count - splits;
}

function designReport(scenario: Scenario, r: DesignRunResult): DesignReport {
  const tableName = scenario.table.name;
  const t = r.totals;
  const names = r.resources.map((res) => res.resourceName(tableName));
  const throttles = r.throttles
    .map((c) => ({
      reason: throttleReason(c.resource === 0 ? 'table' : 'index', DIMENSIONS[c.dimension] as Dimension, c.limit),
      resource: names[c.resource] as string,
      limit: c.limit,
      description: LIMIT_DESCRIPTION[c.limit],
      count: c.count,
      share: t.throttled > 0 ? round(c.count / t.throttled, 6) : 0,
    }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  const hotPartitions = r.resources
    .flatMap((res, i) =>
      res.partitions.history
        .filter((p) => p.throttled > 0)
        .map((p) => {
          const key = p.throttledKeys.majority();
          return { resource: names[i] as string, partition: p.id, range: [round(p.lo, 6), round(p.hi, 6)] as const, throttled: p.throttled, key: key ? r.keyLabel(i, key.a, key.b) : null };
        }),
    )
    .sort((a, b) => b.throttled - a.throttled || a.partition - b.partition)
    .slice(0, HOT_PARTITIONS_LISTED);
  const { shards, suffix } = r.design;
  const table = r.resources[0] as CapacityResource;
  return {
    name: r.design.name,
    shard: shards > 1 ? { count: shards, suffix } : null,
    offered: t.offered,
    succeeded: t.succeeded,
    throttledAttempts: t.throttled,
    failed: t.failed,
    attempts: t.attempts,
    throttleRatio: t.attempts > 0 ? round(t.throttled / t.attempts, 6) : 0,
    failedRatio: t.offered > 0 ? round(t.failed / t.offered, 6) : 0,
    latencyMs: { p50: round(r.latency.quantile(0.5), 3), p99: round(r.latency.quantile(0.99), 3), max: round(r.latency.max(), 3) },
    timeToFirstThrottleSeconds: r.firstThrottleMs === null ? null : round(r.firstThrottleMs / 1000, 3),
    throttles,
    hotPartitions,
    shardCollisions: r.shardLayouts.map(({ partitions, ...rest }) => ({
      ...rest,
      share: round(rest.share, 6),
      unitsPerSecond: round(rest.unitsPerSecond, 3),
      admissibleUnitsPerSecond: round(rest.admissibleUnitsPerSecond, 3),
      partitionsUsed: partitions.length,
      maxShardsOnOnePartition: Math.max(...partitions.map((p) => p.shards.length)),
      layout: partitions,
    })),
    shardedPartitions: partitionShardLoads(r.shardLayouts)
      .slice(0, HOT_PARTITIONS_LISTED)
      .map((p) => ({ ...p, unitsPerSecond: round(p.unitsPerSecond, 3) })),
    readFanOut: {
      pointRead: suffix === 'random' ? shards : 1,
      query: shards,
      logicalReads: r.reads.logical,
      readRequests: r.reads.requests,
      readUnitsConsumed: round(r.reads.unitsConsumed, 3),
    },
    workloads: scenario.workloads.map((w, i) => {
      const c = r.perWorkload[i] as (typeof r.perWorkload)[number];
      return { name: w.name, offered: c.offered, succeeded: c.succeeded, failed: c.failed, attempts: c.attempts, throttledAttempts: c.throttled };
    }),
    partitions: r.resources.map((res, i) => ({
      resource: names[i] as string,
      initial: initialPartitions(res),
      initialSource: res.partitionSource,
      final: res.partitions.count,
      splits: res.partitions.splits.map((s) => ({ t: round(s.atMs / 1000, 3), partition: s.partition, children: s.children, cause: s.cause })),
      splitsRefused: [...res.refusedSplits].map(([partition, atMs]) => ({ t: round(atMs / 1000, 3), partition })),
    })),
    scaling: r.resources.flatMap((res, i) =>
      res.scaling.map((s) => ({
        resource: names[i] as string,
        dimension: s.dimension,
        action: s.action,
        fromUnits: s.fromUnits,
        toUnits: s.toUnits,
        issuedSeconds: s.issuedMs / 1000,
        appliedSeconds: s.appliedMs === null ? null : s.appliedMs / 1000,
      })),
    ),
    onDemand: r.resources.flatMap((res, i) =>
      ([0, 1] as const).flatMap((dim) => {
        const od = res.onDemand[dim];
        if (!od) return [];
        return [
          {
            resource: names[i] as string,
            dimension: DIMENSIONS[dim] as Dimension,
            initialUnitsPerSecond: round(od.initialUnitsPerSecond, 3),
            finalUnitsPerSecond: round(od.unitsPerSecond, 3),
            changes: od.changes.map((c) => ({ t: round(c.atMs / 1000, 3), unitsPerSecond: round(c.unitsPerSecond, 3), cause: c.cause })),
          },
        ];
      }),
    ),
    // Each snapshot is taken at the end of its minute.
    capacityByMinute: Array.from({ length: table.series.partitions.length }, (_, m) => ({
      t: (m + 1) * 60,
      readUnits: round(table.series.capacity[0].get(m), 3),
      writeUnits: round(table.series.capacity[1].get(m), 3),
      readBurst: round(table.series.reservoir[0].get(m), 3),
      writeBurst: round(table.series.reservoir[1].get(m), 3),
      partitions: table.series.partitions.get(m),
    })),
    arrivalsChecksum: r.arrivalsChecksum,
    drainSeconds: round(Math.max(0, r.endMs - scenario.durationMs) / 1000, 3),
    timeline: Array.from({ length: r.timeline.seconds }, (_, s) => ({
      t: s,
      offered: r.timeline.offered[s] as number,
      succeeded: r.timeline.succeeded[s] as number,
      throttled: r.timeline.throttled[s] as number,
      attempts: r.timeline.attempts[s] as number,
      admitted: r.timeline.admitted(s),
      failed: r.timeline.failed[s] as number,
    })),
  };
}

/** Picks the model parameters whose value shaped this run's numbers, so the report can say so. */
function assumptionsThatMattered(scenario: Scenario, results: readonly DesignRunResult[]): AssumptionReport[] {
  const used = new Set<keyof ModelParameters>();
  for (const r of results) {
    for (const c of r.throttles) {
      if (c.limit === 'keyRange') used.add('partitionBucketSeconds');
      if (c.limit === 'provisioned') used.add('burstSeconds');
      if (c.limit === 'allowance' || c.limit === 'account' || c.limit === 'maxOnDemand') used.add('tableBucketSeconds');
    }
    for (const res of r.resources) {
      if (res.partitions.splits.some((s) => s.cause === 'heat') || res.refusedSplits.size > 0) {
        used.add('splitForHeatSeconds');
        used.add('splitForHeatUtilization');
      }
      if (res.onDemand.some((od) => od && od.changes.length > 0)) {
        used.add('peakWindowSeconds');
        used.add('onDemandDoublingSeconds');
      }
      if (res.scaling.length > 0) used.add('updateTableSeconds');
      // The reservoir mattered if it ever held less than the full depth minus one second of capacity.
      if (res.provisioned.some((p, dim) => p && res.series.reservoir[dim as 0 | 1].length > 0 && minOf(res, dim as 0 | 1) < p.bucket.depthUnits - p.unitsPerSecond)) used.add('burstSeconds');
    }
  }
  if (scenario.model.combinedPartitionLimit) used.add('combinedPartitionLimit');
  return PARAMETER_INFO.filter((p) => used.has(p.name)).map((p) => ({ name: p.name, value: scenario.model[p.name], documented: p.documented, why: p.why }));
}

function minOf(res: CapacityResource, dim: 0 | 1): number {
  const s = res.series.reservoir[dim];
  let min = Infinity;
  for (let m = 0; m < s.length; m++) min = Math.min(min, s.get(m));
  return min;
}
