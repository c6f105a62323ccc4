import fc from 'fast-check';
import { describeBytes, fmtKilobytes, formatSize, parseSize } from '../../src/calculators/size.js';
import { InputError } from '../../src/errors.js';

describe('parseSize', () => {
  it.each([
    ['400B', 400],
    ['400', 400],
    ['0', 0],
    ['1KB', 1024],
    ['1kb', 1024],
    ['1 KiB', 1024],
    ['4.5KB', 4608],
    ['6.5KB', 6656],
    ['1.5MB', 1_572_864],
    ['10GB', 10_737_418_240],
    ['400KB', 409_600],
    ['1,024', 1024],
    ['1_000B', 1000],
    ['.5KB', 512],
    // 40.8 KB is 41,779.2 bytes: a size is whole bytes, rounded up so capacity is never understated.
    ['40.8KB', 41_780],
    ['0.1KB', 103],
  ])('parses %s as %i bytes', (text, bytes) => {
    expect(parseSize(text).value).toBe(bytes);
  });

  it('explains the binary unit and a rounding to whole bytes', () => {
    expect(parseSize('4.5KB').steps).toEqual([{ what: 'Size 4.5 KB', how: '4.5 × 1,024 B', result: '4,608 B', rule: '1 KB = 1,024 B (DynamoDB counts binary units)' }]);
    expect(parseSize('40.8KB').steps[0]).toMatchObject({ how: '40.8 × 1,024 B = 41,779.2 B, rounded up to whole bytes', result: '41,780 B' });
    expect(parseSize('500').steps).toEqual([{ what: 'Size', result: '500 B' }]);
  });

  it.each([
    ['abc', 'invalid size "abc": expected a size such as 400B, 4.5KB, 1.5MB or a number of bytes'],
    ['-1KB', 'invalid size "-1KB": a size cannot be negative'],
    ['', 'invalid size "": expected a size such as 400B, 4.5KB, 1.5MB or a number of bytes'],
    ['4.5XB', 'invalid size "4.5XB": unknown unit "XB" (use B, KB, MB, GB or TB)'],
    ['2PB', 'invalid size "2PB": unknown unit "PB" (use B, KB, MB, GB or TB)'],
    ['1025TB', 'invalid size "1025TB": larger than 1 PB'],
    ['1e3', 'invalid size "1e3": expected a size such as 400B, 4.5KB, 1.5MB or a number of bytes'],
  ])('rejects %j', (text, message) => {
    expect(() => parseSize(text)).toThrow(new InputError(message));
  });

  it('parses what formatSize prints back to the same bytes (round trip)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1024 ** 5 }), (bytes) => parseSize(formatSize(bytes)).value === bytes));
  });

  it('is exact at every multiple of 1 KB and 4 KB, in any unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (k) => {
        return parseSize(`${k}KB`).value === k * 1024 && parseSize(`${k * 4}KB`).value === k * 4096 && parseSize(String(k * 4096)).value === k * 4096;
      }),
    );
  });

  it('never understates a fractional size: the bytes are the smallest integer at or above the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 999 }), (whole, thousandths) => {
        const text = `${whole}.${String(thousandths).padStart(3, '0')}KB`;
        const exactTimes1000 = (whole * 1000 + thousandths) * 1024;
        const bytes = parseSize(text).value;
        return bytes * 1000 >= exactTimes1000 && (bytes - 1) * 1000 < exactTimes1000;
      }),
    );
  });
});

describe('formatSize', () => {
  it.each([
    [0, '0B'],
    [400, '400B'],
    [1023, '1023B'],
    [1024, '1KB'],
    [4608, '4.5KB'],
    [1025, '1025B'],
    [1_572_864, '1.5MB'],
    [10_737_418_240, '10GB'],
    [1024 ** 5, '1048576GB'],
    // bytes × 1,000 is beyond 2^53 here; the check must still be exact.
    [551_937_358_464_299, '551937358464299B'],
    // 2,000 bytes is 1.953125 KB: three decimals are not exact, so bytes it is.
    [2000, '2000B'],
  ])('formats %i as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it('refuses what is not a byte count', () => {
    expect(() => formatSize(-1)).toThrow(RangeError);
    expect(() => formatSize(1.5)).toThrow(RangeError);
  });
});

describe('describeBytes', () => {
  it.each([
    [500, '500 B'],
    [4608, '4,608 B (4.5 KB)'],
    [41_780, '41,780 B (≈40.8 KB)'],
    [1_572_864, '1,572,864 B (1.5 MB)'],
    [26_843_545_600, '26,843,545,600 B (25 GB)'],
  ])('describes %i as %s', (bytes, text) => {
    expect(describeBytes(bytes)).toBe(text);
  });
});

describe('fmtKilobytes', () => {
  it.each([
    [1024, '1 KB'],
    [4096, '4 KB'],
    [4608, '4.5 KB'],
    [1000, '0.98 KB'],
    [409_600, '400 KB'],
  ])('formats %i B as %s', (bytes, text) => {
    expect(fmtKilobytes(bytes)).toBe(text);
  });
});
