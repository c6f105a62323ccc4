import { lintConfigurationRule } from '../../../src/lint/rules/lint-configuration.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(lintConfigurationRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('W0001', 'valid.yaml') },
    { name: 'an ignore comment for every rule', spec: 'version: 1\ntables:\n  # ddb-plan-ignore\n  - { name: Orders, partitionKey: { name: id, type: S } }\n' },
    { name: 'a file-wide ignore comment', spec: '# ddb-plan-ignore-file I9001, I9002 -- a scratch table\nversion: 1\ntables:\n  - { name: Orders, partitionKey: { name: id, type: S } }\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W0001', 'invalid.yaml'),
      errors: [
        { messageId: 'unknownIgnoredRule', line: 5, column: 42, message: 'the ignore comment names rule E9999, which ddb-plan does not have' },
        { messageId: 'malformedIgnore', line: 6, column: 32, message: 'the ignore comment has "because", "backups", "are", "elsewhere", which is not a rule ID such as W3002 (put a reason after " -- ")' },
        { messageId: 'unknownRule', line: 10, column: 5, message: 'the lint settings name rule W3999, which ddb-plan does not have; the setting is ignored' },
        { messageId: 'badOption', line: 11, column: 36, message: 'option "threshold" of rule W3002 is 2; expected 0.1 to 1; the setting is ignored' },
        { messageId: 'badOption', line: 12, column: 25, message: 'rule E1001 has no option "strict" (it takes no options); the setting is ignored' },
      ],
    },
  ],
});
