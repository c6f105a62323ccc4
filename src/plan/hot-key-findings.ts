import { Fraction } from '../calculators/fraction.js';
import { hotKeyRisk, unitName, type Direction, type HotKeyRisk, type HotKeyVerdict } from '../calculators/hot-key-risk.js';
import { fmtShare } from '../calculators/hot-key-share.js';
import { queryReadShardCount, shardedPointReadUnits, shardedQueryReadUnits, writeShardCount, type ShardSuffixKind } from '../calculators/hot-key-shards.js';
import { assume, fmt, type Explanation, type Step } from '../calculators/steps.js';
import { distinctSteps, scalePerSecond, sumPerSecond, type AccessPatternLoad, type Capacity, type KeyLoad, type LoadProblem, type PerSecond, type TableLoad } from '../model/load/index.js';
import type { Operation } from '../model/spec/vocabulary.js';

/** What fixes a hot key: nothing needed, more write shards, a DAX cache for reads. */
export type HotKeyRemedy = 'none' | 'write-sharding' | 'dax';

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

/** The hot-key verdict on one partition key: for one access pattern, or for all the patterns that load it together. */
export interface HotKeyFinding {
  readonly table: string;
  /** The GSI whose key this is; null for the table's partition key (which its LSIs share). */
  readonly index: string | null;
  /** The pattern; null for all the patterns on the key together. */
  readonly accessPattern: string | null;
  /** The partition key attribute. */
  readonly key: string;
  readonly direction: Direction;
  /** The hottest value, as reports name it. */
  readonly hottestKey: string;
  /** Share of the key's requests (of its load, for all patterns together) that go to the hottest value. */
  readonly hottestKeyShare: Fraction;
  /** False when the share is approximate (zipf). */
  readonly shareExact: boolean;
  /** Units per second on the hottest physical value (one shard), average and peak. */
  readonly unitsPerSecond: PerSecond;
  /** Units per second on the hottest logical value, all its shards together. */
  readonly logicalUnitsPerSecond: PerSecond;
  /** 3,000 RCU or 1,000 WCU per second. */
  readonly partitionLimit: number;
  /** Peak units on the hottest physical value ÷ the partition limit. */
  readonly utilization: Fraction;
  readonly risk: HotKeyRisk;
  /** Shards of each logical value today (1 when unsharded). */
  readonly shards: number;
  /** The suffix of today's sharding, when sharded. */
  readonly suffix: ShardSuffixKind | undefined;
  /** Shards that bring the hottest value under half the ceiling; today's count when that is enough or sharding cannot help. */
  readonly recommendedShards: number;
  /** The suffix to use with the recommended shards, when more are recommended. */
  readonly recommendedSuffix: ShardSuffixKind | undefined;
  /** What the recommended shards add to the key's reads. */
  readonly readCost: readonly ShardReadCost[];
  readonly remedy: HotKeyRemedy;
  /** A hot GSI key that takes writes: throttled index writes throttle the table's writes (§3). */
  readonly backPressure: boolean;
  /** One sentence: what to do. */
  readonly advice: string;
  /** JSON pointer of what the finding is about: the pattern's keys entry, or the key. */
  readonly path: string;
  readonly explanation: Explanation;
}

/** A key load whose hot-key risk is not assessed, with the reason: the spec does not give the key's popularity. */
export type UnassessedKey = KeyLoad & { readonly problem: LoadProblem };

/** Returns the key loads of a table that have no hot-key finding because their popularity is unknown. */
export function unassessedKeys(load: TableLoad): UnassessedKey[] {
  return load.keys.filter((k): k is UnassessedKey => k.problem !== undefined);
}

const POINT_READS: readonly Operation[] = ['GetItem', 'BatchGetItem', 'TransactGetItems'];

/**
 * Returns the hot-key findings of a table: one per access pattern and partition key it loads
 * (when the key's popularity is known), then one per key that several patterns load together.
 * Each compares the hottest value's peak units with the per-partition ceiling (ok up to half,
 * warning up to the ceiling, critical above); for writes it gives the shards that bring the value
 * under half the ceiling, the suffix to use (calculated when the key has point reads, so they
 * can compute their shard) and what that adds to every read of the key (scatter-gather); for
 * reads, where sharding cannot divide the load on one item, it points at DAX
 * (DYNAMODB-RULES.md §3, §5, §9).
 */
