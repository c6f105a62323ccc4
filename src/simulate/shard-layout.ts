import { PARTITION_MAX_WCU } from '../calculators/limits.js';
import type { CapacityResource } from './capacity-resource.js';
import type { KeyHasher } from './hash.js';
import type { KeyShare } from './key-sampler.js';
import { attemptUnits } from './request-units.js';
import { isWriteOperation, OPERATIONS, type Operation } from './scenario.js';
import type { U64 } from './uint64.js';
import type { WorkloadRuntime } from './workload-runtime.js';

/** Logical keys whose shard layout is reported, per workload entry. */
export const LAYOUT_KEYS = 10;

/** Smallest share of an entry's requests a key needs for its shard layout to be worth reporting. */
export const LAYOUT_MIN_SHARE = 0.01;

/** How the shards of one logical key landed on partitions at the start of the run. */
export interface ShardLayout {
  readonly workload: string;
  readonly key: string;
  /** Share of the entry's requests that go to this logical key. */
  readonly share: number;
  /** Expected write units per second on this logical key (all shards together). */
  readonly unitsPerSecond: number;
  readonly shards: number;
  /** Shards per partition, busiest partition first. */
  readonly partitions: ReadonlyArray<{ readonly partition: number; readonly shards: readonly number[] }>;
  /** Shards that share a partition with another shard of the key: shards − partitions used. */
  readonly collisions: number;
  /** Σ over partitions of min(ceiling, shard demand there): what this key can get if nothing else loads those partitions. */
  readonly admissibleUnitsPerSecond: number;
}

/**
 * Places the shards 1..N of the hottest logical keys of each write workload on the initial
 * partitions. Shards collide when two hash to one partition, so N shards on P partitions do not
 * give N times the headroom (DYNAMODB-RULES.md §5); this is the seeded layout the run uses.
 */
export function computeShardLayouts(workloads: readonly WorkloadRuntime[], table: CapacityResource, hasher: KeyHasher, shards: number): ShardLayout[] {
  const out: ShardLayout[] = [];
  const scratch: U64 = { hi: 0, lo: 0 };
  for (const rt of workloads) {
    const s = rt.settings;
    if (rt.target !== 0) continue;
    let hottest: KeyShare[];
    let ratePerSecond: number;
    let unitsPerWrite: number;
    if (s.kind === 'generated') {
      if (!isWriteOperation(s.operation) || !rt.sampler) continue;
      hottest = rt.sampler.hottest(LAYOUT_KEYS);
      ratePerSecond = (s.fromPerSecond + s.toPerSecond) / 2;
      unitsPerWrite = s.sizes.reduce((sum, c) => sum + c.share * attemptUnits(s.operation, c.bytes, 'eventual'), 0);
    } else {
      const t = s.trace;
      const counts = new Map<number, number>();
      let writes = 0;
      let units = 0;
      for (let i = 0; i < t.count; i++) {
        const op = OPERATIONS[t.operations[i] as number] as Operation;
        if (!isWriteOperation(op)) continue;
        writes++;
        units += attemptUnits(op, t.bytes[i] as number, 'eventual');
        const id = t.keyIds[i] as number;
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      if (writes === 0) continue;
      hottest = [...counts].map(([id, c]) => ({ id, share: c / writes })).sort((a, b) => b.share - a.share || a.id - b.id).slice(0, LAYOUT_KEYS);
      const spanS = Math.max(1, ((t.timesMs[t.count - 1] ?? 0) - (t.timesMs[0] ?? 0)) / 1000);
      ratePerSecond = writes / spanS;
      unitsPerWrite = units / writes;
    }
    for (const { id, share } of hottest) {
      if (share < LAYOUT_MIN_SHARE) continue;
      const hash = rt.hashes.hash(id, scratch);
      const byPartition = new Map<number, number[]>();
      for (let shard = 1; shard <= shards; shard++) {
        const p = table.partitions.lookup(hasher.position(hash, shard)).id;
        byPartition.set(p, [...(byPartition.get(p) ?? []), shard]);
      }
      const unitsPerSecond = ratePerSecond * share * unitsPerWrite;
      const perShard = unitsPerSecond / shards;
      const partitions = [...byPartition].map(([partition, list]) => ({ partition, shards: list })).sort((a, b) => b.shards.length - a.shards.length || a.partition - b.partition);
      out.push({
        workload: s.name,
        key: rt.keyLabel(id),
        share,
        unitsPerSecond,
        shards,
        partitions,
        collisions: shards - partitions.length,
        admissibleUnitsPerSecond: partitions.reduce((sum, p) => sum + Math.min(PARTITION_MAX_WCU, p.shards.length * perShard), 0),
      });
    }
  }
  return out;
}

/** The expected shard demand on one partition, over every logical key whose layout is known. */
export interface PartitionShardLoad {
  readonly partition: number;
  /** Expected write units per second of the shards on it. */
  readonly unitsPerSecond: number;
  /** The shards on it, e.g. `candidate-A#4`. */
  readonly shards: readonly string[];
}

/**
 * Adds up, partition by partition, the expected demand of the shards of every reported key, busiest
 * first: shards of different keys collide too, and a partition holding several of them is where a
 * sharded design throttles first.
 */
export function partitionShardLoads(layouts: readonly ShardLayout[]): PartitionShardLoad[] {
  const loads = new Map<number, { unitsPerSecond: number; shards: string[] }>();
  for (const l of layouts) {
    const perShard = l.unitsPerSecond / l.shards;
    for (const p of l.partitions) {
      const load = loads.get(p.partition) ?? { unitsPerSecond: 0, shards: [] };
      load.unitsPerSecond += perShard * p.shards.length;
      load.shards.push(...p.shards.map((s) => `${l.key}#${s}`));
      loads.set(p.partition, load);
    }
  }
  return [...loads].map(([partition, l]) => ({ partition, ...l })).sort((a, b) => b.unitsPerSecond - a.unitsPerSecond || a.partition - b.partition);
}
