import { readFileSync } from 'node:fs';
import { globalIndexRemovedRule } from '../../../src/lint/rules/global-index-removed.js';
import { fixture, ruleTester } from '../rule-tester.js';

const baseline = readFileSync(fixture('W2003', 'baseline.yaml'), 'utf8');

ruleTester(globalIndexRemovedRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('W2003', 'valid.yaml'), baseline },
    { name: 'no baseline: the rule does not run', file: fixture('W2003', 'invalid.yaml') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W2003', 'invalid.yaml'),
      baseline,
      errors: [{ messageId: 'removed', line: 7, column: 5, message: 'global index "ByStore" of table "Orders" is removed; queries that read it will fail, and re-creating it backfills the whole table' }],
    },
    {
      name: 'every index removed: each at the table',
      spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: customer_id, type: S }\n    sortKey: { name: order_id, type: S }\n',
      baseline,
      errors: [
        { messageId: 'removed', line: 3, column: 5, message: /"ByStatus"/ },
        { messageId: 'removed', line: 3, column: 5, message: /"ByStore"/ },
      ],
    },
  ],
});
