import { itemCollectionSizeRule } from '../../../src/lint/rules/item-collection-size.js';
import { fixture, ruleTester } from '../rule-tester.js';

const collection = (items: number): string =>
  `version: 1\ntables:\n  - name: Events\n    partitionKey: { name: t, type: S }\n    sortKey: { name: e, type: S }\n    itemBytes: 924\n    maxItemsPerPartitionKey: ${items}\n    indexes: [ { name: ByType, type: local, sortKey: { name: ty, type: S }, itemBytes: 900 } ]\n`;

// Each item takes 924 + 100 bytes and its index entry 900 + 100: 2,024 bytes with overheads.
ruleTester(itemCollectionSizeRule, {
  valid: [
    { name: 'the valid fixture', file: fixture('W3010', 'valid.yaml') },
    { name: 'a collection of 10 GB or just under', spec: collection(Math.floor((10 * 1024 ** 3) / 2024)) },
    { name: 'no local index', spec: collection(100_000_000).replace(/ {4}indexes:.*\n/, '') },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('W3010', 'invalid.yaml'),
      errors: [{ messageId: 'over', line: 8, column: 30, message: 'the largest item collection of table "Events" holds 20,000,000 items of about 729 bytes each (local index entries and storage overhead included), 13.58 GB (14,580,000,000 bytes) in all, over the 10 GB (10,737,418,240 bytes) a table with local indexes allows; writes to it would fail' }],
    },
    { name: 'one item over 10 GB', spec: collection(Math.floor((10 * 1024 ** 3) / 2024) + 1), errors: [{ messageId: 'over', line: 7, column: 30, message: /holds 5,305,049 items of about 2,024 bytes each .*, 10 GB \(10,737,419,176 bytes\) in all/ }] },
  ],
});
