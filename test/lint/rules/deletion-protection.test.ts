import { deletionProtectionRule } from '../../../src/lint/rules/deletion-protection.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(deletionProtectionRule, {
  valid: [{ name: 'the valid fixture', file: fixture('I9002', 'valid.yaml') }],
  invalid: [
    {
      name: 'the invalid fixture: written off, and off by default',
      file: fixture('I9002', 'invalid.yaml'),
      errors: [
        { messageId: 'off', line: 7, column: 5, message: 'deletion protection of table "Orders" is off; turn it on so that the table cannot be deleted by mistake' },
        { messageId: 'off', line: 8, column: 5, message: /table "Carts"/ },
      ],
    },
  ],
});
