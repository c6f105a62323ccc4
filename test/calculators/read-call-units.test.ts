import fc from 'fast-check';
import type { ItemGroup } from '../../src/calculators/item-groups.js';
import { readCallUnits, type ReadCall } from '../../src/calculators/read-call-units.js';
import { InputError } from '../../src/errors.js';
import { thrown } from '../helpers/thrown.js';

const KB = 1024;
const one = (bytes: number, count = 1): ItemGroup[] => [{ count, bytes }];
const each = (...sizes: number[]): ItemGroup[] => sizes.map((bytes) => ({ count: 1, bytes }));

/** A read call from defaults plus overrides: a plain eventually consistent read of one 1 KB item. */
function aRead(overrides: Partial<ReadCall> = {}): ReadCall {
  return { items: one(KB), consistency: 'eventual', ...overrides };
}

describe('readCallUnits (DYNAMODB-RULES.md §2)', () => {
  it.each<[string, ReadCall, string, number]>([
    ['a plain strongly consistent read of 4 KB', aRead({ items: one(4 * KB), consistency: 'strong' }), '1', 1],
    ['a plain strongly consistent read of 4,097 B', aRead({ items: one(4097), consistency: 'strong' }), '2', 1],
    ['a plain transactional read of 3 KB', aRead({ items: one(3 * KB), consistency: 'transactional' }), '2', 1],
    ['GetItem of 6 KB, strong', aRead({ operation: 'GetItem', items: one(6 * KB), consistency: 'strong' }), '2', 1],
    ['GetItem of a missing item, eventual', aRead({ operation: 'GetItem', items: one(0) }), '1/2', 1],
    ['BatchGetItem of 1.5 KB + 6.5 KB, strong', aRead({ operation: 'BatchGetItem', items: each(1536, 6656), consistency: 'strong' }), '3', 1],
    ['Query of 1.5 KB + 6.5 KB, strong', aRead({ operation: 'Query', items: each(1536, 6656), consistency: 'strong' }), '2', 1],
    ['Query of 10 items totalling 40.8 KB, strong', aRead({ operation: 'Query', items: one(4178, 10), consistency: 'strong' }), '11', 1],
    ['Query of 10 items totalling 40.8 KB, eventual', aRead({ operation: 'Query', items: one(4178, 10) }), '11/2', 1],
    ['Query of 1,500 items of 64 B, strong', aRead({ operation: 'Query', items: one(64, 1500), consistency: 'strong' }), '24', 1],
    ['Query that matches nothing, strong', aRead({ operation: 'Query', items: one(100, 0), consistency: 'strong' }), '1', 1],
    ['Query of 5,000 items of 1 KB, eventual', aRead({ operation: 'Query', items: one(KB, 5000) }), '625', 5],
    ['Scan evaluating 1,000 items of 1 KB, returning 50', aRead({ operation: 'Scan', items: one(KB, 1000), itemsReturned: 50 }), '125', 1],
    ['TransactGetItems of three 500-byte items', aRead({ operation: 'TransactGetItems', items: one(500, 3), consistency: 'transactional' }), '6', 1],
    ['Query of a GSI, 25 entries of 200 B', aRead({ operation: 'Query', index: 'global', items: one(200, 25) }), '1', 1],
    ['Query of an LSI, 10 entries of 200 B, fetching 6 KB base items, strong', aRead({ operation: 'Query', index: 'local', items: one(200, 10), baseItemBytes: 6 * KB, consistency: 'strong' }), '21', 1],
    ['Query of an LSI, no fetches, strong', aRead({ operation: 'Query', index: 'local', items: one(200, 10), consistency: 'strong' }), '1', 1],
  ])('%s costs %s RCU per call in %i page(s)', (_name, call, units, pages) => {
    const r = readCallUnits(call);
    expect(r.value.units.toString()).toBe(units);
    expect(r.value.pages).toBe(pages);
  });

  it('fetches base items only for the items a filtered LSI query returns', () => {
    const r = readCallUnits(aRead({ operation: 'Query', index: 'local', items: one(200, 10), itemsReturned: 4, baseItemBytes: 5 * KB, consistency: 'strong' }));
    expect(r.value).toMatchObject({ itemsRead: 10, itemsReturned: 4, bytesRead: 2000 });
    expect(r.value.fetchUnits.toString()).toBe('8');
    expect(r.value.units.toString()).toBe('9');
    expect(r.steps.filter((s) => s.assumption).map((s) => s.result)).toEqual([
      'every returned item needs an attribute the local index does not project, so each is fetched from the base table',
    ]);
  });

  it('says a filter drops items only after they are charged', () => {
    const r = readCallUnits(aRead({ operation: 'Scan', items: one(KB, 1000), itemsReturned: 50 }));
    expect(r.steps.find((s) => s.what === 'Items returned')).toEqual({
      what: 'Items returned',
      how: '50 of 1,000 read; the filter drops 950 after they are read',
      result: '50 items',
      rule: 'a FilterExpression is applied after the read: the capacity is charged on every item read (§2)',
    });
  });

  it('states that a global index is read in projected entries', () => {
    const r = readCallUnits(aRead({ operation: 'Query', index: 'global', items: one(200, 25) }));
    expect(r.steps[0]).toMatchObject({ assumption: true, result: expect.stringContaining('index entry sizes') });
  });

  it.each<[string, ReadCall, string, string]>([
    ['GSI strong', aRead({ operation: 'Query', index: 'global', consistency: 'strong' }), '/consistency', 'a strongly consistent read of a global secondary index is invalid: GSI reads are eventually consistent only'],
    ['GSI transactional plain read', aRead({ index: 'global', consistency: 'transactional' }), '/consistency', 'a transactional read of a global secondary index is invalid: GSI reads are eventually consistent only'],
    ['LSI transactional', aRead({ index: 'local', consistency: 'transactional' }), '/consistency', 'transactional reads fetch items from the table by key; they cannot read a secondary index'],
    ['transactional Query', aRead({ operation: 'Query', consistency: 'transactional' }), '/consistency', 'Query cannot be transactional; transactional reads are TransactGetItems'],
    ['TransactGetItems strong', aRead({ operation: 'TransactGetItems', consistency: 'strong' }), '/consistency', 'TransactGetItems reads are always transactional, not strongly consistent'],
    ['GetItem of an index', aRead({ operation: 'GetItem', index: 'local' }), '/index', 'GetItem reads the table by primary key; only Query and Scan read a secondary index'],
    ['GetItem of 3 items', aRead({ operation: 'GetItem', items: one(KB, 3) }), '/items/count', 'GetItem reads exactly one item per call, got 3'],
    ['BatchGetItem of 101 items', aRead({ operation: 'BatchGetItem', items: one(KB, 101) }), '/items/count', 'BatchGetItem reads 1 to 100 items per call, got 101'],
    ['BatchGetItem of no items', aRead({ operation: 'BatchGetItem', items: [] }), '/items/count', 'BatchGetItem reads 1 to 100 items per call, got 0'],
    ['BatchGetItem over 16 MB', aRead({ operation: 'BatchGetItem', items: one(200 * KB, 100) }), '/items/bytes', 'BatchGetItem returns at most 16,777,216 B (16 MB) per call; 100 × 204,800 B is 20,480,000 B (≈19.53 MB)'],
    ['TransactGetItems over 4 MB', aRead({ operation: 'TransactGetItems', consistency: 'transactional', items: one(400 * KB, 11) }), '/items/bytes', 'TransactGetItems returns at most 4,194,304 B (4 MB) per call; 11 × 409,600 B is 4,505,600 B (≈4.3 MB)'],
    ['an item over 400 KB', aRead({ items: one(400 * KB + 1) }), '/items/bytes', "an item of 409,601 B is over DynamoDB's item limit of 400 KB (409,600 B)"],
    ['a GSI entry over 400 KB', aRead({ operation: 'Query', index: 'global', items: one(400 * KB + 1) }), '/items/bytes', "an index entry of 409,601 B is over DynamoDB's item limit of 400 KB (409,600 B)"],
    ['items returned by GetItem', aRead({ operation: 'GetItem', itemsReturned: 0 }), '/itemsReturned', 'only Query and Scan return fewer items than they read; GetItem returns every item it reads'],
    ['more returned than read', aRead({ operation: 'Query', items: one(KB, 5), itemsReturned: 6 }), '/itemsReturned', 'a Query cannot return 6 items when it reads 5: items returned must be a whole number no larger than the items read'],
    ['base fetch without an LSI', aRead({ operation: 'Query', baseItemBytes: KB }), '/baseItemBytes', 'base-table fetches happen only when a local secondary index is read'],
    ['a fractional count', aRead({ operation: 'Query', items: one(KB, 1.5) }), '/items/count', 'item counts must be whole numbers, got 1.5'],
  ])('refuses %s at %s', (_name, call, path, message) => {
    const e = thrown(() => readCallUnits(call));
    expect(e).toEqual(new InputError(message));
    expect((e as InputError).location).toEqual({ path });
  });

  it('costs a Query no more than a BatchGetItem of the same items, and eventual exactly half of strong', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 * KB }), { minLength: 1, maxLength: 100 }), (sizes) => {
        const items = each(...sizes);
        const query = readCallUnits(aRead({ operation: 'Query', items, consistency: 'strong' })).value.units;
        const batch = readCallUnits(aRead({ operation: 'BatchGetItem', items, consistency: 'strong' })).value.units;
        const batchEventual = readCallUnits(aRead({ operation: 'BatchGetItem', items })).value.units;
        return query.compare(batch) <= 0 && batchEventual.mul(2).compare(batch) === 0;
      }),
    );
  });

  it('is monotonic in the items a Query reads and in their size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 400 * KB }), (a, b, bytes) => {
        const q = (count: number, size: number) => readCallUnits(aRead({ operation: 'Query', items: one(size, count) })).value.units;
        return q(Math.min(a, b), bytes).compare(q(Math.max(a, b), bytes)) <= 0 && q(a, Math.floor(bytes / 3)).compare(q(a, bytes)) <= 0;
      }),
    );
  });
});
