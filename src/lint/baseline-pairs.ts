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

/** Returns the indexes of `old` of a kind that `table` no longer has (by name). */
export function removedIndexes(pair: TablePair, type: IndexModel['type']): IndexModel[] {
  return pair.old.indexes.filter((x) => x.type === type && !pair.table.indexes.some((y) => y.name === x.name && y.type === type));
}

/** Returns `"pk" (S)`, or `none` for a missing key. */
export function describeKey(key: KeyAttributeModel | undefined): string {
  return key === undefined ? 'none' : `"${key.name}" (${key.type ?? 'no type'})`;
}

/** Returns true when two keys differ in presence, name or type. */
export function keyChanged(a: KeyAttributeModel | undefined, b: KeyAttributeModel | undefined): boolean {
  return a?.name !== b?.name || a?.type !== b?.type;
}
