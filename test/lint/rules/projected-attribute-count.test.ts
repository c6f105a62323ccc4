import { projectedAttributeCountRule } from '../../../src/lint/rules/projected-attribute-count.js';
import { fixture, ruleTester } from '../rule-tester.js';

/** A spec with one table whose include indexes list `counts[i]` attributes each. */
function spec(counts: readonly number[]): string {
  const indexes = counts.map((n, i) => `      - { name: Idx${i}, partitionKey: { name: k${i}, type: S }, projection: include, include: [${Array.from({ length: n }, (_, j) => `i${i}_${j}`).join(', ')}] }`);
  return `version: 1\ntables:\n  - name: Products\n    partitionKey: { name: sku, type: S }\n    indexes:\n${indexes.join('\n')}\n`;
}

ruleTester(projectedAttributeCountRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('E1008', 'valid.yaml') },
    { name: 'exactly 100 over two indexes', spec: spec([50, 50]) },
  ],
  invalid: [
    {
      name: 'the invalid fixture (60 + 45)',
      file: fixture('E1008', 'invalid.yaml'),
      errors: [{ messageId: 'tooMany', line: 14, column: 18, message: 'table "Products" projects 105 INCLUDE attributes over its indexes; DynamoDB allows 100 in total (this index brings the sum past the limit)' }],
    },
    { name: '101 over three indexes, at the third', spec: spec([50, 50, 1]), errors: [{ messageId: 'tooMany', line: 8, column: 90, message: /projects 101 INCLUDE attributes/ }] },
  ],
});
