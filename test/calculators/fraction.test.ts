import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import { InputError } from '../../src/errors.js';

/** Fractions with small numerators and non-zero denominators, enough to exercise reduction and signs. */
const fraction = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }).filter((d) => d !== 0n)).map(([n, d]) => Fraction.of(n, d));

const same = (a: Fraction, b: Fraction): boolean => a.compare(b) === 0 && a.num === b.num && a.den === b.den;

describe('Fraction', () => {
  it('keeps lowest terms with a positive denominator', () => {
    const f = Fraction.of(6, -4);
    expect([f.num, f.den]).toEqual([-3n, 2n]);
    expect(Fraction.of(0, -7).toString()).toBe('0');
    expect(Fraction.of(10, 5).isInteger()).toBe(true);
  });

  it('refuses a zero denominator and division by zero', () => {
    expect(() => Fraction.of(1, 0)).toThrow(RangeError);
    expect(() => Fraction.ONE.div(0)).toThrow(RangeError);
    expect(() => Fraction.of(1.5)).toThrow(RangeError);
  });

  it.each([
    ['12', '12'],
    ['2.5', '5/2'],
    ['0.1', '1/10'],
    ['1e6', '1000000'],
    ['1.5e-3', '3/2000'],
    ['-0.25', '-1/4'],
    ['.5', '1/2'],
    ['007', '7'],
    ['+3', '3'],
  ])('parses the decimal %s exactly as %s', (text, expected) => {
    expect(Fraction.parseDecimal(text)?.toString()).toBe(expected);
  });

  it.each(['', 'abc', '1..2', '1e', 'NaN', 'Infinity', '0x10', '1/2'])('does not parse %j', (text) => {
    expect(Fraction.parseDecimal(text)).toBeUndefined();
  });

  it('refuses exponents beyond 400 as out of range instead of building huge integers', () => {
    expect(() => Fraction.parseDecimal('1e401')).toThrow(new InputError('number 1e401 is out of range'));
    expect(Fraction.parseDecimal('1e400')?.num).toBe(10n ** 400n);
  });

  it.each([
    [Fraction.of(7, 2), 4n, 3n],
    [Fraction.of(-7, 2), -3n, -4n],
    [Fraction.of(6, 3), 2n, 2n],
    [Fraction.of(-6, 3), -2n, -2n],
    [Fraction.of(1, 1_000_000), 1n, 0n],
    [Fraction.ZERO, 0n, 0n],
  ])('rounds %s up to %s and down to %s', (f, ceil, floor) => {
    expect(f.ceil()).toBe(ceil);
    expect(f.floor()).toBe(floor);
  });

  it.each([
    [Fraction.of(11, 2), 4, '5.5'],
    [Fraction.of(1, 3), 4, '0.3333'],
    [Fraction.of(2, 3), 4, '0.6667'],
    [Fraction.of(-1, 8), 2, '-0.13'],
    [Fraction.of(-1, 1000), 2, '0'],
    [Fraction.of(5, 6), 0, '1'],
  ])('formats %s with %i decimals as %s', (f, decimals, text) => {
    expect(f.toDecimalString(decimals)).toBe(text);
  });

  it('says whether a decimal rendering is exact', () => {
    expect(Fraction.of(11, 2).isExactDecimal(1)).toBe(true);
    expect(Fraction.of(1, 3).isExactDecimal(4)).toBe(false);
    expect(Fraction.of(1, 8).isExactDecimal(2)).toBe(false);
    expect(Fraction.of(1, 8).isExactDecimal(3)).toBe(true);
  });

  it('converts to the nearest double, also for parts beyond 2^53', () => {
    expect(Fraction.of(45, 2).toNumber()).toBe(22.5);
    expect(Fraction.of(10n ** 30n, 4n).toNumber()).toBe(2.5e29);
    expect(Fraction.of(10n ** 20n + 1n, 10n ** 20n).toNumber()).toBe(1);
    expect(Fraction.of(1n, 10n ** 20n).toNumber()).toBe(1e-20);
    expect(Fraction.of(-2n, 3n * 10n ** 30n).toNumber()).toBe(Number('-6.6666666666666666666666e-31'));
    expect(Fraction.of(10n ** 40n, 3n).toNumber()).toBe(Number('3.33333333333333333333333e39'));
  });

  describe('arithmetic laws (properties)', () => {
    it('addition and multiplication are commutative and associative', () => {
      fc.assert(
        fc.property(fraction, fraction, fraction, (a, b, c) => {
          return same(a.add(b), b.add(a)) && same(a.mul(b), b.mul(a)) && same(a.add(b).add(c), a.add(b.add(c))) && same(a.mul(b).mul(c), a.mul(b.mul(c)));
        }),
      );
    });

    it('multiplication distributes over addition', () => {
      fc.assert(fc.property(fraction, fraction, fraction, (a, b, c) => same(a.mul(b.add(c)), a.mul(b).add(a.mul(c)))));
    });

    it('zero and one are identities; subtraction and division invert addition and multiplication', () => {
      fc.assert(
        fc.property(fraction, fraction, (a, b) => {
          const back = same(a.add(b).sub(b), a) && same(a.add(Fraction.ZERO), a) && same(a.mul(Fraction.ONE), a);
          return b.isZero() ? back : back && same(a.mul(b).div(b), a);
        }),
      );
    });

    it('orders consistently with subtraction, and ceil/floor bracket the value', () => {
      fc.assert(
        fc.property(fraction, fraction, (a, b) => {
          const d = a.sub(b);
          const sign = d.isZero() ? 0 : d.num > 0n ? 1 : -1;
          const c = Fraction.of(a.ceil());
          const f = Fraction.of(a.floor());
          return a.compare(b) === sign && c.compare(a) >= 0 && c.sub(a).compare(1) < 0 && f.compare(a) <= 0 && a.sub(f).compare(1) < 0;
        }),
      );
    });

    it('parses every decimal it prints exactly', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }), (n, decimals) => {
          const f = Fraction.of(n, 10n ** BigInt(decimals));
          const parsed = Fraction.parseDecimal(f.toDecimalString(8));
          return parsed !== undefined && same(parsed, f);
        }),
      );
    });
  });
});
