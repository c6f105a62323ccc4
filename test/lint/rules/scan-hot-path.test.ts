import { scanHotPathRule } from '../../../src/lint/rules/scan-hot-path.js';
import { fixture, ruleTester } from '../rule-tester.js';

const scan = (rate: string, extra = ''): string =>
  `version: 1\ntables:\n  - name: Logs\n    partitionKey: { name: id, type: S }\n    itemBytes: 1KB\n${extra}    accessPatterns: [ { name: sweep, operation: Scan, rate: ${rate} } ]\n`;

ruleTester(scanHotPathRule, {
  valid: [
    { name: 'the valid fixture: a Query, and a nightly Scan', file: fixture('W3006', 'valid.yaml') },
    { name: 'exactly once an hour', spec: scan('1/h') },
    { name: 'under a raised threshold', spec: `${scan('10/h')}lint:\n  rules:\n    W3006: { options: { maxPerHour: 12 } }\n` },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W3006', 'invalid.yaml'),
      errors: [{ messageId: 'hot', line: 13, column: 20, message: 'access pattern "productsInCategory" scans table "Products" 7,200 times an hour, consuming 4,834 RCU/s; a Scan reads every item, so query a key or an index instead' }],
    },
    {
      name: 'twice an hour over 8,000 items of 1 KB, with a peak',
      spec: scan('2/h', '    itemCount: 8000\n').replace('rate: 2/h', 'rate: 2/h, peak: 1/min'),
      errors: [{ messageId: 'hot', line: 7, column: 49, message: /2 times an hour, consuming 0.56 RCU\/s on average and 16.67 RCU\/s at peak;/ }],
    },
    {
      name: 'a table without itemCount: only the returned items are counted',
      spec: scan('1/s'),
      errors: [{ messageId: 'hot', line: 6, column: 49, message: /consuming 0.5 RCU\/s \(only the items it returns: give the itemCount to count the whole table\)/ }],
    },
  ],
});