export function hotKeyFindings(load: TableLoad): HotKeyFinding[] {
  const findings: HotKeyFinding[] = [];
  for (const k of load.keys) {
    if (k.perShardUnitsPerSecond === undefined || k.logicalUnitsPerSecond === undefined || k.verdict === undefined || k.hottest === undefined) continue;
    findings.push(
      finding(load, {
        capacity: k.capacity,
        direction: k.direction,
        keyLoads: [k],
        accessPattern: k.load.pattern.name,
        hottestKey: k.hottest.label,
        share: k.hottest.share,
        shareExact: k.hottest.exact,
        perShard: k.perShardUnitsPerSecond,
        logical: k.logicalUnitsPerSecond,
        verdict: k.verdict,
        path: k.popularity?.path ?? k.load.pattern.path,
        steps: k.steps,
      }),
    );
  }
  for (const g of load.keyGroups) {
    const logical = sumPerSecond(g.keyLoads.map((k) => k.logicalUnitsPerSecond as PerSecond));
    const total = sumPerSecond(g.keyLoads.map((k) => k.unitsPerSecond));
    const share = total.peak.isZero() ? Fraction.ZERO : logical.peak.div(total.peak);
    const unit = unitName(g.direction);
    const steps: Step[] = [
      assume("the patterns' hottest values are the same value (a conservative plan)"),
      {
        what: `${unit}/s on the hottest value, all patterns`,
        how: g.keyLoads.map((k) => `${fmt(k.perShardUnitsPerSecond?.peak ?? 0)} ${k.load.pattern.name}`).join(' + '),
        result: `${fmt(g.perShardUnitsPerSecond.peak)} ${unit}/s peak`,
      },
      ...hotKeyRisk(g.perShardUnitsPerSecond.peak, g.direction).steps,
    ];
    findings.push(
      finding(load, {
        capacity: g.capacity,
        direction: g.direction,
        keyLoads: g.keyLoads,
        accessPattern: null,
        hottestKey: 'the hottest value of every pattern',
        share,
        shareExact: g.keyLoads.every((k) => k.hottest?.exact !== false),
        perShard: g.perShardUnitsPerSecond,
        logical,
        verdict: g.verdict,
        path: g.key.path,
        steps,
      }),
    );
  }
  return findings;
}

interface FindingInput {
  readonly capacity: Capacity;
  readonly direction: Direction;
  readonly keyLoads: readonly KeyLoad[];
  readonly accessPattern: string | null;
  readonly hottestKey: string;
  readonly share: Fraction;
  readonly shareExact: boolean;
  /** Units per second on the hottest physical value (one shard), and on the hottest logical value (all its shards): the load model's. */
  readonly perShard: PerSecond;
  readonly logical: PerSecond;
  /** The load model's verdict on `perShard`. */
  readonly verdict: HotKeyVerdict;
  readonly path: string;
  readonly steps: readonly Step[];
}

