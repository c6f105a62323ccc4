import { lowCardinalityPartitionKeyRule } from '../../../src/lint/rules/low-cardinality-partition-key.js';
import { fixture, ruleTester } from '../rule-tester.js';

const table = (cardinality: number, lint = ''): string =>
  `version: 1\ntables:\n  - name: Stats\n    partitionKey: { name: day, type: S }\n    attributes: { day: { type: S, bytes: 10, cardinality: ${cardinality} } }\n    accessPatterns: [ { name: count, operation: UpdateItem, rate: 10/s } ]\n${lint}`;

ruleTester(lowCardinalityPartitionKeyRule, {
  valid: [
    { name: 'the valid fixture: a sharded index, a read-only table', file: fixture('W3007', 'valid.yaml') },
    { name: 'exactly 100 values', spec: table(100) },
    { name: 'under a lowered threshold', spec: table(30, 'lint:\n  rules:\n    W3007: { options: { minCardinality: 30 } }\n') },
    { name: 'an unknown cardinality', spec: 'version: 1\ntables:\n  - name: Stats\n    partitionKey: { name: day, type: S }\n    accessPatterns: [ { name: count, operation: UpdateItem, rate: 10/s } ]\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W3007', 'invalid.yaml'),
      errors: [
        { messageId: 'low', line: 5, column: 19, message: 'partition key "status" of table "Tickets" has only 5 distinct values (its cardinality), and it takes the writes of "openTicket": its writes use at most 5 partitions, each limited to 1,000 WCU/s; use a key with more values, or shard it' },
        { messageId: 'low', line: 13, column: 23, message: /partition key "language" of global index "ByLanguage" of table "Tickets" has only 4 distinct values \(the access patterns' keys\)/ },
      ],
    },
    { name: '99 values', spec: table(99), errors: [{ messageId: 'low', line: 4, column: 19, message: /only 99 distinct values/ }] },
  ],
});
