import { Fraction } from '../../calculators/fraction.js';
import { unitName, type Direction } from '../../calculators/hot-key-risk.js';
import { shardingCannotFix, writeShardCount } from '../../calculators/hot-key-shards.js';
import { fmtShare } from '../../calculators/hot-key-share.js';
import { fmt } from '../../calculators/steps.js';
import type { KeyLoad } from '../../model/load/key-load.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';
import { indexLabel, tableLabel } from '../model-walk.js';
import { loadOf } from '../table-loads.js';

/**
 * Returns the advice for a hot value: for writes, shards enough for the logical value's peak
 * (the calculator's count), or a different design when that is more than ddb-plan proposes; for
 * reads, a cache or more key values, as sharding cannot help a read of one item
 * (DYNAMODB-RULES.md §5, §9).
 */
function advice(direction: Direction, logicalPeak: Fraction, shards: number): string {
  if (direction === 'read') return 'cache the hot reads (DAX) or spread them over more key values';
  const needed = writeShardCount(logicalPeak).value;
  const cannotFix = shardingCannotFix(needed);
  if (cannotFix !== undefined) return cannotFix;
  return shards > 1 ? `${shards} shards are not enough: shard it ${needed} ways` : `shard the key ${needed} ways (write sharding)`;
}

/**
 * E3008: the demand on one partition-key value stays within what one partition serves, 3,000 RCU
 * and 1,000 WCU per second, which burst and adaptive capacity never lift (DYNAMODB-RULES.md §5).
 * The load on the hottest value, per pattern and per key, comes from the load model; patterns that
 * share a key are also checked together (assuming their hottest values are the same).
 */
export const hotPartitionKeyRule = defineRule({
  id: 'E3008',
  name: 'hot-partition-key',
  title: 'Partition-key value over the partition limit',
  severity: 'error',
  description: 'All requests for one partition-key value go to one partition, which serves at most 3,000 read units and 1,000 write units per second however much capacity the table has; burst and adaptive capacity do not lift this. A value whose demand is above it throttles. Spread writes with write sharding, and serve hot reads from a cache.',
  fix: 'Shard hot write keys: add a suffix 1..N to the partition key (a random suffix spreads writes, a calculated one lets point reads find their shard). For hot reads, cache the item (DAX or an application cache), or spread it over several copies.',
  source: RULE_SOURCES.partitionKeyDesign,
  messages: {
    pattern: 'access pattern "{{pattern}}" puts {{units}} {{unit}}/s at peak on the hottest value of partition key "{{key}}" of {{owner}} ({{share}} of its {{total}} {{unit}}/s{{perShard}}); one partition-key value is served by one partition, at most {{limit}} {{unit}}/s: {{advice}}',
    together: 'access patterns {{patterns}} together put {{units}} {{unit}}/s at peak on the hottest value of partition key "{{key}}" of {{owner}}{{perShard}}; one partition serves at most {{limit}} {{unit}}/s: {{advice}}',
  },
  check(context) {
    for (const table of context.model.tables) {
      const load = loadOf(table);
      const owner = (k: Pick<KeyLoad, 'index'>): string => (k.index ? indexLabel(table, k.index) : tableLabel(table));
      for (const k of load.keys) {
        if (k.verdict?.risk !== 'critical' || k.perShardUnitsPerSecond === undefined) continue;
        const unit = unitName(k.direction);
        const target = k.popularity?.source === 'keys' ? { path: k.popularity.path, at: 'key' as const } : { node: k.load.pattern };
        context.report('pattern', target, {
          pattern: k.load.pattern.name,
          units: fmt(k.perShardUnitsPerSecond.peak, 2),
          unit,
          key: k.key.name,
          owner: owner(k),
          share: k.hottest ? fmtShare(k.hottest.share) : '',
          total: fmt(k.unitsPerSecond.peak, 2),
          perShard: k.shards > 1 ? `, on one of its ${k.shards} shards` : '',
          limit: fmt(k.verdict.limit),
          advice: advice(k.direction, k.logicalUnitsPerSecond?.peak ?? k.perShardUnitsPerSecond.peak, k.shards),
        });
      }
      for (const g of load.keyGroups) {
        // A group is news only when no pattern of it is over the limit on its own (reported above).
        if (g.verdict.risk !== 'critical' || g.keyLoads.some((k) => k.verdict?.risk === 'critical')) continue;
        const first = g.keyLoads[0];
        if (first === undefined) continue;
        const logical = g.keyLoads.reduce((sum, k) => sum.add(k.logicalUnitsPerSecond?.peak ?? 0), Fraction.ZERO);
        context.report('together', { node: g.key }, {
          patterns: g.keyLoads.map((k) => `"${k.load.pattern.name}"`).join(', '),
          units: fmt(g.perShardUnitsPerSecond.peak, 2),
          unit: unitName(g.direction),
          key: g.key.name,
          owner: owner(g),
          perShard: first.shards > 1 ? `, on one of its ${first.shards} shards` : '',
          limit: fmt(g.verdict.limit),
          advice: advice(g.direction, logical, first.shards),
        });
      }
    }
  },
});
