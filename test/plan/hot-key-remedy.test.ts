import { plan } from '../../src/plan/plan.js';
import { aSpec, aTable, parsed } from '../helpers/spec-builders.js';
import { PRICES } from './helpers.js';

/** The hot-key finding of puts at `rate` per second of a 38 B item (1 WCU), half of them on one id value. */
function putsAt(rate: number): { remedy: string; recommendedShards: number; recommendedSuffix: string | undefined; advice: string } {
  const table = aTable({ accessPatterns: [{ name: 'put', operation: 'PutItem', rate, keys: { id: { values: ['a', 'b'] } } }] });
  const f = plan(parsed(aSpec([table])), PRICES).tables[0]?.hotKeys[0];
  if (!f) throw new Error('no hot-key finding');
  return { remedy: f.remedy, recommendedShards: f.recommendedShards, recommendedSuffix: f.recommendedSuffix, advice: f.advice };
}

describe('the remedy of a hot write key, at the most shards ddb-plan proposes (MAX_RECOMMENDED_SHARDS)', () => {
  it('shards a key that needs 10,000 shards: 5,000,000 WCU/s ÷ 500 WCU/s a shard', () => {
    expect(putsAt(10_000_000)).toEqual({
      remedy: 'write-sharding',
      recommendedShards: 10_000,
      recommendedSuffix: 'random',
      advice: 'shard id into 10,000 values with a random suffix 1..N, as no point read needs to find one item',
    });
  });

  it('says a key that needs 10,001 shards (5,000,001 WCU/s) needs another design, and keeps its shard count', () => {
    expect(putsAt(10_000_002)).toEqual({
      remedy: 'redesign',
      recommendedShards: 1,
      recommendedSuffix: undefined,
      advice: 'id: sharding alone cannot fix this key (it would take 10,001 shards, more than the 10,000 ddb-plan proposes): give it a different design, e.g. aggregate its writes before they reach DynamoDB',
    });
  });
});

describe('what the recommended shards do to the reads of the key', () => {
  /** One hot value `a` of a key sharded `shards` ways (random suffix): 350 puts/s of 4,097 B items (5 WCU each, 1,750 WCU/s: 4 shards), and a Query of 3 such items. */
  function adviceWith(shards: number, itemsPerCall: number): string | undefined {
    const table = aTable({
      partitionKey: { name: 'id', type: 'S', sharding: { count: shards, suffix: 'random' } },
      sortKey: { name: 'n', type: 'N' },
      itemBytes: 4097,
      accessPatterns: [
        { name: 'put', operation: 'PutItem', rate: 350, keys: { id: { values: ['a'] } } },
        { name: 'list', operation: 'Query', rate: 10, itemsPerCall, keys: { id: { values: ['a'] } } },
      ],
    });
    return plan(parsed(aSpec([table])), PRICES).tables[0]?.hotKeys.find((f) => f.accessPattern === 'put')?.advice;
  }

  it('a Query whose shard queries together read the blocks it reads today costs no more', () => {
    // 3 items, 12,291 B: 4 blocks of 4 KB unsharded; 4 shard queries of 3,073 B read 1 block each.
    expect(adviceWith(1, 3)).toBe('shard id into 4 values with a random suffix 1..N, as no point read needs to find one item; list makes 4 requests per read but no more RCU (the shard queries together read as many 4 KB blocks as today)');
  });

  it('a Query whose shard queries each round up more costs the RCU they add', () => {
    // 4 items, 16,388 B: 5 blocks (2.5 RCU) unsharded; 4 shard queries of 4,097 B read 2 blocks each, 8 (4 RCU): 10/s × 1.5 RCU.
    expect(adviceWith(1, 4)).toBe('shard id into 4 values with a random suffix 1..N, as no point read needs to find one item; list makes 4 requests per read, +15 RCU/s on average');
  });

  it('more shards of a key already sharded can read fewer blocks: 3 queries of 4,097 B (6 blocks) become 4 of 3,073 B (4 blocks)', () => {
    expect(adviceWith(3, 3)).toBe('shard id into 4 values with a random suffix 1..N, as no point read needs to find one item; list makes 4 requests per read, fewer RCU than today (3 → 2 RCU per read)');
  });
});
