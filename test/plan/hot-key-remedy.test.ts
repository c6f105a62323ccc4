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
