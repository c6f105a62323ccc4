import { keyValueSizeRule } from '../../../src/lint/rules/key-value-size.js';
import { fixture, ruleTester } from '../rule-tester.js';

const key = (bytes: number, role = 'partitionKey'): string =>
  `version: 1\ntables:\n  - name: Docs\n    partitionKey: { name: pk, type: S }\n    sortKey: { name: sk, type: S }\n    attributes:\n      ${role === 'partitionKey' ? 'pk' : 'sk'}: { type: S, bytes: ${bytes} }\n`;

ruleTester(keyValueSizeRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1015', 'valid.yaml') },
    { name: 'a partition key of exactly 2,048 bytes', spec: key(2048) },
    { name: 'a sort key of exactly 1,024 bytes', spec: key(1024, 'sortKey') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1015', 'invalid.yaml'),
      errors: [
        { messageId: 'tooLarge', line: 8, column: 30, message: 'partition key "url" of table "Documents" is 3,072 bytes; a partition key value is at most 2,048 bytes' },
        { messageId: 'empty', line: 9, column: 31, message: 'sort key "path" of table "Documents" is 0 bytes; a key value cannot be empty' },
        { messageId: 'tooLarge', line: 10, column: 33, message: /sort key "digest" of global index "ByDigest" of table "Documents" is 1,100 bytes/ },
      ],
    },
    { name: 'a partition key of 2,049 bytes', spec: key(2049), errors: [{ messageId: 'tooLarge', line: 7, column: 29 }] },
    { name: 'a sort key of 1,025 bytes', spec: key(1025, 'sortKey'), errors: [{ messageId: 'tooLarge', line: 7, column: 29, message: /at most 1,024 bytes/ }] },
  ],
});
