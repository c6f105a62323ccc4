import fc from 'fast-check';
import { Fraction } from '../../src/calculators/fraction.js';
import type { ItemGroup } from '../../src/calculators/item-groups.js';
import { indexCallWriteUnits, writeCallUnits, type WriteCall } from '../../src/calculators/write-call-units.js';
import { InputError } from '../../src/errors.js';
import { thrown } from '../helpers/thrown.js';

const KB = 1024;
const one = (bytes: number, count = 1): ItemGroup[] => [{ count, bytes }];
const each = (...sizes: number[]): ItemGroup[] => sizes.map((bytes) => ({ count: 1, bytes }));

/** A write call from defaults plus overrides: a plain write of one 1 KB item. */
function aWrite(overrides: Partial<WriteCall> = {}): WriteCall {
  return { items: one(KB), ...overrides };
}

describe('writeCallUnits (DYNAMODB-RULES.md §3)', () => {
  it.each<[string, WriteCall, string]>([
    ['a plain write of 2 KB', aWrite({ items: one(2 * KB) }), '2'],
    ['a plain write of 4.5 KB', aWrite({ items: one(4608) }), '5'],
    ['a plain write of 1,025 B', aWrite({ items: one(1025) }), '2'],
    ['a plain transactional write of 1.5 KB', aWrite({ items: one(1536), transactional: true }), '4'],
    ['a plain write replacing a 3 KB item with 0.5 KB', aWrite({ items: one(512), oldItemBytes: 3 * KB }), '3'],
    ['PutItem of a new 1.5 KB item', aWrite({ operation: 'PutItem', items: one(1536) }), '2'],
    ['PutItem of 0.5 KB replacing 3 KB', aWrite({ operation: 'PutItem', items: one(512), oldItemBytes: 3 * KB }), '3'],
    ['UpdateItem growing 1.5 KB to 2.5 KB', aWrite({ operation: 'UpdateItem', items: one(2560), oldItemBytes: 1536 }), '3'],
    ['UpdateItem shrinking 2.5 KB to 1.5 KB', aWrite({ operation: 'UpdateItem', items: one(1536), oldItemBytes: 2560 }), '3'],
    ['UpdateItem of a 2 KB item, same size', aWrite({ operation: 'UpdateItem', items: one(2 * KB) }), '2'],
    ['DeleteItem of 2.5 KB', aWrite({ operation: 'DeleteItem', items: one(2560) }), '3'],
    ['BatchWriteItem of 500 B + 3.5 KB', aWrite({ operation: 'BatchWriteItem', items: each(500, 3584) }), '5'],
    ['BatchWriteItem of 25 items of 100 B', aWrite({ operation: 'BatchWriteItem', items: one(100, 25) }), '25'],
    ['TransactWriteItems of three 500-byte items', aWrite({ operation: 'TransactWriteItems', items: one(500, 3) }), '6'],
    ['a failed conditional PutItem, 310 KB over 300 KB', aWrite({ operation: 'PutItem', items: one(310 * KB), oldItemBytes: 300 * KB, conditionalFailureRate: Fraction.ONE }), '310'],
    ['PutItem of 1.5 KB, a fifth failing its condition', aWrite({ operation: 'PutItem', items: one(1536), conditionalFailureRate: Fraction.of(1, 5) }), '2'],
  ])('%s costs %s WCU per call', (_name, call, units) => {
    expect(writeCallUnits(call).value.units.toString()).toBe(units);
  });

  it('averages succeeded and failed conditions, stating the assumed size of the item that fails it', () => {
    const r = writeCallUnits(aWrite({ operation: 'UpdateItem', items: one(1536), oldItemBytes: 2560, conditionalFailureRate: Fraction.of(1, 4) }));
    expect(r.value.units.toString()).toBe('3');
    expect(r.steps.at(-1)).toEqual({
      what: 'Write units per call, on average',
      how: '0.75 × 3 WCU + 0.25 × 3 WCU',
      result: '3 WCU',
      rule: 'a write whose condition fails still consumes write capacity (§3)',
    });
    const assumed = writeCallUnits(aWrite({ operation: 'PutItem', conditionalFailureRate: Fraction.of(1, 2) })).steps.filter((s) => s.assumption);
    expect(assumed.map((s) => s.result)).toEqual(['the item that fails the condition is as large as the proposed one; give the existing item size to change this']);
  });

  it('assumes an UpdateItem keeps the item size when the before image is not given, and says so', () => {
    const r = writeCallUnits(aWrite({ operation: 'UpdateItem' }));
    expect(r.steps[0]).toEqual({ what: 'Assumption', result: 'the update does not change the item size: the before image is as large as the after image', assumption: true });
  });

  it.each<[string, WriteCall, string, string]>([
    ['PutItem of 2 items', aWrite({ operation: 'PutItem', items: one(KB, 2) }), '/items/count', 'PutItem writes exactly one item per call, got 2'],
    ['BatchWriteItem of 26 items', aWrite({ operation: 'BatchWriteItem', items: one(KB, 26) }), '/items/count', 'BatchWriteItem writes 1 to 25 items per call, got 26'],
    ['TransactWriteItems of 101 items', aWrite({ operation: 'TransactWriteItems', items: one(100, 101) }), '/items/count', 'TransactWriteItems writes 1 to 100 items per call, got 101'],
    ['TransactWriteItems over 4 MB', aWrite({ operation: 'TransactWriteItems', items: one(400 * KB, 11) }), '/items/bytes', 'TransactWriteItems carries at most 4,194,304 B (4 MB) per call; 11 × 409,600 B is 4,505,600 B (≈4.3 MB)'],
    ['an item over 400 KB', aWrite({ items: one(400 * KB + 1) }), '/items/bytes', "an item of 409,601 B is over DynamoDB's item limit of 400 KB (409,600 B)"],
    ['a transactional PutItem', aWrite({ operation: 'PutItem', transactional: true }), '/transactional', 'PutItem is not transactional; transactional writes are TransactWriteItems'],
    ['an old size for DeleteItem', aWrite({ operation: 'DeleteItem', oldItemBytes: KB }), '/oldItemBytes', 'an existing item size applies to PutItem and UpdateItem (and plain writes), not to DeleteItem'],
    ['an old item over 400 KB', aWrite({ oldItemBytes: 400 * KB + 1 }), '/oldItemBytes', "an existing item of 409,601 B is over DynamoDB's item limit of 400 KB (409,600 B)"],
    ['a failure rate above 1', aWrite({ conditionalFailureRate: Fraction.of(3, 2) }), '/conditionalFailureRate', 'a conditional failure rate is a share from 0 to 1'],
    ['a condition on BatchWriteItem', aWrite({ operation: 'BatchWriteItem', conditionalFailureRate: Fraction.of(1, 2) }), '/conditionalFailureRate', 'BatchWriteItem takes no condition expressions'],
    ['a condition on a transaction', aWrite({ operation: 'TransactWriteItems', conditionalFailureRate: Fraction.of(1, 2) }), '/conditionalFailureRate', 'a failed condition cancels the whole transaction; ddb-plan does not price canceled transactions'],
    ['an insert into the index by DeleteItem', aWrite({ operation: 'DeleteItem', index: { kind: 'global', change: 'insert', entryBytes: 100 } }), '/index/change', 'a DeleteItem removes the index entry ("delete") or has none ("sparse"), not "insert"'],
    ['an index delete by UpdateItem', aWrite({ operation: 'UpdateItem', index: { kind: 'global', change: 'delete', entryBytes: 100 } }), '/index/change', '"delete" is the index change of a deleted item; UpdateItem does not delete items'],
    ['an index entry over 400 KB', aWrite({ index: { kind: 'local', change: 'insert', entryBytes: 400 * KB + 1 } }), '/index/entryBytes', "an index entry of 409,601 B is over DynamoDB's item limit of 400 KB (409,600 B)"],
  ])('refuses %s at %s', (_name, call, path, message) => {
    const e = thrown(() => writeCallUnits(call));
    expect(e).toEqual(new InputError(message));
    expect((e as InputError).location).toEqual({ path });
  });

  it('costs a transaction exactly twice a batch of the same items, and a batch at least the rounding of its sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 160 * KB }), { minLength: 1, maxLength: 25 }), (sizes) => {
        const items = each(...sizes);
        const batch = writeCallUnits(aWrite({ operation: 'BatchWriteItem', items })).value.units;
        const transaction = writeCallUnits(aWrite({ operation: 'TransactWriteItems', items })).value.units;
        const total = sizes.reduce((a, b) => a + b, 0);
        return transaction.compare(batch.mul(2)) === 0 && batch.compare(Math.max(1, Math.ceil(total / KB))) >= 0;
      }),
    );
  });

  it('is monotonic in item size for every single-item operation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * KB }), fc.integer({ min: 0, max: 400 * KB }), fc.constantFrom('PutItem' as const, 'UpdateItem' as const, 'DeleteItem' as const), (a, b, operation) => {
        const u = (bytes: number) => writeCallUnits(aWrite({ operation, items: one(bytes) })).value.units;
        return u(Math.min(a, b)).compare(u(Math.max(a, b))) <= 0;
      }),
    );
  });
});

