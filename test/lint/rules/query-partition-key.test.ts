import { queryPartitionKeyRule } from '../../../src/lint/rules/query-partition-key.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(queryPartitionKeyRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E3005', 'valid.yaml') },
    { name: 'a Query that does not list its keys', spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: q, operation: Query, rate: 1/s } ]\n' },
    { name: 'a GetItem by another key (not a Query)', spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: g, operation: Scan, rate: 1/h, keys: { status: { cardinality: 5 } } } ]\n' },
    { name: 'a Query of an index that does not exist (E1014 reports it)', spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: q, operation: Query, index: Nope, rate: 1/s, keys: { x: { cardinality: 5 } } } ]\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E3005', 'invalid.yaml'),
      errors: [
        { messageId: 'missing', line: 15, column: 9, message: 'access pattern "ordersById" queries table "Orders" by "order_id", but a Query needs the partition key "customer_id"; add an index keyed on what the request knows, or query by "customer_id"' },
        { messageId: 'missing', line: 21, column: 9, message: /queries global index "ByStatus" of table "Orders" by "created_at", but a Query needs the partition key "status"/ },
      ],
    },
  ],
});
