import { streamViewTypeRule } from '../../../src/lint/rules/stream-view-type.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(streamViewTypeRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1013', 'valid.yaml') },
    { name: 'the short form', spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    stream: KEYS_ONLY\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1013', 'invalid.yaml'),
      errors: [{ messageId: 'missing', line: 6, column: 13, message: 'the stream of table "Orders" has no view type; give one of KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES' }],
    },
    { name: 'a template StreamSpecification without StreamViewType', file: 'fixtures/cloudformation/bad-stream-without-view-type.yaml', errors: [{ messageId: 'missing', line: 19, column: 9, message: /the stream of table "payments"/ }] },
    { name: 'an empty stream mapping', spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    stream: {}\n', errors: [{ messageId: 'missing', line: 5, column: 13 }] },
  ],
});
