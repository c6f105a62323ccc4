import { baselinePairs, describeKey, keyChanged } from '../baseline-pairs.js';
import { tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * E2001 (with `--baseline`): the table's primary key did not change. DynamoDB cannot change a
 * key schema; CloudFormation replaces the table, which starts empty (DYNAMODB-RULES.md §6).
 */
export const primaryKeyChangeRule = defineRule({
  id: 'E2001',
  name: 'primary-key-change',
  title: 'Primary key changed',
  severity: 'error',
  description: "A table's partition key and sort key (names and types) are fixed when it is created. Changing them means a new table: CloudFormation replaces the resource, and the new table starts empty unless the data is migrated.",
  fix: 'Keep the key schema of a deployed table. To change it, create a new table with the new key (a new name or logical ID), migrate the data (for example with a DynamoDB export and import, or a stream-fed copy), switch the application over, and then delete the old table.',
  source: RULE_SOURCES.cfnKeySchema,
  needsBaseline: true,
  messages: {
    changed: '{{role}} of {{owner}} changes from {{before}} to {{after}}; a key schema cannot be changed, so the table would be re-created (empty)',
  },
  check(context) {
    for (const pair of baselinePairs(context.model, context.baseline)) {
      const { table, old } = pair;
      const owner = tableLabel(table);
      if (keyChanged(table.partitionKey, old.partitionKey)) {
        context.report('changed', { node: table.partitionKey }, { role: 'partition key', owner, before: describeKey(old.partitionKey), after: describeKey(table.partitionKey) });
      }
      if (keyChanged(table.sortKey, old.sortKey)) {
        context.report('changed', table.sortKey ? { node: table.sortKey } : { node: table, field: 'partitionKey', at: 'key' }, { role: 'sort key', owner, before: describeKey(old.sortKey), after: describeKey(table.sortKey) });
      }
    }
  },
});
