import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import { parseRate } from '../../src/calculators/rate.js';
import { InputError } from '../../src/errors.js';

describe('parseRate', () => {
  it.each([
    ['10', '10'],
    ['10/s', '10'],
    ['2.5/s', '5/2'],
    ['120/min', '2'],
    ['100/min', '5/3'],
    ['3600/h', '1'],
    ['86400/day', '1'],
    ['1,000/s', '1000'],
    ['0', '0'],
    ['1e3', '1000'],
    ['7 / minute', '7/60'],
  ])('parses %s as exactly %s per second', (text, perSecond) => {
    expect(parseRate(text).value.toString()).toBe(perSecond);
  });

  it('explains a conversion and says when the decimal is not exact', () => {
    expect(parseRate('120/min').steps).toEqual([{ what: 'Rate 120/min', how: '120 ÷ 60 s', result: '2/s' }]);
    expect(parseRate('100/min').steps[0]?.result).toBe('1.6667/s (exactly 5/3)');
    expect(parseRate('16').steps).toEqual([{ what: 'Rate', result: '16/s' }]);
  });

  it.each([
    ['-5', 'invalid rate "-5": a rate cannot be negative'],
    ['abc', 'invalid rate "abc": expected a number per second such as 10, 10/s, 120/min or 3600/h'],
    ['10/fortnight', 'invalid rate "10/fortnight": unknown period "/fortnight" (use /s, /min, /h or /day)'],
    ['1e400', 'invalid rate "1e400": above 1,000,000,000 per second'],
    ['1e401', 'number 1e401 is out of range'],
    ['', 'invalid rate "": expected a number per second such as 10, 10/s, 120/min or 3600/h'],
  ])('rejects %j', (text, message) => {
    expect(() => parseRate(text)).toThrow(new InputError(message));
  });

  it('parses n/min as exactly n/60 per second, and n/h as n/3,600', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000_000_000 }), (n) => {
        return parseRate(`${n}/min`).value.compare(Fraction.of(n, 60)) === 0 && parseRate(`${n}/h`).value.compare(Fraction.of(n, 3600)) === 0;
      }),
    );
  });
});
