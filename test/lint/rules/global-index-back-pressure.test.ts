import { globalIndexBackPressureRule } from '../../../src/lint/rules/global-index-back-pressure.js';
import { fixture, ruleTester, yaml } from '../rule-tester.js';

ruleTester(globalIndexBackPressureRule, {
  valid: [
    { name: 'the valid fixture: auto scaling up to the writes', file: fixture('W3009', 'valid.yaml') },
    {
      name: 'writes that skip the sparse index',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            capacity: { read: 10, write: 500 }
            partitionKey: { name: id, type: S }
            indexes: [ { name: Flagged, partitionKey: { name: flag, type: S }, capacity: { read: 1, write: 1 } } ]
            accessPatterns: [ { name: put, operation: PutItem, rate: 400/s, skipsIndexes: [Flagged] } ]
      `,
    },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W3009', 'invalid.yaml'),
      errors: [{ messageId: 'belowLoad', line: 15, column: 19, message: 'global index "ByStatus" of table "Orders" receives 700 WCU/s at peak from the table\'s writes ("placeOrder", "advanceStatus"), but has 100 WCU; when it throttles, the table\'s writes throttle too' }],
    },
    {
      name: 'no write patterns: the table\'s write capacity stands in',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            capacity: { read: 10, write: 500 }
            partitionKey: { name: id, type: S }
            indexes: [ { name: ByStatus, partitionKey: { name: status, type: S }, capacity: { read: 5, write: 50 } } ]
      `,
      errors: [{ messageId: 'belowTable', line: 6, column: 85, message: 'global index "ByStatus" of table "Orders" has 50 WCU, less than the table\'s 500 WCU; unless the index is sparse, writes at the table\'s capacity would throttle the index, and with it the table' }],
    },
    {
      name: 'an on-demand index capped below its writes',
      spec: yaml`
        version: 1
        tables:
          - name: Orders
            partitionKey: { name: id, type: S }
            indexes:
              - name: ByStatus
                partitionKey: { name: status, type: S }
                maxThroughput: { write: 10 }
            accessPatterns: [ { name: put, operation: PutItem, rate: 20/s } ]
      `,
      errors: [{ messageId: 'belowLoad', line: 8, column: 24, message: /receives 20 WCU\/s .* but has a maximum on-demand throughput of 10 WRU\/s/ }],
    },
  ],
});
