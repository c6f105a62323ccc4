import { attributeDefinitionsRule } from '../../../src/lint/rules/attribute-definitions.js';
import { fixture, ruleTester } from '../rule-tester.js';

const cfn = (name: string): string => `fixtures/cloudformation/${name}`;

ruleTester(attributeDefinitionsRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1002', 'valid.yaml') },
    { name: 'a multi-table stack', file: cfn('multi-table.yaml') },
    { name: 'a SAM application', file: cfn('sam-app.yaml') },
    { name: 'a global table', file: cfn('global-table.yaml') },
    { name: 'a JSON template', file: cfn('inventory.json') },
    { name: 'a spec, whose attributes describe the whole item', spec: 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    attributes: { id: S, total: N }\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1002', 'invalid.yaml'),
      errors: [
        { messageId: 'unused', line: 12, column: 11, message: 'attribute definition "total" of table "orders" is used by no key of the table or its indexes; define key attributes only' },
        { messageId: 'missing', line: 20, column: 30, message: 'key attribute "customerId" of table "orders" is not in AttributeDefinitions' },
      ],
    },
    { name: 'a template without the GSI key definition', file: cfn('bad-attribute-definition-missing.yaml'), errors: [{ messageId: 'missing', line: 21, column: 30, message: /key attribute "status" of table "support-tickets"/ }] },
    { name: 'a template with an unused definition', file: cfn('bad-unused-attribute-definition.yaml'), errors: [{ messageId: 'unused', line: 15, column: 11, message: /attribute definition "email" of table "users"/ }] },
  ],
});
