import type { IndexChange } from '../../calculators/index-writes.js';
import { keyAndIncludedNames } from '../spec/normalize-index.js';
import type { AccessPatternModel, IndexModel, TableModel } from '../spec/spec-model.js';

/** What one write of a pattern does to one index's entry, and why ddb-plan thinks so. */
export interface IndexChangeOfWrite {
  readonly change: IndexChange;
  /** The reason, as `--explain` prints it. */
  readonly reason: string;
  /** True when the change rests on the default for `changedAttributes` (docs/spec.md), not on what the pattern says. */
  readonly assumed: boolean;
}

/** Returns the attribute names an index entry holds: the table's keys, the index's keys and what it projects (every attribute for `all`). */
export function projectedAttributes(table: TableModel, index: IndexModel): ReadonlySet<string> {
  if (index.projection === 'all') return new Set(table.attributes.map((a) => a.name));
  return new Set(keyAndIncludedNames(table, index));
}

/**
 * Returns what a write pattern does to an index's entry (DYNAMODB-RULES.md §3, index write table):
 * none for an index the pattern `skipsIndexes` (sparse); a put for an insert; a delete for a
 * delete; for an update, a delete and a put when it changes the index's key (listed in
 * `changesIndexKeys`, or a key attribute in `changedAttributes`), a put when it changes an
 * attribute the index projects, nothing otherwise. Without `changedAttributes` an update is
 * assumed to change projected attributes but no index key (docs/spec.md): a put, or nothing for
 * a keys-only index.
 */
export function indexChangeOfWrite(table: TableModel, pattern: AccessPatternModel, index: IndexModel): IndexChangeOfWrite {
  if (pattern.skipsIndexes.includes(index.name)) {
    return { change: 'sparse', reason: `the pattern's items have no entry in ${index.name} (skipsIndexes)`, assumed: false };
  }
  if (pattern.writeKind === 'insert') return { change: 'insert', reason: `a new item with ${index.name}'s key attributes`, assumed: false };
  if (pattern.writeKind === 'delete') return { change: 'delete', reason: `the deleted item's entry in ${index.name} is removed`, assumed: false };
  if (pattern.changesIndexKeys.includes(index.name)) return { change: 'key-change', reason: `the update changes ${index.name}'s key (changesIndexKeys)`, assumed: false };
  const keys = [index.partitionKey.name, index.sortKey?.name].filter((n): n is string => n !== undefined);
  const changed = pattern.changedAttributes;
  if (changed === undefined) {
    return index.projection === 'keys-only'
      ? { change: 'unprojected-change', reason: `assumed: the update changes no key of ${index.name}, which projects keys only`, assumed: true }
      : { change: 'projected-change', reason: `assumed: the update changes attributes ${index.name} projects, but none of its keys`, assumed: true };
  }
  const changedKey = changed.find((a) => keys.includes(a));
  if (changedKey !== undefined) return { change: 'key-change', reason: `the update changes ${changedKey}, a key of ${index.name}`, assumed: false };
  const projected = projectedAttributes(table, index);
  // An `all` projection holds every attribute, also one the spec does not declare.
  const hit = index.projection === 'all' ? changed : changed.filter((a) => projected.has(a));
  return hit.length > 0
    ? { change: 'projected-change', reason: `the update changes ${hit.join(', ')}, projected into ${index.name}`, assumed: false }
    : { change: 'unprojected-change', reason: `the update changes nothing ${index.name} projects (${changed.join(', ') || 'no attributes'})`, assumed: false };
}
