import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import { HOT_KEY_SAFE_FRACTION, hotKeyRisk } from '../../src/calculators/hot-key-risk.js';
import { fmtShare, generalizedHarmonic, HARMONIC_EXACT_TERMS, hotKeyShareAssumption, hottestKeyShare } from '../../src/calculators/hot-key-share.js';
import { MAX_RECOMMENDED_SHARDS, queryReadShardCount, shardedPointReadUnits, shardedQueryReadUnits, shardingCannotFix, writeShardCount } from '../../src/calculators/hot-key-shards.js';
import { indexStorageBytes, itemCollectionStorageBytes, tableStorageBytes } from '../../src/calculators/storage-bytes.js';
import { InputError } from '../../src/errors.js';
import { thrown } from '../helpers/thrown.js';

/** Σ k^−s for k = 1..n, smallest term first: the reference the expansion is checked against. */
function directSum(n: number, s: number): number {
  let sum = 0;
  for (let k = n; k >= 1; k--) sum += k ** -s;
  return sum;
}

describe('generalizedHarmonic H(N, s)', () => {
  it.each([
    [1, 1, 1],
    [2, 1, 1.5],
    // 1 + 1/2 + … + 1/10 = 7381/2520
    [10, 1, 7381 / 2520],
    // 1 + 1/4 + 1/9 = 49/36
    [3, 2, 49 / 36],
  ])('H(%i, %d) = %d, summed term by term', (n, s, h) => {
    expect(generalizedHarmonic(n, s)).toBeCloseTo(h, 15);
  });

  it('matches known values far beyond the exact terms', () => {
    // H_1,000,000 = 14.392726722865723631… (harmonic number, s = 1)
    expect(generalizedHarmonic(1_000_000, 1)).toBeCloseTo(14.392726722865723, 12);
    // H(10^12, 2) = π²/6 − 1/10^12 + 1/(2·10^24) − … = 1.644934066847482…
    expect(generalizedHarmonic(1e12, 2)).toBeCloseTo(Math.PI ** 2 / 6 - 1e-12, 14);
    // H(10^12, 1) = ln(10^12) + γ + 1/(2·10^12) − … = 28.20583915…
    expect(generalizedHarmonic(1e12, 1)).toBeCloseTo(12 * Math.log(10) + 0.5772156649015329 + 5e-13, 11);
  });

  it.each([0.5, 0.8, 0.99, 1, 1.01, 1.1, 1.5, 2, 3, 7])('agrees with the exact sum to 1e-13 relative beyond %d … (s = %d)', (s) => {
    for (const n of [HARMONIC_EXACT_TERMS + 1, HARMONIC_EXACT_TERMS + 2, 20_000, 123_457, 1_000_000]) {
      const exact = directSum(n, s);
      expect(Math.abs(generalizedHarmonic(n, s) - exact) / exact).toBeLessThan(1e-13);
    }
  });

  it('joins the exact sum without a step at the last exact term', () => {
    const n = HARMONIC_EXACT_TERMS;
    expect(generalizedHarmonic(n + 1, 1.2) - generalizedHarmonic(n, 1.2)).toBeCloseTo((n + 1) ** -1.2, 15);
  });

  it('refuses N outside 1..10^12 and s ≤ 0', () => {
    expect(() => generalizedHarmonic(0, 1)).toThrow(RangeError);
    expect(() => generalizedHarmonic(1e13, 1)).toThrow(RangeError);
    expect(() => generalizedHarmonic(10, 0)).toThrow(RangeError);
  });
});

