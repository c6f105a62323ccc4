import { itemSizeLimitRule } from '../../../src/lint/rules/item-size-limit.js';
import { fixture, ruleTester } from '../rule-tester.js';

const sized = (bytes: number): string => `version: 1\ntables:\n  - name: Blobs\n    partitionKey: { name: id, type: S }\n    itemBytes: ${bytes}\n`;

ruleTester(itemSizeLimitRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E3001', 'valid.yaml') },
    { name: 'exactly 409,600 bytes', spec: sized(409_600) },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E3001', 'invalid.yaml'),
      errors: [
        { messageId: 'overLimit', line: 6, column: 5, message: 'an average item of table "Documents" is 430,126 bytes, over DynamoDB\'s item limit of 409,600 bytes; store large values in S3 and keep a reference, or split the item' },
        { messageId: 'overLimit', line: 12, column: 16, message: /table "Reports" is 430,080 bytes \(122,880 bytes of it local index entries, which count towards the limit\)/ },
        { messageId: 'overLimit', line: 22, column: 20, message: /each item of access pattern "putReport" in table "Reports" is 522,240 bytes/ },
      ],
    },
    { name: 'one byte over', spec: sized(409_601), errors: [{ messageId: 'overLimit', line: 5, column: 16, message: /is 409,601 bytes/ }] },
  ],
});
