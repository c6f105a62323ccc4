import { callLimits, isMultiItemOperation, isReadOperation, OPERATIONS } from '../../src/calculators/operations.js';
import { describeItems, describePerItemBlocks, expandItems, itemBytesTotal, itemCount } from '../../src/calculators/item-groups.js';
import { parseShare } from '../../src/calculators/share.js';
import { readBlocks } from '../../src/calculators/units.js';
import { InputError } from '../../src/errors.js';

describe('operations', () => {
  it('lists the ten operations, reads first', () => {
    expect(OPERATIONS).toEqual(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);
    expect(OPERATIONS.filter(isReadOperation)).toEqual(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
    expect(OPERATIONS.filter(isMultiItemOperation)).toEqual(['BatchGetItem', 'TransactGetItems', 'BatchWriteItem', 'TransactWriteItems']);
  });

  it.each([
    ['GetItem', { maxItems: 1 }],
    ['BatchGetItem', { maxItems: 100, maxBytes: 16 * 1024 ** 2 }],
    ['BatchWriteItem', { maxItems: 25, maxBytes: 16 * 1024 ** 2 }],
    ['TransactGetItems', { maxItems: 100, maxBytes: 4 * 1024 ** 2 }],
    ['TransactWriteItems', { maxItems: 100, maxBytes: 4 * 1024 ** 2 }],
    ['Query', undefined],
    ['Scan', undefined],
    ['DeleteItem', { maxItems: 1 }],
  ] as const)('limits a %s call to %j', (op, limits) => {
    expect(callLimits(op)).toEqual(limits);
  });
});

describe('item groups', () => {
  const groups = [
    { count: 3, bytes: 500 },
    { count: 1, bytes: 6656 },
  ];

  it('counts, sums, expands and describes the items of a call', () => {
    expect(itemCount(groups)).toBe(4);
    expect(itemBytesTotal(groups)).toBe(8156);
    expect(expandItems(groups)).toEqual([500, 500, 500, 6656]);
    expect(describeItems(groups)).toBe('3 × 500 B + 6,656 B');
    expect(describeItems([])).toBe('no items');
  });

  it('describes per-item rounding with runs of equal sizes once', () => {
    expect(describePerItemBlocks([500, 500, 500, 6656, 500], readBlocks)).toBe('3 × 500 B → 3 × 1, 6,656 B → 2, 500 B → 1');
  });

  it('refuses a total beyond the exact integers', () => {
    expect(() => itemBytesTotal([{ count: 2 ** 40, bytes: 2 ** 20 }])).toThrow(new InputError('the items add up to too many bytes to count exactly'));
  });
});

describe('parseShare', () => {
  it.each([
    ['0.2', '1/5', '20 %'],
    ['20%', '1/5', '20 %'],
    ['12.5 %', '1/8', '12.5 %'],
    ['0', '0', '0 %'],
    ['1', '1', '100 %'],
    ['100%', '1', '100 %'],
  ])('parses %s as %s (%s)', (text, share, shown) => {
    const r = parseShare(text);
    expect(r.value.toString()).toBe(share);
    expect(r.steps[0]?.result).toBe(shown);
  });

  it.each([
    ['1.5', 'invalid share "1.5": more than 100 %'],
    ['120%', 'invalid share "120%": more than 100 %'],
    ['-0.1', 'invalid share "-0.1": expected a fraction from 0 to 1 such as 0.2, or a percentage such as 20%'],
    ['often', 'invalid share "often": expected a fraction from 0 to 1 such as 0.2, or a percentage such as 20%'],
  ])('rejects %j', (text, message) => {
    expect(() => parseShare(text)).toThrow(new InputError(message));
  });
});
