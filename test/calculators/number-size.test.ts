import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { numberBytes, numberIdentity, numberLayout, numberSize, parseNumberText } from '../../src/calculators/number-size.js';

describe('numberBytes (DYNAMODB-RULES.md §1, Number decision)', () => {
  it.each([
    // The decision's own examples.
    ['1', 2],
    ['10', 2],
    ['100', 2],
    ['123', 3],
    ['12345', 4],
    ['-1', 3],
    ['0.5', 2],
    ['1.5', 3],
    ['120', 3],
    ['12000', 3],
    ['0', 1],
    // Zero in every spelling is 1 byte, sign dropped.
    ['-0', 1],
    ['0.000', 1],
    ['0e99', 1],
    // Leading and trailing zeros never count; pairs align on the decimal point.
    ['007', 2],
    ['1.50', 3],
    ['0.05', 2],
    ['0.005', 2],
    ['0.0012', 2],
    ['0.00123', 3],
    ['1001', 3],
    ['10001', 4],
    ['1.2E+4', 3],
    ['12e3', 3],
    ['1e2', 2],
    ['+42', 2],
    ['-12.5', 4],
    // 38 significant digits: 19 pairs when aligned, 20 when not; never more than 21 bytes.
    ['12345678901234567890123456789012345678', 20],
    ['1234567890123456789012345678901234567.8', 21],
    ['-1234567890123456789012345678901234567.8', 21],
    ['-12345678901234567890123456789012345678', 21],
    // The range ends.
    ['1E-130', 2],
    // 9.99…E+125: 38 digits from 10^125 down to 10^88 fill pairs 62 … 44, 19 pairs.
    ['9.9999999999999999999999999999999999999E+125', 20],
  ])('%s takes %i bytes', (text, bytes) => {
    expect(numberBytes(text)).toBe(bytes);
  });

  it('works the rule through as its step', () => {
    expect(numberSize('120').steps).toEqual([
      {
        what: 'Number 120',
        how: 'significant digits 12 → digit pairs 01|20 → 2 pairs + 1',
        result: '3 B',
        rule: 'a Number drops its sign and its leading and trailing zeros, groups its digits in pairs aligned on the decimal point, drops 00 pairs at either end, and takes 1 byte per pair + 1, + 1 if negative (§1)',
      },
    ]);
  });

  it.each([
    ['0', 'zero'],
    ['-0.000', 'zero'],
    ['7', 'significant digit 7 → digit pairs 07 → 1 pair + 1'],
    ['12345', 'significant digits 12345 → digit pairs 01|23|45 → 3 pairs + 1'],
    // Trailing zeros: the pairs reach the decimal point again, and the 00 pairs at the end are dropped.
    ['100', 'significant digit 1 → digit pairs 01|00 → 00 at the end dropped → 1 pair + 1'],
    ['12000', 'significant digits 12 → digit pairs 01|20|00 → 00 at the end dropped → 2 pairs + 1'],
    ['1E+5', 'significant digit 1 → digit pairs 10|00|00 → 2 pairs of 00 at the end dropped → 1 pair + 1'],
    ['10001', 'significant digits 10001 → digit pairs 01|00|01 → 3 pairs + 1'],
    // Leading zeros of a fraction: the . is the decimal point.
    ['0.5', 'significant digit 5 → digit pairs .50 → 1 pair + 1'],
    ['0.012', 'significant digits 12 → digit pairs .01|20 → 2 pairs + 1'],
    ['0.0012', 'significant digits 12 → digit pairs .00|12 → 00 at the start dropped → 1 pair + 1'],
    ['1.5', 'significant digits 15 → digit pairs 01.50 → 2 pairs + 1'],
    ['0123.4560', 'significant digits 123456 → digit pairs 01|23.45|60 → 4 pairs + 1'],
    // A run of more than three 00 pairs is elided.
    ['1E-130', 'significant digit 1 → digit pairs .00|…|00|01 → 64 pairs of 00 at the start dropped → 1 pair + 1'],
    ['1.2E+7', 'significant digits 12 → digit pairs 12|00|00|00 → 3 pairs of 00 at the end dropped → 1 pair + 1'],
    ['1.2E+9', 'significant digits 12 → digit pairs 12|00|…|00 → 4 pairs of 00 at the end dropped → 1 pair + 1'],
    // The sign.
    ['-0.5', 'sign dropped, significant digit 5 → digit pairs .50 → 1 pair + 1 + 1 (negative)'],
    ['-12345678901234567890123456789012345678', 'sign dropped, significant digits 12345678901234567890123456789012345678 → digit pairs 12|34|56|78|90|12|34|56|78|90|12|34|56|78|90|12|34|56|78 → 19 pairs + 1 + 1 (negative)'],
    [
      '-1234567890123456789012345678901234567.8',
      'sign dropped, significant digits 12345678901234567890123456789012345678 → digit pairs 01|23|45|67|89|01|23|45|67|89|01|23|45|67|89|01|23|45|67.80 → 20 pairs + 1 (no byte for the sign: already at the 21-byte maximum)',
    ],
  ])('describes %s as "%s"', (text, how) => {
    expect(numberSize(text).steps[0]?.how).toBe(how);
  });

  it.each([
    ['', 'an empty string is not a number'],
    ['NaN', '"NaN" is not a number DynamoDB can store: numbers are finite decimals'],
    ['-Infinity', '"-Infinity" is not a number DynamoDB can store: numbers are finite decimals'],
    ['abc', '"abc" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23'],
    ['1,000', '"1,000" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23'],
    [' 1', '" 1" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23'],
    ['.', '"." is not a number: expected decimal digits such as 42, -1.5 or 6.02E23'],
    ['0x10', '"0x10" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23'],
    ['123456789012345678901234567890123456789', 'number has 39 significant digits; DynamoDB keeps at most 38'],
    ['1E+126', 'number 1E+126 is out of range: DynamoDB numbers lie between 1E-130 and 9.9999999999999999999999999999999999999E+125 in magnitude'],
    ['9.9E-131', 'number 9.9E-131 is out of range: DynamoDB numbers lie between 1E-130 and 9.9999999999999999999999999999999999999E+125 in magnitude'],
    ['1e99999999999999999999999', 'number 1e99999999999999999999999 is out of range: DynamoDB numbers lie between 1E-130 and 9.9999999999999999999999999999999999999E+125 in magnitude'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => numberBytes(text)).toThrow(new InputError(message));
  });

  it('counts 38 digits with zeros around them as 38 significant digits', () => {
    // Digits at 10^40 … 10^3: pairs 20 … 1, 20 pairs.
    expect(numberBytes(`000${'1'.repeat(38)}000`)).toBe(21);
    expect(parseNumberText(`0.${'0'.repeat(20)}${'7'.repeat(38)}`).digits).toBe('7'.repeat(38));
  });

  it('keeps equal numbers equal whatever their spelling', () => {
    const ids = ['1', '1.0', '10E-1', '+1', '0.1e1'].map((t) => numberIdentity(parseNumberText(t)));
    expect(new Set(ids).size).toBe(1);
    expect(numberIdentity(parseNumberText('-0'))).toBe(numberIdentity(parseNumberText('0')));
    expect(numberIdentity(parseNumberText('-1'))).not.toBe(numberIdentity(parseNumberText('1')));
  });
});

