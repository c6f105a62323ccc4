import { batchTransactionSizeRule } from '../../../src/lint/rules/batch-transaction-size.js';
import { fixture, ruleTester } from '../rule-tester.js';

const call = (operation: string, items: number): string =>
  `version: 1\ntables:\n  - name: Events\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: p, operation: ${operation}, rate: 1/s, itemsPerCall: ${items} } ]\n`;

ruleTester(batchTransactionSizeRule, {
  valid: [
    { name: 'the valid fixture (each at its limit)', file: fixture('E3011', 'valid.yaml') },
    { name: 'TransactGetItems of 100', spec: call('TransactGetItems', 100) },
    { name: 'a transaction of exactly 4 MB', spec: call('TransactWriteItems', 64).replace('itemsPerCall: 64', 'itemsPerCall: 64, itemBytes: 64KB') },
    { name: 'a BatchGetItem over 16 MB (the rest comes back as UnprocessedKeys)', spec: call('BatchGetItem', 100).replace('itemsPerCall: 100', 'itemsPerCall: 100, itemBytes: 300KB') },
    { name: 'a Query of 1,000 items (no item limit)', spec: call('Query', 1000) },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E3011', 'invalid.yaml'),
      errors: [
        { messageId: 'overLimit', line: 7, column: 78, message: 'access pattern "ingest" of table "Events" sends 50 items per BatchWriteItem; a BatchWriteItem request takes at most 25, so split it into 2 requests' },
        { messageId: 'overLimit', line: 8, column: 78, message: /250 items per BatchGetItem; a BatchGetItem request takes at most 100, so split it into 3 requests/ },
        { messageId: 'overLimit', line: 9, column: 81, message: /120 items per TransactWriteItems/ },
        { messageId: 'overBytes', line: 10, column: 99, message: /"archive" of table "Events" moves 50 items of 102,400 bytes/ },
      ],
    },
    { name: 'BatchWriteItem of 26', spec: call('BatchWriteItem', 26), errors: [{ messageId: 'overLimit', line: 5, column: 86 }] },
    { name: 'TransactGetItems of 101', spec: call('TransactGetItems', 101), errors: [{ messageId: 'overLimit', line: 5, column: 88 }] },
    {
      name: 'a transaction of 50 items of 100 KB (5 MB), at the item size',
      spec: call('TransactWriteItems', 50).replace('itemsPerCall: 50', 'itemsPerCall: 50, itemBytes: 100KB'),
      errors: [{ messageId: 'overBytes', line: 5, column: 105, message: 'access pattern "p" of table "Events" moves 50 items of 102,400 bytes, 5,120,000 bytes, per TransactWriteItems; a transaction holds at most 4 MB (4,194,304 bytes), so split it into 2 transactions' }] },
    {
      name: 'a transaction of the table\'s 60 KB items, at the item count',
      spec: call('TransactGetItems', 80).replace('partitionKey: { name: id, type: S }', 'partitionKey: { name: id, type: S }\n    itemBytes: 60KB'),
      errors: [{ messageId: 'overBytes', line: 6, column: 88, message: /moves 80 items of 61,440 bytes, 4,915,200 bytes, per TransactGetItems/ }] },
  ],
});
