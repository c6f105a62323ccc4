import { indexReferenceRule } from '../../../src/lint/rules/index-reference.js';
import { fixture, ruleTester, yaml } from '../rule-tester.js';

ruleTester(indexReferenceRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1014', 'valid.yaml') },
    { name: 'a Scan of an index', spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    indexes: [ { name: ByStatus, partitionKey: status } ]\n    accessPatterns: [ { name: all, operation: Scan, index: ByStatus, rate: 1/h } ]\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1014', 'invalid.yaml'),
      errors: [
        { messageId: 'unknownIndex', line: 12, column: 16, message: 'access pattern "ordersByCustomer" reads index "ByCustomer", which table "Orders" does not have (it has "ByStatus")' },
        { messageId: 'notQueryOrScan', line: 16, column: 16, message: 'access pattern "getByStatus" uses GetItem on index "ByStatus"; only Query and Scan read an index' },
        { messageId: 'unknownInList', line: 21, column: 38, message: /names index "ByState" in changesIndexKeys/ },
      ],
    },
    {
      name: 'an index on a table without indexes, and a sparse index that does not exist',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            partitionKey: { name: id, type: S }
            accessPatterns:
              - { name: q, operation: Query, index: ByStatus, rate: 1/s }
              - { name: w, operation: PutItem, rate: 1/s, skipsIndexes: [Sparse] }
      `,
      errors: [
        { messageId: 'unknownIndex', line: 6, column: 45, message: /\(it has no indexes\)$/ },
        { messageId: 'unknownInList', line: 7, column: 66, message: /in skipsIndexes/ },
      ],
    },
  ],
});
