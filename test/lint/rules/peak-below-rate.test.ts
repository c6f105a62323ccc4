import { peakBelowRateRule } from '../../../src/lint/rules/peak-below-rate.js';
import { fixture, ruleTester } from '../rule-tester.js';

const pattern = (rate: string, peak: string): string => `version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: get, operation: GetItem, rate: ${rate}, peak: ${peak} } ]\n`;

ruleTester(peakBelowRateRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('W1016', 'valid.yaml') },
    { name: 'a peak equal to the rate in other units', spec: pattern('1/s', '60/min') },
  ],
  invalid: [
    { name: 'the invalid fixture', file: fixture('W1016', 'invalid.yaml'), errors: [{ messageId: 'peakBelowRate', line: 10, column: 15, message: 'peak of access pattern "getOrder" in table "Orders" is 10/s, below its average rate of 200/s; check the units' }] },
    { name: 'a peak a little below', spec: pattern('100/min', '1.6'), errors: [{ messageId: 'peakBelowRate', line: 5, column: 77, message: /is 1.6\/s, below its average rate of 1.6667\/s/ }] },
  ],
});
