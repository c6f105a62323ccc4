import { localIndexCountRule } from '../../../src/lint/rules/local-index-count.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(localIndexCountRule, {
  valid: [{ name: 'five local indexes and a global one', file: fixture('E1005', 'valid.yaml') }],
  invalid: [
    {
      name: 'six local indexes: the sixth is reported',
      file: fixture('E1005', 'invalid.yaml'),
      errors: [{ messageId: 'tooMany', line: 13, column: 9, message: 'table "Events" has 6 local indexes; DynamoDB allows at most 5 (this is index number 6)' }],
    },
    { name: 'a template with six local indexes', file: 'fixtures/cloudformation/bad-six-lsis.yaml', errors: [{ messageId: 'tooMany', line: 75, column: 11, message: /table "card-transactions" has 6 local indexes/ }] },
  ],
});