describe('numberBytes properties', () => {
  const digits = fc.stringMatching(/^[0-9]{1,38}$/);
  const numberText = fc.tuple(fc.boolean(), digits, fc.integer({ min: 0, max: 38 }), fc.integer({ min: -80, max: 80 })).map(([neg, ds, point, exp]) => {
    const at = Math.min(point, ds.length);
    const mantissa = at === ds.length ? ds : `${ds.slice(0, at)}.${ds.slice(at)}`;
    return `${neg ? '-' : ''}${mantissa}e${exp}`;
  });

  it('is between 1 and 21 bytes for every number DynamoDB accepts', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const b = numberBytes(text);
        return b >= 1 && b <= 21;
      }),
    );
  });

  it('is 1 byte more for a negative number below the 21-byte maximum, and equal at it', () => {
    fc.assert(
      fc.property(numberText.filter((t) => !t.startsWith('-')), (text) => {
        const pos = numberBytes(text);
        const neg = numberBytes(`-${text}`);
        if (pos === 1) return neg === 1; // zero has no sign
        return pos === 21 ? neg === 21 : neg === pos + 1;
      }),
    );
  });

  it('does not change when multiplied by 100 (the pairs shift whole)', () => {
    fc.assert(fc.property(numberText, (text) => numberBytes(text) === numberBytes(`${text.replace(/e(-?\d+)$/, (_m, e: string) => `e${Number(e) + 2}`)}`)));
  });

  it('grows by at most one pair per two more significant digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,35}[1-9]$/), (ds) => {
        const layout = numberLayout(parseNumberText(ds));
        return layout.pairs.length === Math.ceil(ds.length / 2) && layout.bytes === layout.pairs.length + 1;
      }),
    );
  });
});