function finding(load: TableLoad, f: FindingInput): HotKeyFinding {
  const { table } = load;
  const first = f.keyLoads[0] as KeyLoad;
  const { perShard, logical, verdict } = f;
  const shards = first.shards;
  const suffix = first.sharding?.suffix;
  const index = f.capacity === 'table' ? null : f.capacity.name;
  const where = index ? `GSI ${index}` : `table ${table.name}`;
  const keyName = first.key.name;
  const steps: Step[] = [...f.steps];
  const unit = unitName(f.direction);
  const backPressure = f.direction === 'write' && index !== null && verdict.risk !== 'ok';
  const ok: Remedy = {
    remedy: 'none',
    recommendedShards: shards,
    recommendedSuffix: undefined,
    readCost: [],
    advice: `ok: the hottest ${keyName} value takes ${fmt(perShard.peak)} ${unit}/s at peak, ${fmt(verdict.utilization.mul(100), 1)} % of the ${fmt(verdict.limit)} ${unit} partition ceiling`,
  };
  const { remedy, recommendedShards, recommendedSuffix, readCost, advice } =
    f.direction === 'write' ? (writeRemedy(load, f, backPressure, steps) ?? ok) : verdict.risk !== 'ok' ? readRemedy(f, steps) : ok;

  const label = `${where} · ${keyName}${f.accessPattern ? ` · ${f.accessPattern}` : ' · all patterns'} (${f.direction}s)`;
  return {
    table: table.name,
    index,
    accessPattern: f.accessPattern,
    key: keyName,
    direction: f.direction,
    hottestKey: f.hottestKey,
    hottestKeyShare: f.share,
    shareExact: f.shareExact,
    unitsPerSecond: perShard,
    logicalUnitsPerSecond: logical,
    partitionLimit: verdict.limit,
    utilization: verdict.utilization,
    risk: verdict.risk,
    shards,
    suffix,
    recommendedShards,
    recommendedSuffix,
    readCost,
    remedy,
    backPressure,
    advice,
    path: f.path,
    explanation: { title: `Hot key: ${label}`, steps: distinctSteps(steps), answer: `${verdict.risk}: ${fmt(perShard.peak)} ${unit}/s on the hottest value (share ${fmtShare(f.share)}); ${advice}` },
  };
}

/** What a finding recommends: the remedy, the shards and suffix to use, what they add to the key's reads, and one sentence of advice. */
interface Remedy {
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
function writeRemedy(load: TableLoad, f: FindingInput, backPressure: boolean, steps: Step[]): Remedy | undefined {
  const first = f.keyLoads[0] as KeyLoad;
  const keyName = first.key.name;
  const needed = writeShardCount(f.logical.peak);
  steps.push(...needed.steps);
  if (needed.value <= first.shards) return undefined;
  const reads = readsOfKey(load, f.capacity);
  const suffix = first.sharding?.suffix ?? (reads.some((r) => POINT_READS.includes(r.pattern.operation)) ? 'calculated' : 'random');
  const readCost = reads.map((r) => shardReadCost(r, needed.value, suffix, steps));
  const added = readCost.reduce((a, c) => a.add(c.addedRcu.average), Fraction.ZERO);
  const suffixWhy =
    suffix === 'calculated'
      ? 'a calculated suffix (hash of an attribute the readers know, mod N) so that point reads compute their shard'
      : 'a random suffix 1..N, as no point read needs to find one item';
  const readsText = readCost.map((c) => `${c.accessPattern} ${c.requestsPerRead === 1 ? 'still reads one shard' : `makes ${fmt(c.requestsPerRead)} requests per read`}`).join(', ');
  const costText = added.isZero() ? 'at no extra read cost' : `+${fmt(added, 2)} RCU/s on average`;
  let advice = `shard ${keyName} into ${fmt(needed.value)} values with ${suffixWhy}${readCost.length > 0 ? `; ${readsText}: ${costText}` : ''}`;
  if (backPressure) advice += `; until then the GSI's hot partition throttles the table's writes (back-pressure, §3)`;
  return { remedy: 'write-sharding', recommendedShards: needed.value, recommendedSuffix: suffix, readCost, advice };
}

/**
 * Returns the remedy of a hot read key: DAX, as sharding cannot split the reads of one item, and
 * for a single Query pattern the shards that would spread its items instead. Pushes its steps.
 */
function readRemedy(f: FindingInput, steps: Step[]): Remedy {
  const first = f.keyLoads[0] as KeyLoad;
  const keyName = first.key.name;
  const strong = f.keyLoads.some((k) => k.load.pattern.consistency === 'strong');
  let advice = `cache ${keyName}'s hot values in DAX: cache hits consume no read capacity, and sharding cannot split the reads of one item (§9)${strong ? '; DAX serves eventually consistent reads only, so read this key eventually consistently' : ''}`;
  const query = f.keyLoads.length === 1 && first.load.pattern.operation === 'Query' ? first.load : undefined;
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
