import { unitBoundaryRule } from '../../../src/lint/rules/unit-boundary.js';
import { fixture, ruleTester } from '../rule-tester.js';

const sized = (bytes: number, operation = 'PutItem'): string =>
  `version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    itemBytes: ${bytes}\n    accessPatterns: [ { name: p, operation: ${operation}, rate: 1/s } ]\n`;

ruleTester(unitBoundaryRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('W3003', 'valid.yaml') },
    { name: '1,024 bytes: exactly one write unit', spec: sized(1024) },
    { name: '1,127 bytes: more than a tenth of a unit over', spec: sized(1127) },
    { name: 'just over 1 KB on a read-only table', spec: sized(1030, 'GetItem') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W3003', 'invalid.yaml'),
      errors: [
        { messageId: 'write', line: 6, column: 16, message: 'an average item of table "Orders" is 1,030 bytes, 6 bytes over 1 KB: each write costs 2 WCU instead of 1; trim 6 bytes (shorter attribute names count too)' },
        { messageId: 'read', line: 9, column: 72, message: 'each item of access pattern "getInvoice" in table "Orders" is 4,200 bytes, 104 bytes over 4 KB: each strongly consistent read costs 2 RCU instead of 1; trim 104 bytes to save a read unit' },
      ],
    },
    { name: '1,126 bytes: a tenth of a unit over', spec: sized(1126), errors: [{ messageId: 'write', line: 5, column: 16, message: /102 bytes over 1 KB/ }] },
    { name: 'just over 8 KB, read and written', spec: sized(8200, 'UpdateItem'), errors: [{ messageId: 'write', line: 5, column: 16, message: /8 bytes over 8 KB: each write costs 9 WCU instead of 8/ }] },
    { name: 'just over 8 KB on a read-only table', spec: sized(8200, 'Query'), errors: [{ messageId: 'read', line: 5, column: 16, message: /8 bytes over 8 KB: each strongly consistent read costs 3 RCU instead of 2/ }] },
  ],
});
