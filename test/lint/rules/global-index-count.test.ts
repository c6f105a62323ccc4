import { globalIndexCountRule } from '../../../src/lint/rules/global-index-count.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(globalIndexCountRule, {
  valid: [{ name: 'twenty global indexes', file: fixture('W1007', 'valid.yaml') }],
  invalid: [
    {
      name: 'twenty-two global indexes: the two past the quota',
      file: fixture('W1007', 'invalid.yaml'),
      errors: [
        { messageId: 'overQuota', line: 27, column: 9, message: 'table "Catalog" has 21 global indexes; the default quota is 20 per table (request an increase before deploying)' },
        { messageId: 'overQuota', line: 28, column: 9, message: /has 22 global indexes/ },
      ],
    },
    { name: 'a template with 21 global indexes', file: 'fixtures/cloudformation/bad-21-gsis.yaml', errors: [{ messageId: 'overQuota', line: 182, column: 11, message: /table "catalog" has 21 global indexes/ }] },
  ],
});
