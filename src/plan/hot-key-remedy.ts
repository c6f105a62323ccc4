/**
 * What fixes a hot partition-key value (DYNAMODB-RULES.md §5, §9): write sharding for writes, with
 * the suffix and the read cost it brings, or DAX for reads, whose load on one item no shard splits.
 * hot-key-findings.ts decides when a key needs one; this file says which and what it costs.
 */
import { Fraction } from '../calculators/fraction.js';
import { queryReadShardCount, shardingCannotFix, shardedPointReadUnits, shardedQueryReadUnits, writeShardCount, type ShardSuffixKind } from '../calculators/hot-key-shards.js';
import { assume, fmt, type Step } from '../calculators/steps.js';
import { scalePerSecond, type AccessPatternLoad, type Capacity, type KeyLoad, type PerSecond, type TableLoad } from '../model/load/index.js';
import type { Operation } from '../model/spec/vocabulary.js';

/**
 * What fixes a hot key: nothing needed, more write shards, a DAX cache for reads, or a different
 * key design when the writes need more shards than ddb-plan proposes (MAX_RECOMMENDED_SHARDS).
 */
export type HotKeyRemedy = 'none' | 'write-sharding' | 'dax' | 'redesign';

/** What write sharding adds to one read pattern of the sharded key. */
export interface ShardReadCost {
  readonly accessPattern: string;
  readonly operation: Operation;
  /** DynamoDB requests one logical read makes with the recommended shards. */
  readonly requestsPerRead: number;
  /** Read units per logical read today and with the recommended shards. */
  readonly rcuPerReadBefore: Fraction;
  readonly rcuPerReadAfter: Fraction;
  /** Read units per second the sharding adds, average and peak. */
  readonly addedRcu: PerSecond;
}

const POINT_READS: readonly Operation[] = ['GetItem', 'BatchGetItem', 'TransactGetItems'];

/** What a hot-key finding recommends: the remedy, the shards and suffix to use, what they add to the key's reads, and one sentence of advice. */
export interface HotKeyRemedyPlan {
  readonly remedy: HotKeyRemedy;
  readonly recommendedShards: number;
  readonly recommendedSuffix: ShardSuffixKind | undefined;
  readonly readCost: ShardReadCost[];
  readonly advice: string;
}

/**
 * Returns the write sharding a hot write key needs, or undefined when today's shards suffice: the
 * shards that bring the logical value under half the ceiling, the suffix (calculated when point
 * reads must find their shard) and what the shards add to each read of the key. Pushes its steps.
 */
export function writeRemedy(load: TableLoad, capacity: Capacity, keyLoads: readonly KeyLoad[], logical: PerSecond, backPressure: boolean, steps: Step[]): HotKeyRemedyPlan | undefined {
  const first = keyLoads[0] as KeyLoad;
  const keyName = first.key.name;
  const needed = writeShardCount(logical.peak);
  steps.push(...needed.steps);
  if (needed.value <= first.shards) return undefined;
  const cannotFix = shardingCannotFix(needed.value);
  if (cannotFix !== undefined) return { remedy: 'redesign', recommendedShards: first.shards, recommendedSuffix: undefined, readCost: [], advice: withBackPressure(`${keyName}: ${cannotFix}`, backPressure) };
  const reads = readsOfKey(load, capacity);
  const suffix = first.sharding?.suffix ?? (reads.some((r) => POINT_READS.includes(r.pattern.operation)) ? 'calculated' : 'random');
  const readCost = reads.map((r) => shardReadCost(r, needed.value, suffix, steps));
  const suffixWhy =
    suffix === 'calculated'
      ? 'a calculated suffix (hash of an attribute the readers know, mod N) so that point reads compute their shard'
      : 'a random suffix 1..N, as no point read needs to find one item';
  const advice = [`shard ${keyName} into ${fmt(needed.value)} values with ${suffixWhy}`, ...readCost.map(readCostText)].join('; ');
  return { remedy: 'write-sharding', recommendedShards: needed.value, recommendedSuffix: suffix, readCost, advice: withBackPressure(advice, backPressure) };
}

/**
 * Says what the shards do to one read pattern of the key: a read that still finds its one shard
 * costs the same; a scatter-gather Query costs no more when its shard queries together read as
 * many 4 KB blocks as today (each rounds up on its own, §2), else the RCU it adds (or saves).
 */
