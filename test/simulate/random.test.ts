import fc from 'fast-check';
import { fnv1a64, KeyHasher } from '../../src/simulate/hash.js';
import { RandomStreams } from '../../src/simulate/random.js';
import { mix64, mul64 } from '../../src/simulate/uint64.js';

const M64 = (1n << 64n) - 1n;
const big = (hi: number, lo: number): bigint => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);

/** splitmix64's finalizer in BigInt, the reference the 32-bit version must match. */
function mix64Reference(z: bigint): bigint {
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
  return z ^ (z >> 31n);
}

describe('64-bit arithmetic in 32-bit halves', () => {
  const u32 = fc.integer({ min: 0, max: 0xffffffff });

  it('multiplies modulo 2^64 exactly as BigInt does', () => {
    fc.assert(
      fc.property(u32, u32, u32, u32, (ah, al, bh, bl) => {
        const out = mul64(ah, al, bh, bl, { hi: 0, lo: 0 });
        expect(big(out.hi, out.lo)).toBe((big(ah, al) * big(bh, bl)) & M64);
      }),
    );
  });

  it('computes the splitmix64 finalizer exactly', () => {
    fc.assert(
      fc.property(u32, u32, (hi, lo) => {
        const out = mix64({ hi, lo });
        expect(big(out.hi, out.lo)).toBe(mix64Reference(big(hi, lo)));
      }),
    );
    // A published value: splitmix64 seeded with 0 outputs 0xe220a8397b1dcdaf first (state 0x9e3779b97f4a7c15).
    const first = mix64({ hi: 0x9e3779b9, lo: 0x7f4a7c15 });
    expect(big(first.hi, first.lo)).toBe(0xe220a8397b1dcdafn);
  });

  it('hashes strings with FNV-1a 64 (published test vectors)', () => {
    const h = (s: string): bigint => {
      const x = fnv1a64(s);
      return big(x.hi, x.lo);
    };
    expect(h('')).toBe(0xcbf29ce484222325n);
    expect(h('a')).toBe(0xaf63dc4c8601ec8cn);
    expect(h('foobar')).toBe(0x85944171f73967e8n);
  });
});

describe('random streams', () => {
  it('give the same sequence for the same seed and name, and another for another name or seed', () => {
    const draw = (seed: number, name: string): number[] => {
      const s = new RandomStreams(seed).stream(name);
      return Array.from({ length: 5 }, () => s.nextUint32());
    };
    expect(draw(42, 'arrivals:0')).toEqual(draw(42, 'arrivals:0'));
    expect(draw(42, 'arrivals:0')).not.toEqual(draw(42, 'arrivals:1'));
    expect(draw(42, 'arrivals:0')).not.toEqual(draw(43, 'arrivals:0'));
  });

  it('are independent of the order and amount drawn from other streams', () => {
    const a = new RandomStreams(7);
    const jitter = a.stream('jitter');
    for (let i = 0; i < 1000; i++) jitter.nextFloat();
    const keysA = a.stream('keys:0');
    const keysB = new RandomStreams(7).stream('keys:0');
    expect(Array.from({ length: 10 }, () => keysA.nextFloat())).toEqual(Array.from({ length: 10 }, () => keysB.nextFloat()));
  });

  it('draws floats in [0, 1) with the mean and variance of a uniform distribution', () => {
    const s = new RandomStreams(1).stream('test');
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const x = s.nextFloat();
      sum += x;
      sumSq += x * x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // Standard error of the mean is sqrt(1/12 / n) ≈ 0.00065; allow 5 of them.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.0033);
    expect(Math.abs(sumSq / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
  });

  it('draws exponentials with mean 1', () => {
    const s = new RandomStreams(2).stream('test');
    const n = 200_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += s.nextExponential();
    expect(Math.abs(sum / n - 1)).toBeLessThan(0.012);
  });

  it('refuses seeds that are not non-negative safe integers', () => {
    expect(() => new RandomStreams(-1)).toThrow(RangeError);
    expect(() => new RandomStreams(1.5)).toThrow(RangeError);
  });
});

describe('key hash', () => {
  it('spreads consecutive keys evenly over the key space', () => {
    const hasher = new KeyHasher(0x1234, 0x5678);
    const buckets = new Array<number>(10).fill(0);
    const out = { hi: 0, lo: 0 };
    const n = 100_000;
    let min = 1;
    let max = 0;
    for (let id = 0; id < n; id++) {
      const pos = hasher.position(hasher.generated(id, out), 0);
      min = Math.min(min, pos);
      max = Math.max(max, pos);
      const b = Math.floor(pos * 10);
      buckets[b] = (buckets[b] ?? 0) + 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // Each bucket expects 10,000 ± 95 (binomial); 5 standard deviations.
    for (const b of buckets) expect(Math.abs(b - n / 10)).toBeLessThan(475);
  });

  it('places shard keys independently of the unsuffixed key, and another salt is another layout', () => {
    const a = new KeyHasher(1, 2);
    const b = new KeyHasher(3, 4);
    const ha = a.named('candidate-A');
    const shards = Array.from({ length: 10 }, (_, i) => a.position(ha, i + 1));
    expect(new Set(shards).size).toBe(10);
    expect(shards).not.toContain(a.position(ha, 0));
    expect(b.position(b.named('candidate-A'), 0)).not.toBe(a.position(ha, 0));
    // Generated key #5 and the named key "5" are different keys.
    expect(a.position(a.generated(5, { hi: 0, lo: 0 }), 0)).not.toBe(a.position(a.named('5'), 0));
  });
});
