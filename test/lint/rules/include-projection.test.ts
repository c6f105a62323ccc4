import { includeProjectionRule } from '../../../src/lint/rules/include-projection.js';
import { fixture, ruleTester } from '../rule-tester.js';

ruleTester(includeProjectionRule, {
  valid: [{ name: 'the valid fixture', file: fixture('E1009', 'valid.yaml') }],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1009', 'invalid.yaml'),
      errors: [
        { messageId: 'emptyInclude', line: 9, column: 21, message: 'global index "ByCategory" of table "Products" has an include projection but names no attributes to include' },
        { messageId: 'includeWithoutInclude', line: 13, column: 9, message: /its projection is keys-only/ },
        { messageId: 'repeated', line: 17, column: 32, message: 'attribute "name" is listed twice in the include projection of global index "ByRating" of table "Products"' },
      ],
    },
    {
      name: 'an empty list with an include projection',
      spec: 'version: 1\ntables:\n  - name: Products\n    partitionKey: { name: sku, type: S }\n    indexes:\n      - { name: ByBrand, partitionKey: brand, projection: include, include: [] }\n',
      errors: [{ messageId: 'emptyInclude', line: 6, column: 59 }],
    },
  ],
});
