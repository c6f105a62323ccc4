import { baselinePairs, keyChanges } from '../baseline-pairs.js';
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
    for (const { table, old } of baselinePairs(context.model, context.baseline)) {
      for (const { role, key, before, after } of keyChanges(table, old)) {
        // A sort key that was removed is shown at the key schema that lost it.
        context.report('changed', key ? { node: key } : { node: table, field: 'partitionKey', at: 'key' }, { role, owner: tableLabel(table), before, after });
      }
    }
  },
});
