import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import {
  batchGetItemReadUnits,
  consistencyFactor,
  itemReadUnits,
  localIndexFetchReadUnits,
  queryPages,
  queryReadUnits,
  transactGetItemsReadUnits,
  type ReadConsistency,
} from '../../src/calculators/read-units.js';
import { parseSize } from '../../src/calculators/size.js';
import { InputError } from '../../src/errors.js';

const KB = 1024;
const units = (f: Fraction): string => f.toString();
const itemSize = fc.integer({ min: 0, max: 400 * KB });

describe('itemReadUnits (GetItem, DYNAMODB-RULES.md §2)', () => {
  it.each<[number, ReadConsistency, string]>([
    [4 * KB, 'strong', '1'],
    [4 * KB, 'eventual', '1/2'],
    [4 * KB, 'transactional', '2'],
    [4 * KB + 1, 'strong', '2'],
    [6 * KB, 'strong', '2'],
    [12 * KB, 'eventual', '3/2'],
    [400 * KB, 'strong', '100'],
    // A missing item still costs the minimum.
    [0, 'strong', '1'],
    [0, 'eventual', '1/2'],
  ])('a read of %i bytes, %s, costs %s RCU', (bytes, consistency, rcu) => {
    expect(units(itemReadUnits(bytes, consistency).value)).toBe(rcu);
  });

  it('explains the 4 KB rounding and the consistency factor', () => {
    expect(itemReadUnits(6 * KB, 'strong').steps).toEqual([
      { what: 'Read blocks of 4 KB', how: 'ceil(6,144 B ÷ 4,096 B)', result: '2 blocks', rule: 'reads are rounded up to the next 4 KB (§2)' },
      { what: 'Read units for one item (strongly consistent)', how: '2 × 1 RCU', result: '2 RCU', rule: '1 RCU per 4 KB block for a strongly consistent read (§2)' },
    ]);
    expect(itemReadUnits(0, 'eventual').steps[0]?.how).toBe('a missing item still costs one block');
  });

  it('refuses a strongly consistent or transactional read on a global secondary index', () => {
    expect(() => itemReadUnits(100, 'strong', 'global-index')).toThrow(
      new InputError('a strongly consistent read on a global secondary index is invalid: GSI reads are eventually consistent only'),
    );
    expect(() => itemReadUnits(100, 'transactional', 'global-index')).toThrow(new InputError('a transactional read on a global secondary index is invalid: GSI reads are eventually consistent only'));
    expect(units(itemReadUnits(100, 'eventual', 'global-index').value)).toBe('1/2');
    expect(units(itemReadUnits(100, 'strong', 'local-index').value)).toBe('1');
  });

  it('eventual is exactly half of strong, transactional exactly twice strong', () => {
    fc.assert(
      fc.property(itemSize, (bytes) => {
        const strong = itemReadUnits(bytes, 'strong').value;
        return itemReadUnits(bytes, 'eventual').value.compare(strong.div(2)) === 0 && itemReadUnits(bytes, 'transactional').value.compare(strong.mul(2)) === 0;
      }),
    );
  });

  it('is monotonic in size', () => {
    fc.assert(fc.property(itemSize, itemSize, (a, b) => itemReadUnits(Math.min(a, b), 'strong').value.compare(itemReadUnits(Math.max(a, b), 'strong').value) <= 0));
  });

  it('has the consistency factors 1, 1/2 and 2', () => {
    expect(['strong', 'eventual', 'transactional'].map((c) => consistencyFactor(c as ReadConsistency).toString())).toEqual(['1', '1/2', '2']);
  });
});

describe('batchGetItemReadUnits (§2)', () => {
  it('rounds 1.5 KB + 6.5 KB separately: 4 KB + 8 KB = 12 KB → 3 RCU strongly consistent', () => {
    const r = batchGetItemReadUnits([parseSize('1.5KB').value, parseSize('6.5KB').value], 'strong');
    expect(units(r.value)).toBe('3');
    expect(r.steps[0]).toMatchObject({ how: '1,536 B → 1, 6,656 B → 2', result: '3 blocks of 4 KB' });
    expect(units(batchGetItemReadUnits([1536, 6656], 'eventual').value)).toBe('3/2');
  });

  it('costs at least what a Query of the same items costs (per-item rounding ≥ rounding of the sum)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 * KB }), { minLength: 1, maxLength: 100 }), (sizes) => {
        const batch = batchGetItemReadUnits(sizes, 'strong').value;
        const bytes = sizes.reduce((a, b) => a + b, 0);
        const query = queryReadUnits({ itemsRead: 1, itemBytes: bytes, consistency: 'strong' }).value.units;
        return batch.compare(query) >= 0;
      }),
    );
  });
});

