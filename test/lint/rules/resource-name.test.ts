import { resourceNameRule } from '../../../src/lint/rules/resource-name.js';
import { fixture, ruleTester } from '../rule-tester.js';

const table = (name: string): string => `version: 1\ntables:\n  - name: ${JSON.stringify(name)}\n    partitionKey: { name: id, type: S }\n`;

ruleTester(resourceNameRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1003', 'valid.yaml') },
    { name: 'exactly 3 characters', spec: table('abc') },
    { name: 'exactly 255 characters', spec: table('a'.repeat(255)) },
    { name: 'dots, hyphens and underscores', spec: table('prod.orders-v2_eu') },
    { name: 'a template that leaves the name to CloudFormation (logical ID T)', spec: 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema: [ { AttributeName: id, KeyType: HASH } ]\n      AttributeDefinitions: [ { AttributeName: id, AttributeType: S } ]\n', as: 'stack.yaml' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1003', 'invalid.yaml'),
      errors: [
        { messageId: 'tableName', line: 4, column: 11, message: 'table name "Customer Orders" contains space; only A-Z, a-z, 0-9, "_", "-" and "." are allowed' },
        { messageId: 'indexName', line: 7, column: 15, message: 'name of global index "By" of table "Customer Orders" is 2 characters long; at least 3 are needed' },
        { messageId: 'indexName', line: 9, column: 15, message: /contains "\/"/ },
      ],
    },
    { name: 'a template index name', file: 'fixtures/cloudformation/bad-invalid-index-name.yaml', errors: [{ messageId: 'indexName', line: 20, column: 22, message: /global index "by" of table "articles" is 2 characters long/ }] },
    { name: 'a template table name', file: 'fixtures/cloudformation/bad-invalid-table-name.yaml', errors: [{ messageId: 'tableName', line: 9, column: 18, message: /table name "product reviews" contains space/ }] },
    { name: '256 characters', spec: table('a'.repeat(256)), errors: [{ messageId: 'tableName', line: 3, column: 11, message: /is 256 characters long; at most 255/ }] },
    { name: 'two characters', spec: table('ab'), errors: [{ messageId: 'tableName', line: 3, column: 11 }] },
    { name: 'a non-ASCII letter', spec: table('Bestellungen-Größe'), errors: [{ messageId: 'tableName', line: 3, column: 11, message: /contains "ö", "ß"/ }] },
  ],
});
