import { PARTITION_MAX_BYTES } from '../../calculators/limits.js';
import { indexStorageBytes, itemCollectionStorageBytes, tableStorageBytes } from '../../calculators/storage-bytes.js';
import { assume, calc, fmtBytes, type Calculation, type Step } from '../../calculators/steps.js';
import type { IndexModel, TableModel } from '../spec/spec-model.js';

/** Stored bytes of one index, or undefined when its entry count is unknown. */
export interface IndexStorage {
  readonly index: IndexModel;
  readonly bytes: number | undefined;
}

/** What a table stores in one region, in bytes (billing sizes, overheads included). */
export interface TableStorage {
  /** The items; undefined when the table's itemCount is not given. */
  readonly itemBytes: number | undefined;
  readonly indexes: readonly IndexStorage[];
  /** Items and LSI entries: what the table's own partitions hold (an LSI lives with its items). */
  readonly tableBytes: number;
  /** Everything: items and every index's entries. */
  readonly totalBytes: number;
  /** False when some count is unknown, so the sizes leave that part out. */
  readonly complete: boolean;
}

/**
 * Returns the storage of a table in one region: each item plus 100 bytes (48 more in a global
 * table), each index entry plus 100 bytes (DYNAMODB-RULES.md §1). Parts whose count the spec does
 * not give are left out, and the steps say so.
 */
export function tableStorage(table: TableModel): Calculation<TableStorage> {
  const steps: Step[] = [];
  let itemBytes: number | undefined;
  if (table.itemCount === undefined) steps.push(assume(`${table.name} gives no itemCount: its storage is not counted`));
  else {
    const items = tableStorageBytes({ itemCount: table.itemCount, itemBytes: table.itemBytes, globalTable: table.replicas.length > 1 });
    itemBytes = items.value;
    steps.push(...items.steps);
  }
  const indexes = table.indexes.map((index): IndexStorage => {
    if (index.itemCount === undefined) {
      steps.push(assume(`${index.name} has no known entry count (no itemCount): its storage is not counted`));
      return { index, bytes: undefined };
    }
    const s = indexStorageBytes({ indexName: index.name, entryCount: index.itemCount, entryBytes: index.itemBytes });
    steps.push(...s.steps);
    return { index, bytes: s.value };
  });
  const lsiBytes = indexes.filter((i) => i.index.type === 'local').reduce((a, i) => a + (i.bytes ?? 0), 0);
  const tableBytes = (itemBytes ?? 0) + lsiBytes;
  const totalBytes = tableBytes + indexes.filter((i) => i.index.type === 'global').reduce((a, i) => a + (i.bytes ?? 0), 0);
  if (indexes.length > 0) steps.push({ what: 'Storage in all', how: ['items', ...indexes.map((i) => i.index.name)].join(' + '), result: fmtBytes(totalBytes) });
  const complete = itemBytes !== undefined && indexes.every((i) => i.bytes !== undefined);
  return calc({ itemBytes, indexes, tableBytes, totalBytes, complete }, steps);
}

/**
 * Returns the bytes of the largest item collection (all items of one partition-key value and
 * their LSI entries), overheads included, or undefined when the table does not give
 * `maxItemsPerPartitionKey`. With an LSI it must stay within 10 GB (DYNAMODB-RULES.md §5).
 */
export function itemCollectionBytes(table: TableModel): Calculation<number | undefined> {
  const n = table.maxItemsPerPartitionKey;
  if (n === undefined) return calc(undefined, [assume(`${table.name} gives no maxItemsPerPartitionKey: the largest item collection is unknown`)]);
  const localIndexes = table.indexes.filter((i) => i.type === 'local').map((i) => ({ name: i.name, entryBytes: i.itemBytes }));
  return itemCollectionStorageBytes({ items: n, itemBytes: table.itemBytes, localIndexes });
}

/** The largest item collection of a table with a local index, when it is over the 10 GB limit. */
export interface OversizedItemCollection {
  /** Items of the one partition-key value (`maxItemsPerPartitionKey`). */
  readonly items: number;
  /** Their bytes with their LSI entries, overheads included. */
  readonly bytes: number;
  /** The most an item collection may hold: 10 GB. */
  readonly limitBytes: number;
}

/**
 * Returns the table's largest item collection when it passes 10 GB and the table has a local
 * index, the only case in which DynamoDB limits a collection (writes to a full one fail), else
 * undefined: also when the spec gives no `maxItemsPerPartitionKey` (DYNAMODB-RULES.md §5). Lint
 * (W3010) and the plan's warnings both decide with it.
 */
export function oversizedItemCollection(table: TableModel): OversizedItemCollection | undefined {
  if (!table.indexes.some((i) => i.type === 'local') || table.maxItemsPerPartitionKey === undefined) return undefined;
  const bytes = itemCollectionBytes(table).value;
  if (bytes === undefined || bytes <= PARTITION_MAX_BYTES) return undefined;
  return { items: table.maxItemsPerPartitionKey, bytes, limitBytes: PARTITION_MAX_BYTES };
}
