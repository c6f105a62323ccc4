import { hotPartitionKeyRule } from '../../../src/lint/rules/hot-partition-key.js';
import { fixture, ruleTester, yaml } from '../rule-tester.js';

/** A table written at `rate` per second of 1 KB items, half of them to one key value. */
const writes = (rate: string): string =>
  `version: 1\ntables:\n  - name: Votes\n    partitionKey: { name: c, type: S }\n    itemBytes: 1KB\n    accessPatterns:\n      - { name: vote, operation: PutItem, rate: ${rate}, keys: { c: { values: [A, B] } } }\n`;

ruleTester(hotPartitionKeyRule, {
  valid: [
    { name: 'the valid fixture: sharded writes, spread reads', file: fixture('E3008', 'valid.yaml') },
    { name: 'exactly 1,000 WCU/s on the hottest value', spec: writes('2000/s') },
    { name: 'a key whose popularity is unknown', spec: 'version: 1\ntables:\n  - name: Votes\n    partitionKey: { name: c, type: S }\n    accessPatterns: [ { name: vote, operation: PutItem, rate: 100000/s } ]\n' },
  ],
  invalid: [
    {
      name: 'the invalid fixture',
      file: fixture('E3008', 'invalid.yaml'),
      errors: [
        { messageId: 'pattern', line: 16, column: 11, message: 'access pattern "castVote" puts 5,000 WCU/s at peak on the hottest value of partition key "candidate_id" of table "Votes" (50 % of its 10,000 WCU/s); one partition-key value is served by one partition, at most 1,000 WCU/s: shard the key 10 ways (write sharding)' },
        { messageId: 'pattern', line: 26, column: 11, message: /"viewProfile" puts 16,000 RCU\/s at peak .* at most 3,000 RCU\/s: cache the hot reads \(DAX\)/ },
      ],
    },
    {
      name: 'more shards than ddb-plan proposes (10,000): another design, not a longer suffix',
      spec: writes('10000002/s'),
      errors: [{ messageId: 'pattern', line: 7, column: 69, message: /puts 5,000,001 WCU\/s at peak .*: sharding alone cannot fix this key \(it would take 10,001 shards, more than the 10,000 ddb-plan proposes\): give it a different design, e\.g\. aggregate its writes before they reach DynamoDB$/ }],
    },
    { name: 'just over 1,000 WCU/s', spec: writes('2002/s'), errors: [{ messageId: 'pattern', line: 7, column: 65, message: /puts 1,001 WCU\/s/ }] },
    {
      name: 'too few shards',
      spec: writes('20000/s').replace('{ name: c, type: S }', '{ name: c, type: S, sharding: { count: 4 } }'),
      errors: [{ messageId: 'pattern', line: 7, column: 66, message: /puts 2,500 WCU\/s at peak .*, on one of its 4 shards\); .* 4 shards are not enough: shard it 20 ways/ }],
    },
    {
      name: 'one pattern over the limit alone: the patterns together are not reported again',
      spec: yaml`
        version: 1
        tables:
          - name: Counters
            partitionKey: { name: page, type: S }
            itemBytes: 1KB
            accessPatterns:
              - { name: view, operation: UpdateItem, rate: 2400/s, keys: { page: { values: [home] } } }
              - { name: like, operation: UpdateItem, rate: 600/s, keys: { page: { values: [home] } } }
      `,
      errors: [{ messageId: 'pattern', line: 7, column: 68, message: /^access pattern "view" puts 2,400 WCU\/s at peak/ }],
    },
    {
      name: 'two patterns below the limit alone, over it together',
      spec: yaml`
        version: 1
        tables:
          - name: Counters
            partitionKey: { name: page, type: S }
            itemBytes: 1KB
            accessPatterns:
              - { name: view, operation: UpdateItem, rate: 700/s, keys: { page: { values: [home] } } }
              - { name: like, operation: UpdateItem, rate: 600/s, keys: { page: { values: [home] } } }
      `,
      errors: [{ messageId: 'together', line: 4, column: 19, message: 'access patterns "view", "like" together put 1,300 WCU/s at peak on the hottest value of partition key "page" of table "Counters"; one partition serves at most 1,000 WCU/s: shard the key 3 ways (write sharding)' }],
    },
  ],
});
