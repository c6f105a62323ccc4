import { readFileSync } from 'node:fs';
import { localIndexChangeRule } from '../../../src/lint/rules/local-index-change.js';
import { fixture, ruleTester } from '../rule-tester.js';

const baseline = readFileSync(fixture('E2002', 'baseline.yaml'), 'utf8');

ruleTester(localIndexChangeRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E2002', 'valid.yaml'), baseline },
    { name: 'no baseline: the rule does not run', file: fixture('E2002', 'invalid.yaml') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E2002', 'invalid.yaml'),
      baseline,
      errors: [
        { messageId: 'removed', line: 7, column: 5, message: 'local index "ByTotal" of table "Orders" is removed; local indexes cannot be deleted, so the table would be re-created (empty)' },
        { messageId: 'changed', line: 8, column: 9, message: 'local index "ByDate" of table "Orders": its projection changes from keys-only to all; a local index cannot be changed, so the table would be re-created (empty)' },
        { messageId: 'added', line: 12, column: 9, message: /local index "BySku" of table "Orders" is new/ },
      ],
    },
    {
      name: 'a local sort key changes',
      spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: customer_id, type: S }\n    sortKey: { name: order_id, type: S }\n    indexes:\n      - { name: ByDate, type: local, sortKey: { name: created_at, type: S }, projection: keys-only }\n      - { name: ByTotal, type: local, sortKey: { name: total, type: N } }\n',
      baseline,
      errors: [{ messageId: 'changed', line: 7, column: 9, message: /its sort key changes from "created_at" \(N\) to "created_at" \(S\)/ }],
    },
  ],
});