function readCostText(c: ShardReadCost): string {
  if (c.requestsPerRead === 1) return `${c.accessPattern} still reads one shard, at the same RCU`;
  const requests = `${c.accessPattern} makes ${fmt(c.requestsPerRead)} requests per read`;
  const change = c.rcuPerReadAfter.compare(c.rcuPerReadBefore);
  if (change === 0) return `${requests} but no more RCU (the shard queries together read as many 4 KB blocks as today)`;
  // More shards of a key already sharded can round fewer blocks up: 3 queries of 4,097 B read 6 blocks, 4 of 3,073 B read 4.
  if (change < 0) return `${requests}, fewer RCU than today (${fmt(c.rcuPerReadBefore)} → ${fmt(c.rcuPerReadAfter)} RCU per read)`;
  return `${requests}, +${fmt(c.addedRcu.average, 2)} RCU/s on average`;
}

/** Returns write advice on a hot GSI key, with the back-pressure its hot partition puts on the table's writes until it is fixed (§3). */
function withBackPressure(advice: string, backPressure: boolean): string {
  return backPressure ? `${advice}; until then the GSI's hot partition throttles the table's writes (back-pressure, §3)` : advice;
}

/**
 * Returns the remedy of a hot read key: DAX, as sharding cannot split the reads of one item, and
 * for a single Query pattern the shards that would spread its items instead. Pushes its steps.
 */
export function readRemedy(keyLoads: readonly KeyLoad[], steps: Step[]): HotKeyRemedyPlan {
  const first = keyLoads[0] as KeyLoad;
  const keyName = first.key.name;
  const strong = keyLoads.some((k) => k.load.pattern.consistency === 'strong');
  let advice = `cache ${keyName}'s hot values in DAX: cache hits consume no read capacity, and sharding cannot split the reads of one item (§9)${strong ? '; DAX serves eventually consistent reads only, so read this key eventually consistently' : ''}`;
  const query = keyLoads.length === 1 && first.load.pattern.operation === 'Query' ? first.load : undefined;
  if (query?.reads && query.pattern.consistency !== 'transactional') {
    const readsPerSecond = query.rate.peak.mul(first.hottest?.share ?? 0);
    const alt = queryReadShardCount({ readsPerSecond, bytesRead: query.reads.bytesRead, consistency: query.pattern.consistency as 'strong' | 'eventual' });
    steps.push(...alt.steps);
    if (alt.value !== null && alt.value > first.shards) advice += `; or spread the key's ${fmt(query.pattern.itemsPerCall)} items over ${fmt(alt.value)} shards read scatter-gather`;
  }
  steps.push(assume('DAX item and query caches keep results for 5 minutes by default; writes go through to the table (§9)'));
  return { remedy: 'dax', recommendedShards: first.shards, recommendedSuffix: undefined, readCost: [], advice };
}

/** The planned read patterns whose requests go to a capacity's partition key (Scans apart: they have no key). */
function readsOfKey(load: TableLoad, capacity: Capacity): AccessPatternLoad[] {
  return load.patterns.filter((p) => p.planned && p.kind === 'read' && p.pattern.operation !== 'Scan' && p.uses.some((u) => u.capacity === capacity));
}

function shardReadCost(p: AccessPatternLoad, shards: number, suffix: ShardSuffixKind, steps: Step[]): ShardReadCost {
  const reads = p.reads;
  const consistency = p.pattern.consistency ?? 'eventual';
  const before = p.rcuPerCall;
  let after: Fraction;
  let requestsPerRead: number;
  if (p.pattern.operation === 'Query' && reads) {
    const q = shardedQueryReadUnits({ shards, bytesRead: reads.bytesRead, consistency: consistency as 'strong' | 'eventual' });
    after = q.value.unitsPerRead.add(reads.fetchUnitsPerCall);
    requestsPerRead = q.value.requestsPerRead;
    steps.push(...q.steps.map((s) => (s.assumption ? s : { ...s, what: `${p.pattern.name}: ${s.what}` })));
  } else {
    const r = shardedPointReadUnits({ shards, suffix, items: p.pattern.itemsPerCall, itemBytes: p.pattern.itemBytes, consistency });
    after = r.value.unitsPerRead;
    requestsPerRead = r.value.requestsPerRead;
    steps.push(...r.steps.map((s) => ({ ...s, what: `${p.pattern.name}: ${s.what}` })));
  }
  const delta = after.sub(before);
  const addedRcu = scalePerSecond(p.rate, delta.compare(0) > 0 ? delta : Fraction.ZERO);
  steps.push({
    what: `${p.pattern.name}: read units the sharding adds`,
    how: `${fmt(p.rate.average)}/s × (${fmt(after)} − ${fmt(before)}) RCU`,
    result: `${fmt(addedRcu.average)} RCU/s average, ${fmt(addedRcu.peak)} RCU/s peak`,
  });
  return { accessPattern: p.pattern.name, operation: p.pattern.operation, requestsPerRead, rcuPerReadBefore: before, rcuPerReadAfter: after, addedRcu };
}
