import { readFileSync } from 'node:fs';
import { globalIndexKeyChangeRule } from '../../../src/lint/rules/global-index-key-change.js';
import { fixture, ruleTester } from '../rule-tester.js';

const baseline = readFileSync(fixture('W2004', 'baseline.yaml'), 'utf8');

ruleTester(globalIndexKeyChangeRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('W2004', 'valid.yaml'), baseline },
    { name: 'no baseline: the rule does not run', file: fixture('W2004', 'invalid.yaml') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W2004', 'invalid.yaml'),
      baseline,
      errors: [
        { messageId: 'changed', line: 17, column: 18, message: 'sort key of global index "ByStatus" of table "Orders" changes from "created_at" (N) to "updated_at" (N); the index would be deleted and rebuilt, and cannot be queried while it backfills' },
        { messageId: 'changed', line: 19, column: 23, message: /partition key of global index "ByStore" of table "Orders" changes from "store_id" \(S\) to "store_id" \(N\)/ },
      ],
    },
  ],
});
