import { findIndex, indexLabel, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * E3005: a Query's key condition names the partition key of what it reads (the table or the
 * index), with an equality; without it the request is refused, and the design needs a Scan or
 * another index (DYNAMODB-RULES.md §2). Checked when the pattern lists its `keys`.
 */
export const queryPartitionKeyRule = defineRule({
  id: 'E3005',
  name: 'query-partition-key',
  title: 'Query without its partition key',
  severity: 'error',
  description: "A Query must give exactly one value of the partition key of the table or index it reads; the sort key is optional. A Query whose keys do not include that partition key cannot be made: it needs an index keyed on what it has, or it becomes a Scan.",
  fix: 'Query by the partition key of the table or index: add a global index whose partition key is the attribute the request knows, or, when the read really needs every item, make it a Scan (and see W3006).',
  source: RULE_SOURCES.queryKeyCondition,
  messages: {
    missing: 'access pattern "{{pattern}}" queries {{target}} by {{keys}}, but a Query needs the partition key "{{partitionKey}}"; add an index keyed on what the request knows, or query by "{{partitionKey}}"',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const pattern of table.accessPatterns) {
        if (pattern.operation !== 'Query' || pattern.keys.length === 0) continue;
        const index = findIndex(table, pattern.index);
        // A pattern naming an index that does not exist is E1014's finding.
        if (pattern.index !== undefined && index === undefined) continue;
        const partitionKey = (index ?? table).partitionKey.name;
        if (pattern.keys.some((k) => k.attribute === partitionKey)) continue;
        const keys = pattern.keys.map((k) => `"${k.attribute}"`).join(', ');
        context.report('missing', { node: pattern, field: 'keys', at: 'key' }, { pattern: pattern.name, target: index ? indexLabel(table, index) : tableLabel(table), keys, partitionKey });
      }
    }
  },
});
