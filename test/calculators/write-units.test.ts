import fc from 'fast-check';
import {
  batchWriteItemWriteUnits,
  deleteItemWriteUnits,
  failedConditionalWriteUnits,
  itemWriteUnits,
  putItemWriteUnits,
  transactWriteItemsWriteUnits,
  updateItemWriteUnits,
} from '../../src/calculators/write-units.js';
import { parseSize } from '../../src/calculators/size.js';

const KB = 1024;
const wcu = (c: { value: { toString(): string } }): string => c.value.toString();
const itemSize = fc.integer({ min: 0, max: 400 * KB });

describe('itemWriteUnits (DYNAMODB-RULES.md §3)', () => {
  it.each([
    [0, '1', '2'],
    [1, '1', '2'],
    [1024, '1', '2'],
    [1025, '2', '4'],
    [2 * KB, '2', '4'],
    [4608, '5', '10'],
    [400 * KB, '400', '800'],
  ])('a write of %i bytes costs %s WCU, %s transactional', (bytes, standard, transactional) => {
    expect(wcu(itemWriteUnits(bytes))).toBe(standard);
    expect(wcu(itemWriteUnits(bytes, 'transactional'))).toBe(transactional);
  });

  it('explains the 1 KB rounding', () => {
    expect(itemWriteUnits(4608).steps).toEqual([
      { what: 'Write blocks of 1 KB for the item', how: 'ceil(4,608 B ÷ 1,024 B)', result: '5 blocks', rule: 'writes are rounded up to the next 1 KB, at least 1 (§3)' },
      { what: 'Write units', how: '5 × 1 WCU', result: '5 WCU', rule: '1 WCU = one write per second of up to 1 KB (§3)' },
    ]);
  });

  it('transactional is exactly twice standard, and both are monotonic in size', () => {
    fc.assert(
      fc.property(itemSize, itemSize, (a, b) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        return itemWriteUnits(a, 'transactional').value.compare(itemWriteUnits(a).value.mul(2)) === 0 && itemWriteUnits(lo).value.compare(itemWriteUnits(hi).value) <= 0;
      }),
    );
  });
});

describe('PutItem, UpdateItem, DeleteItem (§3)', () => {
  it('charges a new PutItem on the new item, a replacing one on the larger of old and new', () => {
    expect(wcu(putItemWriteUnits(1500))).toBe('2');
    expect(wcu(putItemWriteUnits(512, 3 * KB))).toBe('3');
    expect(wcu(putItemWriteUnits(3 * KB, 512))).toBe('3');
    expect(putItemWriteUnits(512, 3 * KB).steps[0]).toMatchObject({ how: 'max(3,072 B, 512 B)', result: '3,072 B' });
  });

  it('charges UpdateItem on the larger of the whole item before and after, not on the changed attributes', () => {
    expect(wcu(updateItemWriteUnits(parseSize('1.5KB').value, parseSize('2.5KB').value))).toBe('3');
    expect(wcu(updateItemWriteUnits(parseSize('2.5KB').value, parseSize('1.5KB').value))).toBe('3');
    expect(wcu(updateItemWriteUnits(100, 100, 'transactional'))).toBe('2');
  });

  it('charges DeleteItem on the deleted item', () => {
    expect(wcu(deleteItemWriteUnits(parseSize('2.5KB').value))).toBe('3');
  });

  it('charges a failed conditional write on the larger of existing and proposed: 300 KB / 310 KB → 310 WCU', () => {
    expect(wcu(failedConditionalWriteUnits(300 * KB, 310 * KB))).toBe('310');
    expect(wcu(failedConditionalWriteUnits(310 * KB, 300 * KB))).toBe('310');
    // At least 1 WCU, even when nothing exists and nothing is proposed.
    expect(wcu(failedConditionalWriteUnits(0, 0))).toBe('1');
  });

  it('never charges an update less than either image alone', () => {
    fc.assert(
      fc.property(itemSize, itemSize, (before, after) => {
        const u = updateItemWriteUnits(before, after).value;
        return u.compare(itemWriteUnits(before).value) >= 0 && u.compare(itemWriteUnits(after).value) >= 0;
      }),
    );
  });
});

describe('BatchWriteItem and TransactWriteItems (§3)', () => {
  it('rounds each item of a batch separately: 500 B + 3.5 KB → 1 + 4 = 5 WCU', () => {
    const r = batchWriteItemWriteUnits([500, parseSize('3.5KB').value]);
    expect(wcu(r)).toBe('5');
    expect(r.steps[0]).toMatchObject({ how: '500 B → 1, 3,584 B → 4', result: '5 blocks of 1 KB' });
  });

  it('charges three 500-byte items in a transaction 2 WCU each: 6 WCU', () => {
    expect(wcu(transactWriteItemsWriteUnits([500, 500, 500]))).toBe('6');
  });

  it('rounds per item at least as high as the rounding of the sum, and a transaction costs exactly twice the batch', () => {
    fc.assert(
      fc.property(fc.array(itemSize, { minLength: 1, maxLength: 25 }), (sizes) => {
        const batch = batchWriteItemWriteUnits(sizes).value;
        const sum = itemWriteUnits(sizes.reduce((a, b) => a + b, 0)).value;
        return batch.compare(sum) >= 0 && transactWriteItemsWriteUnits(sizes).value.compare(batch.mul(2)) === 0;
      }),
    );
  });
});
