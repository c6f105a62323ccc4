import { keyAttributeTypeRule } from '../../../src/lint/rules/key-attribute-type.js';
import { fixture, ruleTester, yaml } from '../rule-tester.js';

ruleTester(keyAttributeTypeRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1001', 'valid.yaml') },
    { name: 'a key typed only in attributes', spec: yaml`
        version: 1
        tables:
          - name: Orders
            partitionKey: id
            attributes: { id: N }
      ` },
    { name: 'a binary key', spec: 'version: 1\ntables:\n  - name: Blobs\n    partitionKey: { name: digest, type: B }\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1001', 'invalid.yaml'),
      errors: [
        { messageId: 'notKeyType', line: 5, column: 45, message: 'partition key "session_id" of table "Sessions" has type M; a key attribute must be S, N or B' },
        { messageId: 'undeclared', line: 6, column: 14 },
        { messageId: 'notKeyType', line: 11, column: 46, message: /global index "ByUser" of table "Sessions" has type BOOL/ },
      ],
    },
    {
      name: 'a key whose type comes from a non-key attribute type',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            partitionKey: tags
            attributes:
              tags: SS
      `,
      errors: [{ messageId: 'notKeyType', line: 4, column: 19, message: /has type SS/ }],
    },
    {
      name: 'an untyped local index sort key',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            partitionKey: { name: pk, type: S }
            sortKey: { name: sk, type: S }
            indexes:
              - { name: ByTotal, type: local, sortKey: total }
      `,
      errors: [{ messageId: 'undeclared', line: 7, column: 48, message: /sort key "total" of local index "ByTotal"/ }],
    },
  ],
});