describe('hottestKeyShare', () => {
  it.each([
    ['uniform over 4', { kind: 'uniform', cardinality: 4 } as const, '1/4', '25 %'],
    ['uniform over 25,000,000', { kind: 'uniform', cardinality: 25_000_000 } as const, '1/25000000', '1 in 25,000,000'],
    ['values A, B', { kind: 'weights', values: ['A', 'B'], weights: [1, 1] } as const, '1/2', '50 %'],
    ['weights 0.7 / 0.3', { kind: 'weights', values: ['A', 'B'], weights: [0.7, 0.3] } as const, '7/10', '70 %'],
    ['weights 0.6 / 0.3 / 0.1', { kind: 'weights', values: ['P', 'Q', 'R'], weights: [0.6, 0.3, 0.1] } as const, '3/5', '60 %'],
    ['weights 3 / 1 (not adding up to 1)', { kind: 'weights', values: ['A', 'B'], weights: [3, 1] } as const, '3/4', '75 %'],
    ['hot 30 % of 5,000', { kind: 'hot', cardinality: 5000, hotShare: 0.3 } as const, '3/10', '30 %'],
    // (1 − 0.1) / 2 = 0.45 per other value beats the hot value's 0.1
    ['hot 10 % of 3', { kind: 'hot', cardinality: 3, hotShare: 0.1 } as const, '9/20', '45 %'],
    ['hot 10 % of 1', { kind: 'hot', cardinality: 1, hotShare: 0.1 } as const, '1', '100 %'],
  ])('%s → %s (%s)', (_name, d, share, text) => {
    const r = hottestKeyShare(d);
    expect(r.value.share.toString()).toBe(share);
    expect(r.value.exact).toBe(true);
    expect(fmtShare(r.value.share)).toBe(text);
    // The assumption every share rests on, printed by every --explain that uses one.
    expect(r.steps.at(-1)).toEqual(hotKeyShareAssumption());
  });

  it('names the hottest of weighted values', () => {
    expect(hottestKeyShare({ kind: 'weights', values: ['en', 'fr', 'de'], weights: [5, 2, 1] }).value.value).toBe('en');
  });

  it('gives zipf rank 1 the share 1/H(N, s)', () => {
    // N = 10, s = 1: 1 / (7381/2520) = 2520/7381 = 0.341417…
    const r = hottestKeyShare({ kind: 'zipf', cardinality: 10, exponent: 1 });
    expect(r.value.exact).toBe(false);
    expect(r.value.share.toNumber()).toBeCloseTo(2520 / 7381, 15);
    expect(r.steps.map((s) => s.result)).toEqual(['2.928968254', '34.14 %', hotKeyShareAssumption().result]);
  });

  it('refuses weights that add up to zero', () => {
    const e = thrown(() => hottestKeyShare({ kind: 'weights', values: ['A'], weights: [0] }));
    expect(e).toBeInstanceOf(InputError);
    expect([(e as InputError).message, (e as InputError).location.path]).toEqual(['key weights add up to zero: at least one value must have a weight above 0', '/weights']);
  });

  const zipf = (cardinality: number, exponent: number): number => hottestKeyShare({ kind: 'zipf', cardinality, exponent }).value.share.toNumber();

  it('zipf: the share decreases as N grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0.3, max: 4, noNaN: true }), (n, more, s) => {
        const m = Math.min(1e12, n + more);
        // Far out, one more value can add less than a double resolves: never an increase, though.
        const strict = n < 1e6 && s <= 3;
        return strict ? zipf(m, s) < zipf(n, s) : zipf(m, s) <= zipf(n, s);
      }),
      { numRuns: 200 },
    );
  });

  it('zipf: the share increases with s (for N ≥ 2)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1e12 }), fc.double({ min: 0.1, max: 5, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }), (n, s, more) => zipf(n, s + more) > zipf(n, s)),
      { numRuns: 200 },
    );
  });

  it('uniform: the share is exactly 1/N and the smallest of any form over N values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.double({ min: 0.1, max: 3, noNaN: true }), (n, s) => {
        const u = hottestKeyShare({ kind: 'uniform', cardinality: n }).value.share;
        return u.compare(Fraction.of(1, n)) === 0 && zipf(n, s) >= u.toNumber() * (1 - 1e-12);
      }),
    );
  });
});

describe('hotKeyRisk (ok up to half the ceiling, warning up to the ceiling, critical above)', () => {
  it.each([
    ['write', '500', 'ok'],
    ['write', '500.001', 'warning'],
    ['write', '1000', 'warning'],
    ['write', '1000.001', 'critical'],
    ['read', '1500', 'ok'],
    ['read', '1501', 'warning'],
    ['read', '3000', 'warning'],
    ['read', '3001', 'critical'],
    ['write', '0', 'ok'],
  ] as const)('%s %s units/s → %s', (direction, units, risk) => {
    const r = hotKeyRisk(Fraction.parseDecimal(units) as Fraction, direction);
    expect(r.value.risk).toBe(risk);
    expect(r.value.limit).toBe(direction === 'read' ? 3000 : 1000);
  });

  it('shows the share of the ceiling', () => {
    expect(hotKeyRisk(Fraction.of(5000), 'write').steps[0]).toMatchObject({ how: '5,000 WCU/s ÷ 1,000 WCU/s', result: '500 % (critical: above the 1,000 WCU ceiling)' });
  });
});

describe('write shards', () => {
  it.each([
    // ceil(units ÷ 500)
    ['5000', 10],
    ['500', 1],
    ['501', 2],
    ['0', 1],
    ['2500.5', 6],
  ])('%s WCU/s on the hottest key → %i shards', (units, shards) => {
    expect(writeShardCount(Fraction.parseDecimal(units) as Fraction).value).toBe(shards);
  });

  it('says when the count is more than ddb-plan proposes (10,000): sharding alone cannot fix the key', () => {
    const at = (units: number): string[] => writeShardCount(Fraction.of(units)).steps.filter((s) => s.assumption !== true).map((s) => `${s.what}: ${s.result}`);
    expect(at(5_000_000)).toEqual(['Write shards: 10,000 shards']);
    expect(at(5_000_001)).toEqual([
      'Write shards: 10,001 shards',
      'Write sharding: sharding alone cannot fix this key (it would take 10,001 shards, more than the 10,000 ddb-plan proposes): give it a different design, e.g. aggregate its writes before they reach DynamoDB',
    ]);
    expect([shardingCannotFix(MAX_RECOMMENDED_SHARDS), shardingCannotFix(MAX_RECOMMENDED_SHARDS + 1)?.slice(0, 36)]).toEqual([undefined, 'sharding alone cannot fix this key (']);
  });

  it('brings the hottest key under half the ceiling, with no shard to spare', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 1000 }), (num, den) => {
        const units = Fraction.of(num, den);
        const n = writeShardCount(units).value;
        const safe = HOT_KEY_SAFE_FRACTION.mul(1000);
        const under = units.div(n).compare(safe) <= 0;
        const minimal = n === 1 || units.div(n - 1).compare(safe) > 0;
        return under && minimal && hotKeyRisk(units.div(n), 'write').value.risk === 'ok';
      }),
    );
  });
});

