import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import { ceilDiv, readBlocks, roundUpUnits, unitsPerSecond, writeBlocks } from '../../src/calculators/units.js';

describe('ceilDiv', () => {
  it.each([
    [0, 4096, 0],
    [1, 4096, 1],
    [4096, 4096, 1],
    [4097, 4096, 2],
    [Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER],
    // The float quotient of these rounds up to an integer; the exact remainder corrects it.
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 2],
  ])('ceil(%i / %i) = %i', (a, b, q) => {
    expect(ceilDiv(a, b)).toBe(q);
  });

  it('agrees with exact integer division for all safe operands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (a, b) => {
        const exact = (BigInt(a) + BigInt(b) - 1n) / BigInt(b);
        return BigInt(ceilDiv(a, b)) === exact;
      }),
    );
  });

  it.each([
    [-1, 4],
    [1, 0],
    [1.5, 2],
    [2 ** 53, 3],
  ])('refuses %p / %p', (a, b) => {
    expect(() => ceilDiv(a, b)).toThrow(RangeError);
  });
});

describe('readBlocks and writeBlocks (exact boundaries, DYNAMODB-RULES.md Units)', () => {
  it.each([
    [0, 1],
    [1, 1],
    [4095, 1],
    [4096, 1],
    [4097, 2],
    [8192, 2],
    [8193, 3],
    [409_600, 100],
  ])('a read of %i bytes is %i blocks of 4 KB', (bytes, blocks) => {
    expect(readBlocks(bytes)).toBe(blocks);
  });

  it.each([
    [0, 1],
    [1, 1],
    [1023, 1],
    [1024, 1],
    [1025, 2],
    [2048, 2],
    [4608, 5],
    [409_600, 400],
  ])('a write of %i bytes is %i blocks of 1 KB', (bytes, blocks) => {
    expect(writeBlocks(bytes)).toBe(blocks);
  });

  it('is exact at every multiple of 1,024 and 4,096 bytes and one byte past it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), (k) => {
        return writeBlocks(k * 1024) === k && writeBlocks(k * 1024 + 1) === k + 1 && readBlocks(k * 4096) === k && readBlocks(k * 4096 + 1) === k + 1;
      }),
    );
  });

  it('is monotonic in size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 2 ** 45 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return readBlocks(lo) <= readBlocks(hi) && writeBlocks(lo) <= writeBlocks(hi);
      }),
    );
  });

  it('rounds items separately to at least the rounding of their sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 409_600 }), { minLength: 1, maxLength: 100 }), (sizes) => {
        const total = sizes.reduce((a, b) => a + b, 0);
        const sum = (f: (n: number) => number): number => sizes.map(f).reduce((a, b) => a + b, 0);
        return sum(readBlocks) >= readBlocks(total) && sum(writeBlocks) >= writeBlocks(total);
      }),
    );
  });
});

describe('unitsPerSecond', () => {
  it('multiplies exactly and shows the product', () => {
    const r = unitsPerSecond(Fraction.of(5, 3), Fraction.of(3, 2), 'RCU', 'reads');
    expect(r.value.toString()).toBe('5/2');
    expect(r.steps).toEqual([{ what: 'RCU per second', how: '1.6667 reads/s × 1.5 RCU', result: '2.5 RCU' }]);
  });
});

describe('roundUpUnits', () => {
  it.each([
    [Fraction.of(45, 2), 0, 23, 'ceil(22.5 RCU)'],
    [Fraction.of(24), 0, 24, '24 RCU'],
    [Fraction.ZERO, 1, 1, 'max(1, 0 RCU)'],
    [Fraction.of(1, 3), 1, 1, 'max(1, ceil(0.3333 RCU))'],
    [Fraction.of(7, 2), 1, 4, 'max(1, ceil(3.5 RCU))'],
  ])('rounds %s with minimum %i to %i (%s)', (units, minimum, whole, how) => {
    const r = roundUpUnits(units, 'RCU', minimum);
    expect(r.value).toBe(whole);
    expect(r.steps[0]?.how).toBe(how);
  });
});
