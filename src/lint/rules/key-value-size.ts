import { MAX_PARTITION_KEY_BYTES, MAX_SORT_KEY_BYTES, SOURCES } from '../../calculators/limits.js';
import { keyRoles } from '../model-walk.js';
import { defineRule } from '../rule.js';

/**
 * E1015: a partition-key value is 1 to 2,048 bytes and a sort-key value 1 to 1,024 bytes; key
 * values cannot be empty (DYNAMODB-RULES.md §1, §6). Checked where the spec gives the value's size
 * (`bytes` or an `example`), not where ddb-plan assumed one.
 */
export const keyValueSizeRule = defineRule({
  id: 'E1015',
  name: 'key-value-size',
  title: 'Key value size',
  severity: 'error',
  description: 'A partition-key value may be 1 to 2,048 bytes and a sort-key value 1 to 1,024 bytes, for tables and indexes alike; DynamoDB rejects writes of larger (or, for the primary key, empty) key values.',
  fix: 'Key on a shorter value: a hash of a long value (a SHA-256 in hex is 64 bytes) or an identifier, keeping the long value in a non-key attribute. Key values cannot be empty: give each item a value.',
  source: SOURCES.constraints,
  messages: {
    tooLarge: '{{role}} "{{name}}" of {{owner}} is {{bytes}} bytes; a {{role}} value is at most {{max}} bytes',
    empty: '{{role}} "{{name}}" of {{owner}} is 0 bytes; a key value cannot be empty',
  },
  check(context) {
    for (const table of context.model.tables) {
      // An attribute that keys the table and an index in the same role is one value: reported once.
      const reported = new Set<string>();
      for (const { key, role, owner, index } of keyRoles(table)) {
        const attribute = table.attributes.find((a) => a.name === key.name && a.declared);
        if (attribute === undefined || attribute.valueBytesFrom === 'type') continue;
        const max = role === 'partition key' ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES;
        const problem = attribute.valueBytes > max ? 'tooLarge' : attribute.valueBytes === 0 && index === undefined ? 'empty' : undefined;
        const id = `${attribute.name}:${role}`;
        if (problem === undefined || reported.has(id)) continue;
        reported.add(id);
        context.report(problem, { node: attribute, field: 'valueBytes' }, { role, name: key.name, owner, bytes: attribute.valueBytes.toLocaleString('en-US'), max: max.toLocaleString('en-US') });
      }
    }
  },
});
