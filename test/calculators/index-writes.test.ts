import fc from 'fast-check';
import { INDEX_CHANGES, indexEntryBytes, indexWritesPerChange, indexWriteUnits, type IndexChange } from '../../src/calculators/index-writes.js';

describe('indexWriteUnits (DYNAMODB-RULES.md §3, index table)', () => {
  it.each<[IndexChange, number, number, number, number]>([
    ['insert', 300, 300, 1, 1],
    ['key-change', 300, 300, 2, 2],
    ['key-change', 1500, 300, 2, 3],
    ['key-removed', 300, 1500, 1, 2],
    ['delete', 300, 2100, 1, 3],
    ['projected-change', 1025, 1025, 1, 2],
    ['unprojected-change', 5000, 5000, 0, 0],
    ['sparse', 5000, 5000, 0, 0],
  ])('%s of a %i-byte entry (previously %i bytes) is %i writes, %i WCU', (change, entry, previous, writes, units) => {
    expect(indexWriteUnits(change, entry, previous).value).toEqual({ writes, units });
  });

  it('explains a key change as a delete of the old entry and a put of the new one', () => {
    expect(indexWriteUnits('key-change', 1500, 300).steps).toEqual([
      {
        what: 'Index writes',
        how: 'update that changes an index key value: delete + put: ceil(300 B ÷ 1,024 B) + ceil(1,500 B ÷ 1,024 B) = 1 + 2',
        result: '3 WCU',
        rule: 'index writes are sized on the projected entry (keys + projected attributes), one unit per started 1 KB (§3)',
      },
    ]);
  });

  it('lists the changes in the order of the rule table, with their index writes', () => {
    expect(INDEX_CHANGES).toEqual(['insert', 'key-change', 'key-removed', 'delete', 'projected-change', 'unprojected-change', 'sparse']);
    expect(INDEX_CHANGES.map(indexWritesPerChange)).toEqual([1, 2, 1, 1, 1, 0, 0]);
  });

  it('is monotonic in the entry size, and a key change costs the sum of a delete and an insert', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 409_600 }), fc.integer({ min: 0, max: 409_600 }), fc.constantFrom(...INDEX_CHANGES), (a, b, change) => {
        const lo = indexWriteUnits(change, Math.min(a, b)).value.units;
        const hi = indexWriteUnits(change, Math.max(a, b)).value.units;
        const keyChange = indexWriteUnits('key-change', b, a).value.units;
        return lo <= hi && keyChange === indexWriteUnits('delete', b, a).value.units + indexWriteUnits('insert', b).value.units;
      }),
    );
  });
});

describe('indexEntryBytes', () => {
  it('adds the distinct attributes of the table key, the index key and the projection once each', () => {
    const r = indexEntryBytes([
      { name: 'pk', bytes: 40 },
      { name: 'sk', bytes: 30 },
      { name: 'status', bytes: 14 },
      { name: 'pk', bytes: 40 },
      { name: 'total', bytes: 8 },
    ]);
    expect(r.value).toBe(92);
    expect(r.steps[0]?.how).toBe('pk 40 B + sk 30 B + status 14 B + total 8 B');
  });

  it('is 0 bytes for no attributes', () => {
    expect(indexEntryBytes([]).value).toBe(0);
  });
});
