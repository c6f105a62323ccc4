import { billingCapacityRule } from '../../../src/lint/rules/billing-capacity.js';
import { fixture, ruleTester, yaml } from '../rule-tester.js';

ruleTester(billingCapacityRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1010', 'valid.yaml') },
    { name: 'auto scaling alone sets a provisioned table\'s capacity', spec: 'version: 1\ntables:\n  - name: Votes\n    autoscaling: { min: 5, max: 50 }\n    partitionKey: { name: id, type: S }\n' },
    { name: 'a template with auto scaling resources', file: 'fixtures/cloudformation/orders-autoscaling.yaml' },
    { name: 'on demand by default', spec: 'version: 1\ntables:\n  - name: Votes\n    partitionKey: { name: id, type: S }\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1010', 'invalid.yaml'),
      errors: [
        { messageId: 'noCapacity', line: 6, column: 15, message: 'provisioned table "Orders" has no write capacity; it needs at least 1 write capacity unit (or auto scaling)' },
        { messageId: 'zeroCapacity', line: 11, column: 27, message: 'read capacity of global index "ByStatus" of table "Orders" is 0; provisioned capacity is at least 1 unit' },
        { messageId: 'noCapacity', line: 12, column: 9, message: /global index "ByCustomer" of table "Orders" has no read capacity/ },
        { messageId: 'noCapacity', line: 12, column: 9, message: /has no write capacity/ },
        { messageId: 'onDemandCapacity', line: 16, column: 5 },
        { messageId: 'onDemandAutoscaling', line: 21, column: 9 },
      ],
    },
    { name: 'a PAY_PER_REQUEST template with ProvisionedThroughput', file: 'fixtures/cloudformation/bad-pay-per-request-with-provisioned-throughput.yaml', errors: [{ messageId: 'onDemandCapacity', line: 17, column: 7, message: /table "events-prod" is billed on demand/ }] },
    {
      name: 'a provisioned table without capacity, at its billing mode',
      spec: yaml`
        version: 1
        tables:
          - name: Votes
            billing: provisioned
            partitionKey: { name: id, type: S }
      `,
      errors: [
        { messageId: 'noCapacity', line: 4, column: 14, message: /no read capacity/ },
        { messageId: 'noCapacity', line: 4, column: 14, message: /no write capacity/ },
      ],
    },
    {
      name: 'capacity on a local index and a maximum throughput on a provisioned table',
      spec: yaml`
        version: 1
        tables:
          - name: Votes
            capacity: { read: 5, write: 5 }
            maxThroughput: { read: 10 }
            partitionKey: { name: id, type: S }
            sortKey: { name: ts, type: N }
            indexes:
              - { name: ByUser, type: local, sortKey: user, capacity: { read: 1, write: 1 } }
      `,
      errors: [
        { messageId: 'provisionedMaxThroughput', line: 5, column: 5 },
        { messageId: 'localCapacity', line: 9, column: 53, message: /local index "ByUser" of table "Votes" gives capacity/ },
      ],
    },
  ],
});