describe('query read shards', () => {
  it('finds the fewest shards whose queries stay under half of 3,000 RCU', () => {
    // 1,000 reads/s × 0.5 RCU per block: at most floor(1,500 ÷ 500) = 3 blocks per shard query;
    // 40,960 B ÷ (3 × 4,096 B) = 3.33 → 4 shards (each reads 10,240 B = 3 blocks → 1,500 RCU/s).
    const r = queryReadShardCount({ readsPerSecond: Fraction.of(1000), bytesRead: 40_960, consistency: 'eventual' });
    expect(r.value).toBe(4);
    const at = (n: number): Fraction => shardedQueryReadUnits({ shards: n, bytesRead: 40_960, consistency: 'eventual' }).value.unitsPerRead.div(n).mul(1000);
    expect(at(4).toString()).toBe('1500');
    expect(at(3).toString()).toBe('2000');
  });

  it('gives up when one block per shard is already too much: a cache is the answer', () => {
    // 4,000 strongly consistent reads/s cost 4,000 RCU/s on every shard, whatever N.
    expect(queryReadShardCount({ readsPerSecond: Fraction.of(4000), bytesRead: 1000, consistency: 'strong' }).value).toBeNull();
  });
});

describe('scatter-gather reads', () => {
  it.each([
    // shards, bytes, consistency, units per read, unsharded
    [10, 40_960, 'eventual', '5', '5'], // 10 queries of 4,096 B = 1 block each × 0.5
    [10, 1000, 'eventual', '5', '1/2'], // 10 queries of 100 B, each still 1 block
    [4, 40_960, 'strong', '12', '10'], // 4 queries of 10,240 B = 3 blocks each × 1
  ] as const)('%i shards, %i B, %s → %s RCU (unsharded %s)', (shards, bytes, consistency, units, unsharded) => {
    const r = shardedQueryReadUnits({ shards, bytesRead: bytes, consistency });
    expect(r.value.unitsPerRead.toString()).toBe(units);
    expect(r.value.unshardedUnitsPerRead.toString()).toBe(unsharded);
    expect(r.value.requestsPerRead).toBe(shards);
  });

  it('point reads: a random suffix tries every shard; a calculated one reads one', () => {
    // Random, 10 shards, one 1 KB item, eventual: (1 block + 9 × 1 block) × 0.5 = 5 RCU.
    expect(shardedPointReadUnits({ shards: 10, suffix: 'random', items: 1, itemBytes: 1024, consistency: 'eventual' }).value).toMatchObject({ requestsPerRead: 10 });
    expect(shardedPointReadUnits({ shards: 10, suffix: 'random', items: 1, itemBytes: 1024, consistency: 'eventual' }).value.unitsPerRead.toString()).toBe('5');
    // Random, 4 shards, 2 items of 6 KB, strong: 2 × (2 + 3) × 1 = 10 RCU.
    expect(shardedPointReadUnits({ shards: 4, suffix: 'random', items: 2, itemBytes: 6144, consistency: 'strong' }).value.unitsPerRead.toString()).toBe('10');
    const calculated = shardedPointReadUnits({ shards: 10, suffix: 'calculated', items: 1, itemBytes: 1024, consistency: 'eventual' }).value;
    expect([calculated.unitsPerRead.toString(), calculated.requestsPerRead]).toEqual(['1/2', 1]);
  });
});

describe('storage bytes', () => {
  it('adds 100 bytes per item, 48 more in a global table, 100 per index entry', () => {
    expect(tableStorageBytes({ itemCount: 1000, itemBytes: 200 }).value).toBe(300_000);
    expect(tableStorageBytes({ itemCount: 1000, itemBytes: 200, globalTable: true }).value).toBe(348_000);
    expect(indexStorageBytes({ indexName: 'ByVoter', entryCount: 10, entryBytes: 50 }).value).toBe(1500);
  });

  it('sizes an item collection: each item and each of its LSI entries with 100 bytes of overhead', () => {
    const r = itemCollectionStorageBytes({ items: 2000, itemBytes: 1583, localIndexes: [{ name: 'ByTotal', entryBytes: 65 }] });
    expect(r.value).toBe(2000 * (1583 + 100 + 65 + 100));
    expect(r.steps[0]?.how).toBe('2,000 items × (1,583 B + 100 B + ByTotal 65 B + 100 B)');
    expect(itemCollectionStorageBytes({ items: 3, itemBytes: 10, localIndexes: [] }).value).toBe(330);
  });
});
