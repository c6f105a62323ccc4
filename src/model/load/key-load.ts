import { Fraction } from '../../calculators/fraction.js';
import { hotKeyRisk, unitName, type Direction, type HotKeyVerdict } from '../../calculators/hot-key-risk.js';
import { fmtShare, hottestKeyShare, type HottestKey } from '../../calculators/hot-key-share.js';
import { assume, fmt, type Step } from '../../calculators/steps.js';
import { InputError } from '../../errors.js';
import type { IndexModel, KeyAttributeModel, ShardingModel } from '../spec/spec-model.js';
import type { AccessPatternLoad, Capacity } from './access-pattern-load.js';
import { keyPopularityOf, type KeyPopularityOf } from './key-popularity-of.js';
import type { LoadProblem } from './load-problem.js';
import { scalePerSecond, sumPerSecond, type PerSecond } from './per-second.js';

/** The load of one access pattern on the hottest value of one partition key (the table's, or a global index's). */
export interface KeyLoad {
  readonly load: AccessPatternLoad;
  /** The capacity whose partitions hold the key: the table's (its items and LSI entries), or a GSI's. */
  readonly capacity: Capacity;
  /** The GSI whose key this is; undefined for the table's partition key. */
  readonly index: IndexModel | undefined;
  readonly direction: Direction;
  /** The partition key attribute. */
  readonly key: KeyAttributeModel;
  /** Where the popularity of the key's values comes from; undefined when the spec does not say (then `hottest` is undefined too). */
  readonly popularity: KeyPopularityOf | undefined;
  readonly hottest: HottestKey | undefined;
  /** Write sharding of the key, when the design shards it. */
  readonly sharding: ShardingModel | undefined;
  /** Shards of each logical value (1 when unsharded). */
  readonly shards: number;
  /** Units per second of this pattern on the key in all (every value). */
  readonly unitsPerSecond: PerSecond;
  /** Units per second on the hottest logical value, all its shards together; undefined when the popularity is unknown. */
  readonly logicalUnitsPerSecond: PerSecond | undefined;
  /** Units per second on the hottest physical value (one shard): what the 3,000 RCU / 1,000 WCU ceiling bounds. */
  readonly perShardUnitsPerSecond: PerSecond | undefined;
  /** Risk of the hottest physical value at peak; undefined when the popularity is unknown. */
  readonly verdict: HotKeyVerdict | undefined;
  /** Why the key could not be assessed. */
  readonly problem: LoadProblem | undefined;
  readonly steps: readonly Step[];
}

/**
 * Returns the hot-key load of one planned access pattern on each partition key it loads: for a
 * read, the key of what it reads (an LSI's key is the table's); for a write, the table's key (its
 * items and LSI entries) and the key of each GSI it writes entries to. The hottest value's share
 * comes from the key's popularity (`keyPopularityOf`); a sharded key divides the value's load over
 * its shards (DYNAMODB-RULES.md §5). A Scan has no key: it reads every partition in turn.
 */
export function patternKeyLoads(load: AccessPatternLoad): KeyLoad[] {
  if (!load.planned || load.pattern.operation === 'Scan') return [];
  const direction: Direction = load.kind;
  const out: KeyLoad[] = [];
  const groups = new Map<Capacity, PerSecond[]>();
  for (const u of load.uses) {
    const units = direction === 'read' ? u.rcu : u.wcu;
    if (units.peak.isZero() && units.average.isZero()) continue;
    groups.set(u.capacity, [...(groups.get(u.capacity) ?? []), units]);
  }
  for (const [capacity, parts] of groups) out.push(keyLoad(load, capacity, direction, sumPerSecond(parts)));
  return out;
}

function keyLoad(load: AccessPatternLoad, capacity: Capacity, direction: Direction, units: PerSecond): KeyLoad {
  const { table, pattern } = load;
  const index = capacity === 'table' ? undefined : capacity;
  const key = index?.partitionKey ?? table.partitionKey;
  const sharding = key.sharding;
  const shards = sharding?.count ?? 1;
  const unit = unitName(direction);
  const where = index ? `key ${key.name} of GSI ${index.name}` : `key ${key.name} of table ${table.name}`;
  const base = { load, capacity, index, direction, key, sharding, shards, unitsPerSecond: units };
  const popularity = keyPopularityOf(table, pattern, key.name);
  if (popularity === undefined) {
    const problem = { path: pattern.path, message: `the popularity of ${key.name} is not known: give the pattern keys.${key.name}, or the attribute's cardinality` };
    return { ...base, popularity, hottest: undefined, logicalUnitsPerSecond: undefined, perShardUnitsPerSecond: undefined, verdict: undefined, problem, steps: [assume(problem.message)] };
  }
  let hottest: HottestKey;
  const steps: Step[] = [];
  try {
    const h = hottestKeyShare(popularity.popularity);
    hottest = h.value;
    steps.push(popularity.source === 'keys' ? { what: 'Key popularity', result: popularity.text } : assume(popularity.text), ...h.steps);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const problem = { path: popularity.path, message: e.message };
    return { ...base, popularity, hottest: undefined, logicalUnitsPerSecond: undefined, perShardUnitsPerSecond: undefined, verdict: undefined, problem, steps: [assume(problem.message)] };
  }
  const logical = scalePerSecond(units, hottest.share);
  steps.push({
    what: `${unit}/s on the hottest value of ${where}`,
    how: `${fmt(units.average)} ${unit}/s × ${fmtShare(hottest.share)}; peak ${fmt(units.peak)} ${unit}/s × ${fmtShare(hottest.share)}`,
    result: `${fmt(logical.average)} ${unit}/s average, ${fmt(logical.peak)} ${unit}/s peak`,
  });
  const perShard = shards > 1 ? scalePerSecond(logical, Fraction.of(1, shards)) : logical;
  if (shards > 1) {
    steps.push(
      assume(`the ${fmt(shards)} shards (${sharding?.suffix} suffix) share the value's requests evenly`),
      {
        what: `${unit}/s on one shard of the hottest value`,
        how: `${fmt(logical.peak)} ${unit}/s ÷ ${fmt(shards)} shards at peak`,
        result: `${fmt(perShard.average)} ${unit}/s average, ${fmt(perShard.peak)} ${unit}/s peak`,
        rule: 'write sharding spreads one logical value over N partition-key values (§5)',
      },
    );
  }
  const verdict = hotKeyRisk(perShard.peak, direction);
  steps.push(...verdict.steps);
  return { ...base, popularity, hottest, logicalUnitsPerSecond: logical, perShardUnitsPerSecond: perShard, verdict: verdict.value, problem: undefined, steps };
}
