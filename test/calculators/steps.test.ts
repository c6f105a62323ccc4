import { Fraction } from '../../src/calculators/fraction.js';
import { assume, fmt, fmtBytes, fmtUsd } from '../../src/calculators/steps.js';

describe('fmt', () => {
  it.each([
    [0, '0'],
    [1234567, '1,234,567'],
    [22.5, '22.5'],
    [0.1 + 0.2, '0.3'],
    [-1234.5, '-1,234.5'],
    [2 / 3, '0.6667'],
    [10n ** 21n, '1,000,000,000,000,000,000,000'],
    [Fraction.of(5, 3), '1.6667'],
    [Fraction.of(-45000, 2), '-22,500'],
  ])('formats %p as %s', (n, text) => {
    expect(fmt(n)).toBe(text);
  });

  it('honours the number of decimals', () => {
    expect(fmt(Fraction.of(1, 3), 2)).toBe('0.33');
    expect(fmt(28.888888, 1)).toBe('28.9');
  });

  it.each([
    // 240 WCU/s on 1 of 25,000,000 values: 0.0000096, which 4 decimals would print as 0.
    [Fraction.of(240, 25_000_000), 4, '0.0000096'],
    [240 / 25_000_000, 4, '0.0000096'],
    [Fraction.of(-240, 25_000_000), 4, '-0.0000096'],
    // 0.024 % of a ceiling with 1 decimal; two significant digits, rounded half up.
    [0.024, 1, '0.024'],
    [Fraction.of(1, 3000), 1, '0.00033'],
    [Fraction.of(1, 3), 0, '0.33'],
    // Past 12 decimals, a bound.
    [Fraction.of(1, 10n ** 13n), 4, '< 0.000000000001'],
    [-4e-13, 4, '> -0.000000000001'],
    [1e-12, 4, '0.000000000001'],
    [1.5e-12, 4, '0.000000000002'],
  ])('never prints nonzero %p as 0 (%i decimals): %s', (n, decimals, text) => {
    expect(fmt(n, decimals)).toBe(text);
  });

  it('keeps 0, and values the decimals show with two significant digits or from 1 up, as they were', () => {
    expect([fmt(0, 1), fmt(Fraction.ZERO), fmt(-0), fmt(0.0012), fmt(0.12, 2), fmt(3.3, 0), fmt(1.00004)]).toEqual(['0', '0', '0', '0.0012', '0.12', '3', '1']);
  });

  it.each<[number | Fraction, number, string]>([
    // One rounded digit would be off by up to half: 0.00005 printed as 0.0001 doubles it.
    [0.00012, 4, '0.00012'],
    [0.00005, 4, '0.00005'],
    [0.05, 1, '0.05'],
    [0.45, 1, '0.45'],
    [0.12, 1, '0.12'],
    [Fraction.of(1, 8000), 4, '0.00013'],
  ])('gives %p two significant digits where %i decimals would show one', (n, decimals, text) => {
    expect(fmt(n, decimals)).toBe(text);
  });
});

describe('fmtBytes', () => {
  it('groups thousands and adds the unit', () => {
    expect(fmtBytes(41_780)).toBe('41,780 B');
    expect(fmtBytes(0n)).toBe('0 B');
  });
});

describe('fmtUsd', () => {
  it.each([
    [0, '$0.00'],
    [14.235, '$14.24'],
    [59.2176, '$59.22'],
    [1234.5, '$1,234.50'],
    [0.5, '$0.50'],
    [0.00065, '$0.00065'],
    [0.00013, '$0.00013'],
    [0.125, '$0.125'],
    [0.0625, '$0.0625'],
    [-3.5, '-$3.50'],
  ])('formats %p as %s', (usd, text) => {
    expect(fmtUsd(usd)).toBe(text);
  });
});

describe('assume', () => {
  it('marks a step as an assumption, with its rule when given', () => {
    expect(assume('page boundaries fall on 4 KB')).toEqual({ what: 'Assumption', result: 'page boundaries fall on 4 KB', assumption: true });
    expect(assume('x', '§2')).toEqual({ what: 'Assumption', result: 'x', rule: '§2', assumption: true });
  });
});
