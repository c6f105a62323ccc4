import fc from 'fast-check';
import { formatDuration, parseDuration } from '../../src/calculators/duration.js';
import { InputError } from '../../src/errors.js';

describe('parseDuration', () => {
  it.each<[string | number, number]>([
    ['90s', 90_000],
    ['20m', 1_200_000],
    ['1.5h', 5_400_000],
    ['500ms', 500],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['300', 300_000],
    [2.5, 2500],
    ['1d', 86_400_000],
  ])('parses %p as %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each([
    ['abc', 'invalid duration "abc": expected e.g. 90s, 20m, 1.5h or 500ms'],
    ['5 fortnights', 'invalid duration "5 fortnights": unknown unit "fortnights" (use ms, s, m, h or d)'],
    ['0.5ms', 'invalid duration "0.5ms": not a whole number of milliseconds'],
    ['401d', 'invalid duration "401d": longer than 400 days'],
    ['-5s', 'invalid duration "-5s": expected e.g. 90s, 20m, 1.5h or 500ms'],
  ])('rejects %j', (text, message) => {
    expect(() => parseDuration(text)).toThrow(new InputError(message));
  });

  it('parses what formatDuration prints back to the same milliseconds', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (ms) => parseDuration(formatDuration(ms)) === ms));
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [1_200_000, '20m'],
    [90_000, '1m30s'],
    [500, '500ms'],
    [90_061_001, '1d1h1m1s1ms'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