describe('indexCallWriteUnits (§3, index table)', () => {
  it('charges a key change of a 300-byte GSI entry as a delete and a put: 2 WCU per item', () => {
    const r = indexCallWriteUnits(aWrite({ operation: 'UpdateItem', items: one(2 * KB), index: { kind: 'global', change: 'key-change', entryBytes: 300 } }));
    expect(r.value.writes.toString()).toBe('2');
    expect(r.value.units.toString()).toBe('2');
    expect(r.steps.filter((s) => s.assumption).map((s) => s.result)).toEqual(["global secondary index writes consume the index's own write capacity, separate from the table's (§3)"]);
  });

  it('multiplies by the items of a batch, and by the share of writes whose condition holds', () => {
    expect(indexCallWriteUnits(aWrite({ operation: 'BatchWriteItem', items: one(500, 20), index: { kind: 'local', change: 'insert', entryBytes: 1500 } })).value.units.toString()).toBe('40');
    const r = indexCallWriteUnits(aWrite({ operation: 'PutItem', conditionalFailureRate: Fraction.of(1, 4), index: { kind: 'global', change: 'insert', entryBytes: 100 } }));
    expect(r.value.units.toString()).toBe('3/4');
    expect(r.steps.find((s) => s.what === 'Index write units per call')).toEqual({
      what: 'Index write units per call',
      how: '1 WCU × 0.75',
      result: '0.75 WCU',
      rule: 'a write whose condition fails changes nothing, so it writes no index entry',
    });
  });

  it('charges index writes of a transaction at the standard rate and says so (§3, Decision)', () => {
    const r = indexCallWriteUnits(aWrite({ operation: 'TransactWriteItems', items: one(500, 3), index: { kind: 'global', change: 'insert', entryBytes: 500 } }));
    expect(r.value.units.toString()).toBe('3');
    expect(r.steps.some((s) => s.assumption && s.result.includes('not doubled'))).toBe(true);
  });

  it('writes nothing for a sparse index or an unprojected change, and nothing without an index', () => {
    expect(indexCallWriteUnits(aWrite({ index: { kind: 'global', change: 'sparse', entryBytes: 100 } })).value.units.toString()).toBe('0');
    expect(indexCallWriteUnits(aWrite({ index: { kind: 'global', change: 'unprojected-change', entryBytes: 100 } })).value.writes.toString()).toBe('0');
    expect(indexCallWriteUnits(aWrite()).value).toEqual({ writes: Fraction.ZERO, units: Fraction.ZERO });
  });
});
