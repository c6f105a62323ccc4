import { PARTITION_MAX_WCU } from '../../calculators/limits.js';
import { fmt } from '../../calculators/steps.js';
import type { IndexModel, KeyAttributeModel, TableModel } from '../../model/spec/spec-model.js';
import { globalIndexes, indexLabel, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * Returns how many distinct values a partition key takes, and where the number comes from: the
 * attribute's declared `cardinality`, else the most values any access pattern's `keys` gives for
 * it (a pattern may touch only some of the values, so the largest is the best estimate).
 */
function cardinalityOf(table: TableModel, key: KeyAttributeModel): { readonly values: number; readonly from: string } | undefined {
  const declared = table.attributes.find((a) => a.name === key.name)?.cardinality;
  if (declared !== undefined) return { values: declared, from: 'its cardinality' };
  let best: number | undefined;
  for (const pattern of table.accessPatterns) {
    const p = pattern.keys.find((k) => k.attribute === key.name)?.popularity;
    if (p === undefined) continue;
    const n = p.kind === 'weights' ? p.values.length : p.cardinality;
    best = Math.max(best ?? 0, n);
  }
  return best === undefined ? undefined : { values: best, from: 'the access patterns\' keys' };
}

/** Returns the names of the write patterns whose items reach the table's partitions, or an index's (unless they skip it as sparse). */
function writersOf(table: TableModel, index: IndexModel | undefined): string[] {
  return table.accessPatterns.filter((p) => p.kind === 'write' && (index === undefined || !p.skipsIndexes.includes(index.name))).map((p) => `"${p.name}"`);
}

/**
 * W3007: a partition key with few distinct values (a status, a language, a country) on a table or
 * global index that takes writes. Each value lives on one partition, so the writes can use at most
 * that many partitions, each limited to 1,000 WCU/s (DYNAMODB-RULES.md §5); sharding multiplies
 * the values.
 */
export const lowCardinalityPartitionKeyRule = defineRule({
  id: 'W3007',
  name: 'low-cardinality-partition-key',
  title: 'Low-cardinality partition key',
  severity: 'warning',
  description: 'DynamoDB spreads a table over partitions by the hash of the partition key, and all items of one key value share a partition. A key with few distinct values, such as a status or a language, concentrates the writes on a few partitions whatever the table\'s capacity, and a global index keyed on it throttles the table through back-pressure. Use a high-cardinality key, or add a shard suffix.',
  fix: 'Choose a partition key with many distinct values (an identifier), or add a shard suffix to the low-cardinality key (`sharding: { count: N }`) and query each shard.',
  source: RULE_SOURCES.partitionKeyDesign,
  options: {
    minCardinality: { description: 'distinct values (times shards) below which a written partition key is reported', default: 100, min: 1, max: 1_000_000_000 },
  },
  messages: {
    low: 'partition key "{{key}}" of {{owner}} has only {{values}} distinct values ({{from}}{{shards}}), and it takes the writes of {{writers}}: its writes use at most {{values}} partitions, each limited to {{limit}} WCU/s; use a key with more values, or shard it',
  },
  check(context) {
    const minimum = context.options.minCardinality ?? 100;
    for (const table of context.model.tables) {
      const candidates: Array<{ readonly key: KeyAttributeModel; readonly index: IndexModel | undefined }> = [
        { key: table.partitionKey, index: undefined },
        ...globalIndexes(table).map((index) => ({ key: index.partitionKey, index })),
      ];
      for (const { key, index } of candidates) {
        const writers = writersOf(table, index);
        const cardinality = cardinalityOf(table, key);
        if (writers.length === 0 || cardinality === undefined) continue;
        const shards = key.sharding?.count ?? 1;
        const values = cardinality.values * shards;
        if (values >= minimum) continue;
        context.report('low', { node: key }, {
          key: key.name,
          owner: index ? indexLabel(table, index) : tableLabel(table),
          values: fmt(values),
          from: cardinality.from,
          shards: shards > 1 ? ` times ${fmt(shards)} shards` : '',
          writers: writers.length > 3 ? `${writers.slice(0, 3).join(', ')} and ${writers.length - 3} more` : writers.join(', '),
          limit: fmt(PARTITION_MAX_WCU),
        });
      }
    }
  },
});