describe('queryReadUnits (Query and Scan, §2)', () => {
  it('sums 1.5 KB + 6.5 KB before rounding: 8 KB → 2 RCU, where BatchGetItem costs 3', () => {
    expect(units(queryReadUnits({ itemsRead: 1, itemBytes: 1536 + 6656, consistency: 'strong' }).value.units)).toBe('2');
  });

  it('charges 10 items totalling 40.8 KB as 44 KB: 11 RCU strong, 5.5 eventual', () => {
    const total = parseSize('40.8KB').value;
    expect(total).toBe(41_780);
    const strong = queryReadUnits({ itemsRead: 1, itemBytes: total, consistency: 'strong' });
    expect(units(strong.value.units)).toBe('11');
    expect(units(queryReadUnits({ itemsRead: 1, itemBytes: total, consistency: 'eventual' }).value.units)).toBe('11/2');
    expect(strong.steps[1]).toMatchObject({ how: 'ceil(41,780 B ÷ 4,096 B)', result: '11 blocks' });
  });

  it('charges 1,500 items of 64 bytes as 96 KB: 24 RCU strong, in one call', () => {
    const r = queryReadUnits({ itemsRead: 1500, itemBytes: 64, consistency: 'strong' });
    expect(r.value).toEqual({ units: Fraction.of(24), pages: 1, bytesRead: 96_000 });
    // 96,000 B is 93.75 KB; rounded up to 4 KB it is 96 KB, 24 blocks.
    expect(r.steps[0]).toMatchObject({ how: '1,500 items × 64 B', result: '96,000 B' });
  });

  it('charges a Query that matches nothing the minimum: 1 strong, 0.5 eventual', () => {
    expect(units(queryReadUnits({ itemsRead: 0, itemBytes: 100, consistency: 'strong' }).value.units)).toBe('1');
    expect(units(queryReadUnits({ itemsRead: 0, itemBytes: 100, consistency: 'eventual' }).value.units)).toBe('1/2');
  });

  it.each([
    [1024, 1],
    [1025, 2],
    [2048, 2],
    [5000, 5],
  ])('pages %i items of 1 KB into %i pages of at most 1 MB', (items, pages) => {
    const r = queryReadUnits({ itemsRead: items, itemBytes: KB, consistency: 'eventual' });
    expect(r.value.pages).toBe(pages);
    expect(r.value.bytesRead).toBe(items * KB);
  });

  it.each([
    [0, 1],
    [1_048_576, 1],
    [1_048_577, 2],
    [3 * 1_048_576, 3],
  ])('a Query or Scan reading %i bytes takes %i requests of at most 1 MB', (bytes, pages) => {
    expect(queryPages(bytes)).toBe(pages);
  });

  it('charges a Scan on the items it evaluates', () => {
    const r = queryReadUnits({ itemsRead: 1000, itemBytes: KB, consistency: 'eventual', operation: 'Scan' });
    expect(units(r.value.units)).toBe('125');
    expect(r.steps[0]?.what).toBe('Bytes evaluated');
  });

  it('refuses transactional Query and Scan, and strongly consistent reads of a global index', () => {
    expect(() => queryReadUnits({ itemsRead: 1, itemBytes: 1, consistency: 'transactional' })).toThrow(new InputError('Query cannot be transactional; use strong or eventual'));
    expect(() => queryReadUnits({ itemsRead: 1, itemBytes: 1, consistency: 'strong', target: 'global-index' })).toThrow(
      new InputError('a strongly consistent read on a global secondary index is invalid: GSI reads are eventually consistent only'),
    );
  });

  it('is monotonic in items read and in item size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), itemSize, (a, b, bytes) => {
        const q = (n: number, s: number): Fraction => queryReadUnits({ itemsRead: n, itemBytes: s, consistency: 'strong' }).value.units;
        return q(Math.min(a, b), bytes).compare(q(Math.max(a, b), bytes)) <= 0 && q(a, Math.floor(bytes / 2)).compare(q(a, bytes)) <= 0;
      }),
    );
  });
});

describe('transactGetItemsReadUnits (§2)', () => {
  it('charges three 500-byte items 2 RCU each: 6 RCU', () => {
    const r = transactGetItemsReadUnits([500, 500, 500]);
    expect(units(r.value)).toBe('6');
    expect(r.steps.map((s) => s.result)).toEqual(['3 blocks of 4 KB', '6 RCU']);
  });

  it('is exactly twice the strongly consistent BatchGetItem of the same items', () => {
    fc.assert(
      fc.property(fc.array(itemSize, { minLength: 1, maxLength: 100 }), (sizes) => transactGetItemsReadUnits(sizes).value.compare(batchGetItemReadUnits(sizes, 'strong').value.mul(2)) === 0),
    );
  });
});

describe('localIndexFetchReadUnits (§2)', () => {
  it('rounds every fetched base item up to 4 KB separately', () => {
    expect(units(localIndexFetchReadUnits(10, 6 * KB, 'strong').value)).toBe('20');
    expect(units(localIndexFetchReadUnits(10, 6 * KB, 'eventual').value)).toBe('10');
    expect(units(localIndexFetchReadUnits(3, 100, 'strong').value)).toBe('3');
  });
});
