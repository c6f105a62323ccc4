import { ttlAttributeTypeRule } from '../../../src/lint/rules/ttl-attribute-type.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(ttlAttributeTypeRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1012', 'valid.yaml') },
    { name: 'a TTL attribute the spec does not describe', spec: 'version: 1\ntables:\n  - name: Sessions\n    partitionKey: { name: id, type: S }\n    ttl: expires_at\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1012', 'invalid.yaml'),
      errors: [{ messageId: 'notNumber', line: 9, column: 10, message: 'time to live of table "Sessions" uses attribute "expires_at", declared as S on line 8; TTL only acts on a Number of epoch seconds, so no item would expire' }],
    },
    { name: 'a template TTL on a string attribute', file: 'fixtures/cloudformation/bad-ttl-on-string-attribute.yaml', errors: [{ messageId: 'notNumber', line: 32, column: 24, message: /attribute "expiresAt", declared as S on line 17/ }] },
    {
      name: 'the long form, at its attribute',
      spec: 'version: 1\ntables:\n  - name: Sessions\n    partitionKey: { name: id, type: S }\n    attributes: { exp: BOOL }\n    ttl: { attribute: exp, enabled: true }\n',
      errors: [{ messageId: 'notNumber', line: 6, column: 23, message: /declared as BOOL on line 5/ }],
    },
  ],
});
