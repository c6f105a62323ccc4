import { batchTransactionSizeRule } from '../../../src/lint/rules/batch-transaction-size.js';
import { fixture, ruleTester } from '../rule-tester.js';

const call = (operation: string, items: number): string =>
  `version: 1\ntables:\n  - name: Events\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: p, operation: ${operation}, rate: 1/s, itemsPerCall: ${items} } ]\n`;

ruleTester(batchTransactionSizeRule, {
  valid: [
    { name: 'the valid fixture (each at its limit)', file: fixture('E3011', 'valid.yaml') },
    { name: 'TransactGetItems of 100', spec: call('TransactGetItems', 100) },
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
      ],
    },
    { name: 'BatchWriteItem of 26', spec: call('BatchWriteItem', 26), errors: [{ messageId: 'overLimit', line: 5, column: 86 }] },
    { name: 'TransactGetItems of 101', spec: call('TransactGetItems', 101), errors: [{ messageId: 'overLimit', line: 5, column: 88 }] },
  ],
});
