import { InputError } from '../../../src/errors.js';
import { measureEach, measureItems } from '../../../src/model/items/measure-items.js';

/** JSON Lines of items whose sizes are 1 (name) + the given string lengths. */
const lines = (lengths: readonly number[]): string => lengths.map((n) => JSON.stringify({ a: 'x'.repeat(n) })).join('\n');

describe('measureItems', () => {
  it('keeps every item in input order when there are at most `top`', () => {
    const r = measureItems(lines([5, 50, 20]), 'f.jsonl', { top: 3 });
    expect(r.detailed.map((m) => [m.index, m.size.bytes])).toEqual([
      [0, 6],
      [1, 51],
      [2, 21],
    ]);
    expect(r).toMatchObject({ shape: 'lines', count: 3, encoding: 'plain', encodingDetected: true, overLimitCount: 0 });
  });

  it('keeps the largest `top` items, largest first and earlier first on ties', () => {
    const r = measureItems(lines([5, 50, 20, 50, 1, 70]), 'f.jsonl', { top: 3 });
    expect(r.detailed.map((m) => [m.index, m.size.bytes])).toEqual([
      [5, 71],
      [1, 51],
      [3, 51],
    ]);
    expect(r.summary.bytes).toEqual({ min: 2, max: 71, total: 6 + 51 + 21 + 51 + 2 + 71, average: 202 / 6 });
  });

  it('explains only the detailed items, or every item when asked', () => {
    const text = lines([5, 50, 20]);
    const detailed = measureItems(text, 'f.jsonl', { top: 1, explain: 'detailed' });
    expect(detailed.detailed.map((m) => m.explanation?.title)).toEqual(['Item 2 (line 2)']);
    expect(detailed.detailed[0]?.explanation?.answer).toBe('51 B: 1 WCU to write; 1 RCU strongly consistent, 0.5 eventually consistent, 2 transactional to read');
    expect([...measureEach(text, 'f.jsonl', { explain: 'all' })].map((m) => m.explanation?.title)).toEqual(['Item 1 (line 1)', 'Item 2 (line 2)', 'Item 3 (line 3)']);
    expect([...measureEach(text, 'f.jsonl')].every((m) => m.explanation === undefined)).toBe(true);
  });

  it('states the plain-JSON inference as an assumption', () => {
    const r = measureItems('{"a": [1]}', 'f.json', { explain: 'detailed' });
    expect(r.detailed[0]?.explanation?.steps).toContainEqual(expect.objectContaining({ assumption: true, result: expect.stringMatching(/^plain JSON: types inferred/) as unknown }));
  });

  it('counts and lists items over the limit', () => {
    const r = measureItems(lines([1030, 10, 2000]), 'f.jsonl', { limitBytes: 1024 });
    expect(r.overLimitCount).toBe(2);
    expect(r.overLimit).toEqual([
      { index: 0, line: 1, path: '$', bytes: 1031 },
      { index: 2, line: 3, path: '$', bytes: 2001 },
    ]);
    expect(r.detailed.map((m) => m.overLimit)).toEqual([true, false, true]);
  });

  it('names the shape of the input', () => {
    expect(measureItems('[{"a": 1}, {"a": 2}]', 'f').shape).toBe('array');
    expect(measureItems('{"Items": [{"a": 1}]}', 'f').shape).toBe('Items');
    expect(measureItems('{"Item": {"a": {"N": "1"}}}', 'f').shape).toBe('Item');
    expect(measureItems('{"a": 1}', 'f').shape).toBe('item');
  });

  it.each([
    [{ top: 0 }, 'top must be a whole number from 1 to 1,000, got 0'],
    [{ limitBytes: 409_601 }, "the size limit must be from 1 B to DynamoDB's 409,600 B, got 409,601 B"],
  ])('refuses %j', (options, message) => {
    expect(() => measureItems('{"a": 1}', 'f', options)).toThrow(new InputError(message));
  });
});
