import { strongReadGlobalIndexRule } from '../../../src/lint/rules/strong-read-global-index.js';
import { fixture, ruleTester, yaml } from '../rule-tester.js';

ruleTester(strongReadGlobalIndexRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E3004', 'valid.yaml') },
    {
      name: 'a strongly consistent read of a local index',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            partitionKey: { name: customer_id, type: S }
            sortKey: { name: id, type: S }
            indexes: [ { name: ByDate, type: local, sortKey: { name: date, type: S } } ]
            accessPatterns: [ { name: q, operation: Query, index: ByDate, consistency: strong, rate: 1/s } ]
      `,
    },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E3004', 'invalid.yaml'),
      errors: [{ messageId: 'strong', line: 13, column: 22, message: 'access pattern "ordersOfCustomer" reads global index "ByCustomer" of table "Orders" with strong consistency; global indexes serve eventually consistent reads only' }],
    },
    {
      name: 'a strongly consistent Scan of a global index',
      spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    indexes: [ { name: ByStatus, partitionKey: status } ]\n    accessPatterns: [ { name: s, operation: Scan, index: ByStatus, consistency: strong, rate: 1/h } ]\n',
      errors: [{ messageId: 'strong', line: 6, column: 81 }],
    },
  ],
});
