import { GLOBAL_TABLE_ITEM_OVERHEAD_BYTES, INDEX_ENTRY_OVERHEAD_BYTES, ITEM_STORAGE_OVERHEAD_BYTES } from './limits.js';
import { calc, fmt, fmtBytes, type Calculation } from './steps.js';

/**
 * Returns the bytes a table's items take in storage (billing, not capacity units): each item's
 * bytes plus 100 bytes of overhead, plus 48 more in a global table (DYNAMODB-RULES.md §1).
 */
export function tableStorageBytes(input: { readonly itemCount: number; readonly itemBytes: number; readonly globalTable?: boolean }): Calculation<number> {
  const overhead = ITEM_STORAGE_OVERHEAD_BYTES + (input.globalTable ? GLOBAL_TABLE_ITEM_OVERHEAD_BYTES : 0);
  const value = input.itemCount * (input.itemBytes + overhead);
  return calc(value, [
    {
      what: 'Table storage',
      how: `${fmt(input.itemCount)} items × (${fmtBytes(input.itemBytes)} + ${fmt(overhead)} B overhead)`,
      result: fmtBytes(value),
      rule: input.globalTable
        ? 'storage bills each item plus 100 bytes, and 48 bytes more per item in a global table (§1)'
        : 'storage bills each item plus 100 bytes of overhead (§1)',
    },
  ]);
}

/**
 * Returns the bytes an index's entries take in storage: each entry (base table key, index key
 * and projected attributes) plus 100 bytes of overhead (DYNAMODB-RULES.md §1).
 */
export function indexStorageBytes(input: { readonly indexName: string; readonly entryCount: number; readonly entryBytes: number }): Calculation<number> {
  const value = input.entryCount * (input.entryBytes + INDEX_ENTRY_OVERHEAD_BYTES);
  return calc(value, [
    {
      what: `Index storage of ${input.indexName}`,
      how: `${fmt(input.entryCount)} entries × (${fmtBytes(input.entryBytes)} + ${fmt(INDEX_ENTRY_OVERHEAD_BYTES)} B overhead)`,
      result: fmtBytes(value),
      rule: 'an index entry is stored as the base table key, the index key and the projected attributes, plus 100 bytes (§1)',
    },
  ]);
}

/**
 * Returns the bytes of the largest item collection — the `items` items of one partition-key value
 * and their entries in each local index — in storage: each item plus 100 bytes, each LSI entry
 * plus 100 bytes (DYNAMODB-RULES.md §1). With an LSI it must stay within 10 GB (§5).
 */
export function itemCollectionStorageBytes(input: {
  readonly items: number;
  readonly itemBytes: number;
  readonly localIndexes: ReadonlyArray<{ readonly name: string; readonly entryBytes: number }>;
}): Calculation<number> {
  const perItem = input.itemBytes + ITEM_STORAGE_OVERHEAD_BYTES + input.localIndexes.reduce((a, i) => a + i.entryBytes + INDEX_ENTRY_OVERHEAD_BYTES, 0);
  const value = input.items * perItem;
  const parts = [`${fmtBytes(input.itemBytes)} + ${ITEM_STORAGE_OVERHEAD_BYTES} B`, ...input.localIndexes.map((i) => `${i.name} ${fmtBytes(i.entryBytes)} + ${INDEX_ENTRY_OVERHEAD_BYTES} B`)];
  return calc(value, [
    {
      what: 'Largest item collection',
      how: `${fmt(input.items)} items × (${parts.join(' + ')})`,
      result: fmtBytes(value),
      rule: 'an item collection is every item of one partition-key value with its LSI entries; with an LSI it cannot exceed 10 GB (§5)',
    },
  ]);
}
