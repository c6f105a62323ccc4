import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import { parsePriceTable } from '../../src/calculators/price-table.js';
import { quickCapacity, type QuickCapacityInput } from '../../src/calculators/quick-capacity.js';
import { InputError } from '../../src/errors.js';
import { thrown } from '../helpers/thrown.js';

const PRICES = parsePriceTable(JSON.parse(readFileSync('data/prices.json', 'utf8')));
const KB = 1024;

/** A quick question from defaults plus overrides: provisioned, Standard table class, nothing asked yet. */
function aQuestion(overrides: Partial<QuickCapacityInput>): QuickCapacityInput {
  return { mode: 'provisioned', tableClass: 'standard', ...overrides };
}

const reads = (rate: number, bytes: number, consistency: 'strong' | 'eventual' | 'transactional' = 'eventual'): QuickCapacityInput['reads'] => ({
  ratePerSecond: Fraction.of(rate),
  call: { items: [{ count: 1, bytes }], consistency },
});
const writes = (rate: number, bytes: number, transactional = false): QuickCapacityInput['writes'] => ({
  ratePerSecond: Fraction.of(rate),
  call: { items: [{ count: 1, bytes }], transactional },
});

describe('quickCapacity', () => {
  it.each<[string, Partial<QuickCapacityInput>, string, string, { rcu: number; wcu: number }]>([
    ['10 writes/s of 2 KB', { writes: writes(10, 2 * KB) }, '0', '20', { rcu: 1, wcu: 20 }],
    ['6 writes/s of 4.5 KB', { writes: writes(6, 4608) }, '0', '30', { rcu: 1, wcu: 30 }],
    ['120 writes/min of 2 KB', { writes: { ratePerSecond: Fraction.of(2), call: { items: [{ count: 1, bytes: 2 * KB }] } } }, '0', '4', { rcu: 1, wcu: 4 }],
    ['10 strongly consistent reads/s of 4 KB', { reads: reads(10, 4 * KB, 'strong') }, '10', '0', { rcu: 10, wcu: 1 }],
    ['16 eventually consistent reads/s of 12 KB', { reads: reads(16, 12 * KB) }, '24', '0', { rcu: 24, wcu: 1 }],
    ['15 eventually consistent reads/s of 12 KB', { reads: reads(15, 12 * KB) }, '45/2', '0', { rcu: 23, wcu: 1 }],
    ['10 strongly consistent reads/s of 6 KB', { reads: reads(10, 6 * KB, 'strong') }, '20', '0', { rcu: 20, wcu: 1 }],
    ['10 transactional writes/s of 1.5 KB', { writes: writes(10, 1536, true) }, '0', '40', { rcu: 1, wcu: 40 }],
  ])('%s: rcu %s, wcu %s, provisioned %j', (_name, question, rcu, wcu, provisioned) => {
    const r = quickCapacity(aQuestion(question), PRICES);
    expect(r.rcu.toString()).toBe(rcu);
    expect(r.wcu.toString()).toBe(wcu);
    expect({ rcu: r.provisioned.rcu, wcu: r.provisioned.wcu }).toEqual(provisioned);
    expect(r.globalIndex).toBeNull();
  });

  it('puts global index reads on the index, and provisions the table and the index at least 1 unit each', () => {
    const r = quickCapacity(
      aQuestion({ reads: { ratePerSecond: Fraction.of(20), call: { operation: 'Query', index: 'global', items: [{ count: 25, bytes: 200 }], consistency: 'eventual' } } }),
      PRICES,
    );
    expect(r.table.rcu.toString()).toBe('0');
    // 25 × 200 B = 5,000 B → 2 blocks → 1 RCU eventually consistent, 20 calls/s → 20 RCU.
    expect(r.globalIndex?.rcu.toString()).toBe('20');
    expect(r.rcu.toString()).toBe('20');
    expect(r.provisioned).toEqual({ rcu: 21, wcu: 2, table: { rcu: 1, wcu: 1 }, globalIndex: { rcu: 20, wcu: 1 } });
    expect(r.explanations[0]?.answer).toBe('20 RCU on the global secondary index');
  });

  it('adds global index writes to the index and local index writes to the table', () => {
    const call = (kind: 'global' | 'local') => ({ operation: 'UpdateItem' as const, items: [{ count: 1, bytes: 2 * KB }], index: { kind, change: 'key-change' as const, entryBytes: 300 } });
    const gsi = quickCapacity(aQuestion({ writes: { ratePerSecond: Fraction.of(100), call: call('global') } }), PRICES);
    expect([gsi.table.wcu, gsi.globalIndex?.wcu, gsi.wcu].map(String)).toEqual(['200', '200', '400']);
    expect(gsi.writes?.index?.writesPerCall.toString()).toBe('2');
    // A key change deletes the old entry and puts the new one: 2 index writes per call, 100 calls/s.
    expect(gsi.writes?.index?.writesPerSecond.toString()).toBe('200');
    expect(gsi.provisioned.globalIndex).toEqual({ rcu: 1, wcu: 200 });
    const lsi = quickCapacity(aQuestion({ writes: { ratePerSecond: Fraction.of(100), call: call('local') } }), PRICES);
    expect([lsi.table.wcu, lsi.wcu].map(String)).toEqual(['400', '400']);
    expect(lsi.globalIndex).toBeNull();
    expect(lsi.provisioned).toEqual({ rcu: 1, wcu: 400, table: { rcu: 1, wcu: 400 }, globalIndex: null });
  });

  it('names request units in on-demand mode and prices a million calls', () => {
    const r = quickCapacity(aQuestion({ mode: 'on-demand', reads: reads(1000, 8 * KB) }), PRICES);
    expect(r.explanations[0]?.answer).toBe('1,000 RRU');
    expect(r.explanations[0]?.steps.some((s) => /\bRCU\b/.test(`${s.what} ${s.how ?? ''} ${s.result} ${s.rule ?? ''}`))).toBe(false);
    expect(r.cost.onDemandPerMillionReadsUsd).toBeCloseTo(0.125, 12);
  });

  it('counts each 1 MB page of a Query as a request of its own', () => {
    // 3,000 items of 1 KB = 3,000 KB read per call: 3 pages of at most 1 MB, 5 calls/s → 15 requests/s.
    const r = quickCapacity(aQuestion({ reads: { ratePerSecond: Fraction.of(5), call: { operation: 'Query', items: [{ count: 3000, bytes: KB }], consistency: 'eventual' } } }), PRICES);
    expect([r.reads?.call.pages, r.reads?.requestsPerSecond.toString()]).toEqual([3, '15']);
    const single = quickCapacity(aQuestion({ reads: reads(7, KB) }), PRICES);
    expect(single.reads?.requestsPerSecond.toString()).toBe('7');
  });

  it.each<[string, Partial<QuickCapacityInput>, 'provisioned' | 'on-demand']>([
    // 1 write/s keeps a provisioned WCU busy all month, cheaper than paying per write.
    ['a steady write', { writes: writes(1, KB) }, 'provisioned'],
    // 1 write an hour: provisioned still pays for 1 WCU and 1 RCU all month.
    ['a write an hour', { writes: { ratePerSecond: Fraction.of(1, 3600), call: { items: [{ count: 1, bytes: KB }] } } }, 'on-demand'],
  ])('names the cheaper mode for %s: %s', (_name, question, cheaper) => {
    const r = quickCapacity(aQuestion(question), PRICES);
    expect(r.cost.cheaperMode).toBe(cheaper);
    expect(r.cost.provisionedMonthlyUsd <= r.cost.onDemandMonthlyUsd).toBe(cheaper === 'provisioned');
    expect(r.explanations.at(-1)?.answer).toBe(`${cheaper} is cheaper at this steady rate`);
  });

  it('prefixes the path of a refused input with the side it belongs to', () => {
    const e = thrown(() => quickCapacity(aQuestion({ reads: { ratePerSecond: Fraction.ONE, call: { operation: 'Query', index: 'global', items: [{ count: 1, bytes: 1 }], consistency: 'strong' } } }), PRICES));
    expect((e as InputError).location).toEqual({ path: '/reads/call/consistency' });
    expect(() => quickCapacity(aQuestion({}), PRICES)).toThrow(new InputError('give a read rate or a write rate, or both'));
  });

  it('is monotonic in the rate and the item size, and provisioned is the ceiling of the exact units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 * KB }), (n, per, bytes) => {
        const rate = Fraction.of(n, per);
        const q = (r: Fraction, b: number) => quickCapacity(aQuestion({ reads: { ratePerSecond: r, call: { items: [{ count: 1, bytes: b }], consistency: 'strong' } }, writes: { ratePerSecond: r, call: { items: [{ count: 1, bytes: b }] } } }), PRICES);
        const a = q(rate, bytes);
        const more = q(rate.add(1), bytes);
        const smaller = q(rate, Math.floor(bytes / 2));
        return (
          a.rcu.compare(more.rcu) <= 0 &&
          a.wcu.compare(more.wcu) <= 0 &&
          smaller.rcu.compare(a.rcu) <= 0 &&
          smaller.wcu.compare(a.wcu) <= 0 &&
          a.provisioned.rcu === Math.max(1, Number(a.rcu.ceil())) &&
          a.provisioned.wcu === Math.max(1, Number(a.wcu.ceil())) &&
          a.cost.provisionedMonthlyUsd <= more.cost.provisionedMonthlyUsd
        );
      }),
      { numRuns: 200 },
    );
  });
});
