import { localIndexKeysRule } from '../../../src/lint/rules/local-index-keys.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(localIndexKeysRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1006', 'valid.yaml') },
    { name: 'a global index on a table without a sort key', spec: 'version: 1\ntables:\n  - name: T1x\n    partitionKey: { name: id, type: S }\n    indexes: [ { name: ByA, partitionKey: { name: a, type: S } } ]\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1006', 'invalid.yaml'),
      errors: [
        { messageId: 'sameSortKey', line: 10, column: 18, message: 'sort key "order_id" of local index "ByOrder" of table "Orders" is the table\'s sort key; a local index needs a different one' },
        { messageId: 'otherPartitionKey', line: 13, column: 23, message: /partition key "store_id" of local index "ByTotal" of table "Orders" differs from the table's partition key "customer_id"/ },
        { messageId: 'noSortKey', line: 15, column: 9 },
        { messageId: 'tableWithoutSortKey', line: 21, column: 15, message: /but table "Products" has no sort key/ },
      ],
    },
    { name: 'a template LSI on a table without a sort key', file: 'fixtures/cloudformation/bad-lsi-without-sort-key.yaml', errors: [{ messageId: 'tableWithoutSortKey', line: 21, column: 11, message: /local index "ByLastSeen" of table "devices"/ }] },
  ],
});
