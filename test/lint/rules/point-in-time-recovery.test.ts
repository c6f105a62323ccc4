import { pointInTimeRecoveryRule } from '../../../src/lint/rules/point-in-time-recovery.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(pointInTimeRecoveryRule, {
  valid: [{ name: 'the valid fixture', file: fixture('I9001', 'valid.yaml') }],
  invalid: [
    {
      name: 'the invalid fixture: written off, and off by default',
      file: fixture('I9001', 'invalid.yaml'),
      errors: [
        { messageId: 'off', line: 6, column: 5, message: 'point-in-time recovery of table "Orders" is off; turn it on to restore the table to any second of the last 35 days' },
        { messageId: 'off', line: 8, column: 5, message: /table "Carts"/ },
      ],
    },
  ],
});
