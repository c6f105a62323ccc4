/**
 * Pairs each table of a model with the table of the same name in the baseline (the file's
 * previous version), for the change-safety rules. A table without a match is new: nothing about it
 * can be unsafe to change.
 */
import type { IndexModel, KeyAttributeModel, SpecModel, TableModel } from '../model/spec/spec-model.js';

/** A table and its previous version. */
export interface TablePair {
  readonly table: TableModel;
  readonly old: TableModel;
}

/** Returns the tables of `model` that the baseline also has, each with its previous version. */
export function baselinePairs(model: SpecModel, baseline: SpecModel | undefined): TablePair[] {
  if (baseline === undefined) return [];
  return model.tables.flatMap((table) => {
    const old = baseline.tables.find((t) => t.name === table.name);
    return old ? [{ table, old }] : [];
  });
}

/** Returns the index of `table` with the name and type of `index`: its other version, if any. */
export function matchingIndex(table: TableModel, index: IndexModel): IndexModel | undefined {
  return table.indexes.find((x) => x.name === index.name && x.type === index.type);
}

/** Returns the indexes of `old` of a kind that `table` no longer has (by name). */
export function removedIndexes(pair: TablePair, type: IndexModel['type']): IndexModel[] {
  return pair.old.indexes.filter((x) => x.type === type && matchingIndex(pair.table, x) === undefined);
}

/** Returns `"pk" (S)`, or `none` for a missing key. */
export function describeKey(key: KeyAttributeModel | undefined): string {
  return key === undefined ? 'none' : `"${key.name}" (${key.type ?? 'no type'})`;
}

/** Returns true when two keys differ in presence, name or type. */
export function keyChanged(a: KeyAttributeModel | undefined, b: KeyAttributeModel | undefined): boolean {
  return a?.name !== b?.name || a?.type !== b?.type;
}

/** A key of a table or index that changed: its role, its new version (undefined when it was removed), and both versions described. */
export interface KeyChange {
  readonly role: 'partition key' | 'sort key';
  readonly key: KeyAttributeModel | undefined;
  readonly before: string;
  readonly after: string;
}

/** Returns the keys, partition key first, that differ in presence, name or type between two versions of a table or index. */
export function keyChanges(now: TableModel | IndexModel, before: TableModel | IndexModel): KeyChange[] {
  const roles = [
    ['partition key', now.partitionKey, before.partitionKey],
    ['sort key', now.sortKey, before.sortKey],
  ] as const;
  return roles.filter(([, a, b]) => keyChanged(a, b)).map(([role, a, b]) => ({ role, key: a, before: describeKey(b), after: describeKey(a) }));
}
