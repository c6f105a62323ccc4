import { itemSizeNearLimitRule } from '../../../src/lint/rules/item-size-near-limit.js';
import { fixture, ruleTester } from '../rule-tester.js';

const sized = (bytes: number, lint = ''): string => `version: 1\ntables:\n  - name: Blobs\n    partitionKey: { name: id, type: S }\n    itemBytes: ${bytes}\n${lint}`;

ruleTester(itemSizeNearLimitRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('W3002', 'valid.yaml') },
    { name: 'exactly 90 %', spec: sized(368_640) },
    { name: 'over the limit (E3001 reports it)', spec: sized(409_601) },
    { name: 'under a raised threshold', spec: sized(380_000, 'lint:\n  rules:\n    W3002: { options: { threshold: 0.95 } }\n') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W3002', 'invalid.yaml'),
      errors: [{ messageId: 'nearLimit', line: 6, column: 5, message: 'an average item of table "Documents" is 389,166 bytes, 95.0 % of DynamoDB\'s item limit of 409,600 bytes; larger items will fail to write' }],
    },
    { name: 'one byte over 90 %', spec: sized(368_641), errors: [{ messageId: 'nearLimit', line: 5, column: 16, message: /is 368,641 bytes, 90.0 %/ }] },
    { name: 'over a lowered threshold', spec: sized(300_000, 'lint:\n  rules:\n    W3002: { options: { threshold: 0.7 } }\n'), errors: [{ messageId: 'nearLimit', line: 5, column: 16, message: /73.2 %/ }] },
  ],
});
