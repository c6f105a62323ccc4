import { WRITE_UNIT_BYTES } from './limits.js';
import { calc, fmt, fmtBytes, type Calculation } from './steps.js';
import { blocksHow, writeBlocks } from './units.js';

/**
 * What a base-table write does to one secondary index's entry (DYNAMODB-RULES.md §3, index table):
 * - `insert`: a new item that has the index key attributes (1 put)
 * - `key-change`: an update that changes an index key value (delete + put)
 * - `key-removed`: an update that removes an index key attribute (1 delete)
 * - `delete`: the base item is deleted and had an index entry (1 delete)
 * - `projected-change`: an update that changes only projected non-key attributes (1 put)
 * - `unprojected-change`: an update that changes nothing the index projects (0)
 * - `sparse`: the item lacks the index key attributes before and after (0)
 */
export type IndexChange = 'insert' | 'key-change' | 'key-removed' | 'delete' | 'projected-change' | 'unprojected-change' | 'sparse';

/** All index changes, in the order of the rule table. */
export const INDEX_CHANGES: readonly IndexChange[] = ['insert', 'key-change', 'key-removed', 'delete', 'projected-change', 'unprojected-change', 'sparse'];

const DESCRIPTIONS: Readonly<Record<IndexChange, { text: string; writes: number }>> = {
  insert: { text: 'new item with the index key attributes: 1 put', writes: 1 },
  'key-change': { text: 'update that changes an index key value: delete + put', writes: 2 },
  'key-removed': { text: 'update that removes an index key attribute: 1 delete', writes: 1 },
  delete: { text: 'deleted base item that had an index entry: 1 delete', writes: 1 },
  'projected-change': { text: 'update of projected non-key attributes only: 1 put', writes: 1 },
  'unprojected-change': { text: 'update of nothing the index projects: no index write', writes: 0 },
  sparse: { text: 'item without the index key attributes (sparse index): no index write', writes: 0 },
};

/** Returns how many index writes (puts and deletes) one base-table write with this change causes: 0, 1 or 2. */
export function indexWritesPerChange(change: IndexChange): number {
  return DESCRIPTIONS[change].writes;
}

/** Index writes and their units. */
export interface IndexWriteUnits {
  /** Index writes (puts and deletes) the base write causes. */
  readonly writes: number;
  /** Write units they consume, from the index's capacity for a GSI, from the table's for an LSI. */
  readonly units: number;
}

/**
 * Returns the index writes and write units one base-table write causes in one secondary index,
 * each index write sized on the projected index entry and rounded up to 1 KB (§3). A key change
 * deletes the old entry (`previousEntryBytes`, default the same size) and puts the new one.
 * Writes caused by a transaction are charged at 1× (§3, Decision).
 */
export function indexWriteUnits(change: IndexChange, entryBytes: number, previousEntryBytes: number = entryBytes): Calculation<IndexWriteUnits> {
  const d = DESCRIPTIONS[change];
  const rule = 'index writes are sized on the projected entry (keys + projected attributes), one unit per started 1 KB (§3)';
  if (d.writes === 0) {
    return calc({ writes: 0, units: 0 }, [{ what: 'Index writes', how: d.text, result: '0 WCU' }]);
  }
  if (change === 'key-change') {
    const del = writeBlocks(previousEntryBytes);
    const put = writeBlocks(entryBytes);
    return calc({ writes: 2, units: del + put }, [
      {
        what: 'Index writes',
        how: `${d.text}: ${blocksHow(previousEntryBytes, WRITE_UNIT_BYTES)} + ${blocksHow(entryBytes, WRITE_UNIT_BYTES)} = ${del} + ${put}`,
        result: `${fmt(del + put)} WCU`,
        rule,
      },
    ]);
  }
  const bytes = change === 'key-removed' || change === 'delete' ? previousEntryBytes : entryBytes;
  const units = writeBlocks(bytes);
  return calc({ writes: 1, units }, [
    { what: 'Index writes', how: `${d.text}: ${blocksHow(bytes, WRITE_UNIT_BYTES)}`, result: `${fmt(units)} WCU`, rule },
  ]);
}

/**
 * Returns the bytes of an index entry for capacity: the sum of the sizes of the distinct
 * attributes it holds — the table's key attributes, the index's key attributes and the projected
 * attributes (§3). Pass each attribute once with its name bytes and value bytes included.
 */
export function indexEntryBytes(attributes: ReadonlyArray<{ readonly name: string; readonly bytes: number }>): Calculation<number> {
  const seen = new Map<string, number>();
  for (const a of attributes) if (!seen.has(a.name)) seen.set(a.name, a.bytes);
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  return calc(total, [
    {
      what: 'Index entry size',
      how: [...seen.entries()].map(([n, b]) => `${n} ${fmtBytes(b)}`).join(' + ') || 'no attributes',
      result: fmtBytes(total),
      rule: 'an index entry holds the table key, the index key and the projected attributes (§3)',
    },
  ]);
}
