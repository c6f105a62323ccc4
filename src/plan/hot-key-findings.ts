import { Fraction } from '../calculators/fraction.js';
import { hotKeyRisk, unitName, type Direction, type HotKeyRisk, type HotKeyVerdict } from '../calculators/hot-key-risk.js';
import { fmtShare } from '../calculators/hot-key-share.js';
import type { ShardSuffixKind } from '../calculators/hot-key-shards.js';
import { assume, fmt, type Explanation, type Step } from '../calculators/steps.js';
import { distinctSteps, sumPerSecond, type Capacity, type KeyLoad, type LoadProblem, type PerSecond, type TableLoad } from '../model/load/index.js';
import { readRemedy, writeRemedy, type HotKeyRemedy, type HotKeyRemedyPlan, type ShardReadCost } from './hot-key-remedy.js';

export type { HotKeyRemedy, ShardReadCost } from './hot-key-remedy.js';

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

/** Says which pattern and key an unassessed key is, then why: "placeOrder on Everything (GSI): the popularity of order_id is not known: …". */
export function unassessedKeyMessage(load: TableLoad, k: UnassessedKey): string {
  return `${k.load.pattern.name} on ${k.index ? `${k.index.name} (GSI)` : load.table.name}: ${k.problem.message}`;
}

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
  const ok: HotKeyRemedyPlan = {
    remedy: 'none',
    recommendedShards: shards,
    recommendedSuffix: undefined,
    readCost: [],
    advice: `ok: the hottest ${keyName} value takes ${fmt(perShard.peak)} ${unit}/s at peak, ${fmt(verdict.utilization.mul(100), 1)} % of the ${fmt(verdict.limit)} ${unit} partition ceiling`,
  };
  const { remedy, recommendedShards, recommendedSuffix, readCost, advice } =
    f.direction === 'write' ? (writeRemedy(load, f.capacity, f.keyLoads, logical, backPressure, steps) ?? ok) : verdict.risk !== 'ok' ? readRemedy(f.keyLoads, steps) : ok;

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
