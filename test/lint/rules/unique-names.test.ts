import { uniqueNamesRule } from '../../../src/lint/rules/unique-names.js';
import { fixture, ruleTester, yaml } from '../rule-tester.js';

ruleTester(uniqueNamesRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1004', 'valid.yaml') },
    {
      name: 'the same index name on two tables',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            partitionKey: { name: id, type: S }
            indexes: [ { name: ByStatus, partitionKey: { name: status, type: S } } ]
          - name: Returns
            partitionKey: { name: id, type: S }
            indexes: [ { name: ByStatus, partitionKey: { name: status, type: S } } ]
      `,
    },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1004', 'invalid.yaml'),
      errors: [
        { messageId: 'index', line: 11, column: 15, message: 'index name "ByDate" is already used in table "Orders" on line 8; global and local indexes share one namespace' },
        { messageId: 'accessPattern', line: 16, column: 17, message: 'access pattern name "getOrder" is already used in table "Orders" on line 15' },
        { messageId: 'table', line: 17, column: 11, message: 'table name "Orders" is already used on line 4' },
      ],
    },
    {
      name: 'a name used three times, reported twice',
      spec: yaml`
        version: 1
        tables:
          - { name: T1, partitionKey: { name: id, type: S } }
          - { name: T1, partitionKey: { name: id, type: S } }
          - { name: T1, partitionKey: { name: id, type: S } }
      `,
      errors: [
        { messageId: 'table', line: 4, column: 13, message: /on line 3/ },
        { messageId: 'table', line: 5, column: 13, message: /on line 3/ },
      ],
    },
  ],
});
