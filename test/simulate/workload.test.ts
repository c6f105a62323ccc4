import { expectedArrivals, nextArrivalMs, type ArrivalPhase } from '../../src/simulate/arrivals.js';
import { keySampler } from '../../src/simulate/key-sampler.js';
import { RandomStreams } from '../../src/simulate/random.js';
import { attemptUnits, emptyReadUnits } from '../../src/simulate/request-units.js';

function arrivals(phase: ArrivalPhase, seed = 1): number[] {
  const rng = new RandomStreams(seed).stream('arrivals:0');
  const out: number[] = [];
  let t = nextArrivalMs(phase, phase.startMs, rng);
  while (t < Infinity) {
    out.push(t);
    t = nextArrivalMs(phase, t, rng);
  }
  return out;
}

describe('arrivals', () => {
  it('spaces evenly spaced arrivals at 1/rate', () => {
    const times = arrivals({ startMs: 0, endMs: 1000, fromPerSecond: 10, toPerSecond: 10, process: 'uniform' });
    expect(times.map((t) => Math.round(t))).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900]);
  });

  it('inverts a linear ramp exactly: 0 → 10/s over 10 s puts arrival k at √(2k) s', () => {
    const times = arrivals({ startMs: 0, endMs: 10_000, fromPerSecond: 0, toPerSecond: 10, process: 'uniform' });
    expect(times.slice(0, 3).map((t) => t / 1000)).toEqual([Math.sqrt(2), Math.sqrt(4), Math.sqrt(6)].map((x) => expect.closeTo(x, 9)));
    // ∫ rate = 50: arrivals k = 1..49 (the 50th falls at exactly 10 s, the end).
    expect(times).toHaveLength(49);
    expect(expectedArrivals({ startMs: 0, endMs: 10_000, fromPerSecond: 0, toPerSecond: 10, process: 'uniform' })).toBe(50);
  });

  it('draws Poisson arrivals with the right count and a decreasing ramp that ends', () => {
    const n = arrivals({ startMs: 0, endMs: 100_000, fromPerSecond: 1000, toPerSecond: 1000, process: 'poisson' }).length;
    // Mean 100,000, standard deviation 316: 5 of them.
    expect(Math.abs(n - 100_000)).toBeLessThan(1580);
    const down = arrivals({ startMs: 0, endMs: 100_000, fromPerSecond: 1000, toPerSecond: 0, process: 'poisson' }).length;
    expect(Math.abs(down - 50_000)).toBeLessThan(1120);
  });
});

describe('key popularity samplers', () => {
  const counts = (kind: Parameters<typeof keySampler>[0], n: number, seed = 3): Map<number, number> => {
    const s = keySampler(kind);
    const rng = new RandomStreams(seed).stream('keys:0');
    const m = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = s.sample(rng);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return m;
  };

  it('samples zipf(1) over 10 keys with P(k) = (1/k) / H(10)', () => {
    const n = 200_000;
    const c = counts({ kind: 'zipf', cardinality: 10, exponent: 1 }, n);
    const h10 = 7381 / 2520; // 1 + 1/2 + … + 1/10
    for (let k = 1; k <= 10; k++) {
      const p = 1 / k / h10;
      const sd = Math.sqrt((n * p * (1 - p)));
      expect(Math.abs((c.get(k - 1) ?? 0) - n * p)).toBeLessThan(5 * sd);
    }
    expect([...c.keys()].every((k) => k >= 0 && k < 10)).toBe(true);
  });

  it('samples zipf(2) over 10^12 keys without allocating per key: key 0 takes 1/ζ(2) = 6/π²', () => {
    const n = 100_000;
    const c = counts({ kind: 'zipf', cardinality: 1e12, exponent: 2 }, n);
    expect(Math.abs((c.get(0) ?? 0) / n - 6 / Math.PI ** 2)).toBeLessThan(0.008);
    expect(Math.max(...c.keys())).toBeLessThan(1e12);
    expect(keySampler({ kind: 'zipf', cardinality: 1e12, exponent: 2 }).hottest(1)[0]?.share).toBeCloseTo(6 / Math.PI ** 2, 6);
  });

  it('gives the hot key its share and spreads the rest uniformly', () => {
    const n = 100_000;
    const c = counts({ kind: 'hot', cardinality: 100, hotShare: 0.3 }, n);
    expect(Math.abs((c.get(0) ?? 0) / n - 0.3)).toBeLessThan(0.008);
    expect(c.size).toBe(100);
    expect(keySampler({ kind: 'hot', cardinality: 100, hotShare: 0.3 }).hottest(2)).toEqual([
      { id: 0, share: 0.3 },
      { id: 1, share: 0.7 / 99 },
    ]);
  });

  it('follows explicit weights and names its keys', () => {
    const n = 100_000;
    const spec = { kind: 'weights' as const, values: ['A', 'B'], weights: [0.7, 0.3] };
    const c = counts(spec, n);
    expect(Math.abs((c.get(0) ?? 0) / n - 0.7)).toBeLessThan(0.008);
    expect(keySampler(spec).name(1)).toBe('B');
    expect(keySampler(spec).hottest(5)).toEqual([
      { id: 0, share: 0.7 },
      { id: 1, share: 0.3 },
    ]);
  });

  it('samples uniform keys over 10^12 values', () => {
    const c = counts({ kind: 'uniform', cardinality: 1e12 }, 10_000);
    expect(c.size).toBe(10_000); // collisions are vanishingly rare
    expect(Math.max(...c.keys())).toBeLessThan(1e12);
  });
});

describe('request units (DYNAMODB-RULES.md §2, §3)', () => {
  it('charges writes per started 1 KB and reads per started 4 KB by consistency', () => {
    expect(attemptUnits('write', 1024, 'eventual')).toBe(1);
    expect(attemptUnits('PutItem', 1025, 'eventual')).toBe(2);
    expect(attemptUnits('UpdateItem', 2560, 'eventual')).toBe(3);
    expect(attemptUnits('TransactWriteItems', 1024, 'eventual')).toBe(2);
    expect(attemptUnits('GetItem', 4096, 'eventual')).toBe(0.5);
    expect(attemptUnits('GetItem', 20 * 1024, 'strong')).toBe(5);
    expect(attemptUnits('TransactGetItems', 4096, 'eventual')).toBe(2);
    // A Query sums its items before rounding: 10 × 4 KB = 40 KB → 10 blocks, 5 RCU eventually consistent.
    expect(attemptUnits('Query', 4096, 'eventual', 10)).toBe(5);
    expect(attemptUnits('Query', 64, 'strong', 1500)).toBe(24);
    expect(emptyReadUnits('GetItem', 'strong')).toBe(1);
    expect(emptyReadUnits('Query', 'eventual')).toBe(0.5);
  });
});
