import { autoscalingRangeRule } from '../../../src/lint/rules/autoscaling-range.js';
import { fixture, ruleTester } from '../rule-tester.js';

const policy = (text: string): string => `version: 1\ntables:\n  - name: Votes\n    autoscaling: ${text}\n    partitionKey: { name: id, type: S }\n`;

ruleTester(autoscalingRangeRule, {
  valid: [
    { name: 'the valid fixture (20 % and 90 % are allowed)', file: fixture('E1011', 'valid.yaml') },
    { name: 'the default target of 70 %', spec: policy('{ min: 1, max: 1 }') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E1011', 'invalid.yaml'),
      errors: [
        { messageId: 'targetOutOfRange', line: 7, column: 42, message: 'auto scaling target of table "Votes" (reads) is 95 %; DynamoDB tracks targets from 20 % to 90 %' },
        { messageId: 'minBelowOne', line: 8, column: 21, message: 'auto scaling of table "Votes" (writes) has min 0; provisioned capacity is at least 1 unit' },
        { messageId: 'targetOutOfRange', line: 8, column: 42, message: /\(writes\) is 10 %/ },
        { messageId: 'minAboveMax', line: 14, column: 29, message: 'auto scaling of global index "ByCandidate" of table "Votes" (reads and writes) has min 200 above max 100' },
      ],
    },
    { name: 'just under 20 %', spec: policy('{ min: 1, max: 10, target: 19.5% }'), errors: [{ messageId: 'targetOutOfRange', line: 4, column: 45, message: /is 19.5 %/ }] },
    { name: 'just over 90 %', spec: policy('{ min: 1, max: 10, target: 0.901 }'), errors: [{ messageId: 'targetOutOfRange', line: 4, column: 45, message: /is 90.1 %/ }] },
  ],
});
