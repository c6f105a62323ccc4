import { readFileSync } from 'node:fs';
import { primaryKeyChangeRule } from '../../../src/lint/rules/primary-key-change.js';
import { fixture, ruleTester } from '../rule-tester.js';

const baseline = readFileSync(fixture('E2001', 'baseline.yaml'), 'utf8');
const table = (keys: string): string => `version: 1\ntables:\n  - name: Orders\n${keys}`;

ruleTester(primaryKeyChangeRule, {
  valid: [
    { name: 'the valid fixture: same key, new index and table', file: fixture('E2001', 'valid.yaml'), baseline },
    { name: 'no baseline: the rule does not run', file: fixture('E2001', 'invalid.yaml') },
    { name: 'a table the baseline does not have', spec: 'version: 1\ntables:\n  - { name: Invoices, partitionKey: { name: id, type: N } }\n', baseline },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E2001', 'invalid.yaml'),
      baseline,
      errors: [
        { messageId: 'changed', line: 5, column: 19, message: 'partition key of table "Orders" changes from "customer_id" (S) to "customer_id" (N); a key schema cannot be changed, so the table would be re-created (empty)' },
        { messageId: 'changed', line: 6, column: 14, message: /sort key of table "Orders" changes from "order_id" \(S\) to "placed_at" \(N\)/ },
      ],
    },
    {
      name: 'a sort key removed, at the partition key',
      spec: table('    partitionKey: { name: customer_id, type: S }\n'),
      baseline,
      errors: [{ messageId: 'changed', line: 4, column: 5, message: /sort key of table "Orders" changes from "order_id" \(S\) to none/ }],
    },
  ],
});
