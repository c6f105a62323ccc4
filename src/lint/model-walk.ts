/**
 * Small helpers rules share to walk the model and name what they report on, so that every rule
 * words its subjects the same way ("partition key of index ByStatus of table Orders").
 */
import type { ModelNode } from '../model/spec/model-node.js';
import type { IndexModel, KeyAttributeModel, SpecModel, TableModel } from '../model/spec/spec-model.js';

/** A key attribute of a table or one of its indexes, with what it is the key of. */
export interface KeyRole {
  readonly key: KeyAttributeModel;
  readonly role: 'partition key' | 'sort key';
  /** The index it keys; undefined for the table's primary key. */
  readonly index: IndexModel | undefined;
  /** Human name of the owner: `table "Orders"` or `index "ByStatus" of table "Orders"`. */
  readonly owner: string;
}

/** Returns `table "Orders"`. */
export function tableLabel(table: TableModel): string {
  return `table "${table.name}"`;
}

/** Returns `global index "ByStatus" of table "Orders"` (or local). */
export function indexLabel(table: TableModel, index: IndexModel): string {
  return `${index.type} index "${index.name}" of table "${table.name}"`;
}

/**
 * Returns the key attributes of a table and of each of its indexes, in written order. A local
 * index's partition key that was not written (it is the table's) is left out: it is not a key
 * the index declares.
 */
export function keyRoles(table: TableModel): KeyRole[] {
  const out: KeyRole[] = [{ key: table.partitionKey, role: 'partition key', index: undefined, owner: tableLabel(table) }];
  if (table.sortKey) out.push({ key: table.sortKey, role: 'sort key', index: undefined, owner: tableLabel(table) });
  for (const index of table.indexes) {
    const owner = indexLabel(table, index);
    if (!index.defaulted.includes('partitionKey')) out.push({ key: index.partitionKey, role: 'partition key', index, owner });
    if (index.sortKey) out.push({ key: index.sortKey, role: 'sort key', index, owner });
  }
  return out;
}

/** Returns the global indexes of a table. */
export function globalIndexes(table: TableModel): IndexModel[] {
  return table.indexes.filter((x) => x.type === 'global');
}

/** Returns the local indexes of a table. */
export function localIndexes(table: TableModel): IndexModel[] {
  return table.indexes.filter((x) => x.type === 'local');
}

/** Returns the index of a table with this name, if any (the first, when names repeat). */
export function findIndex(table: TableModel, name: string | undefined): IndexModel | undefined {
  return name === undefined ? undefined : table.indexes.find((x) => x.name === name);
}

/** Returns the 1-based line a node starts on in the model's source (1 when it has none), for messages that name an earlier line. */
export function lineOf(model: SpecModel, node: ModelNode): number {
  return model.source.sourceMap.locate(node.path)?.line ?? 1;
}

/**
 * Returns "1 item" / "3 items" style counts. The same as the CLI's `plural` (src/cli/format/plural.ts),
 * which lint may not import: layers import only downwards, and src/cli is the last.
 */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

/** Returns the items past the first `max`, each with its 1-based count (`max + 1`, `max + 2`, …): the ones a limit refuses. */
export function pastLimit<T>(items: readonly T[], max: number): Array<{ readonly item: T; readonly count: number }> {
  return items.slice(max).map((item, i) => ({ item, count: max + i + 1 }));
}

/** Table settings the hygiene rules want on. */
export type TableSafeguard = 'pointInTimeRecovery' | 'deletionProtection';

/** Returns each table whose safeguard is off, with where to report it: at the setting when written, else at the table. */
export function tablesWithout(tables: readonly TableModel[], setting: TableSafeguard): Array<{ readonly table: TableModel; readonly target: { readonly node: TableModel; readonly field: TableSafeguard; readonly at: 'key' } }> {
  return tables.filter((t) => !t[setting]).map((table) => ({ table, target: { node: table, field: setting, at: 'key' } }));
}
