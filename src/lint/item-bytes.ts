/**
 * The item sizes the size rules compare with DynamoDB's limits: a table's average item plus its
 * local index entries (they count towards the 400 KB limit, DYNAMODB-RULES.md §1), and the item
 * size an access pattern gives for itself.
 */
import type { AccessPatternModel, TableModel } from '../model/spec/spec-model.js';
import type { ReportTarget } from './rule.js';
import { localIndexes } from './model-walk.js';

/** One size to compare with a limit: bytes, what they are, and where to report. */
export interface SizedItem {
  readonly bytes: number;
  /** `an average item of table "Orders"`, or `each item of access pattern "put" in table "Orders"`. */
  readonly subject: string;
  /** Bytes of LSI entries included in `bytes` (0 without local indexes). */
  readonly localIndexBytes: number;
  readonly target: ReportTarget;
  /** The pattern that gives its own size, when the size is a pattern's. */
  readonly pattern: AccessPatternModel | undefined;
}

/** Returns where a table's item size is best shown: its written `itemBytes`, else its attributes, else the table. */
function tableSizeTarget(table: TableModel): ReportTarget {
  if (!table.defaulted.includes('itemBytes')) return { node: table, field: 'itemBytes' };
  return table.attributes.some((a) => a.declared) ? { node: table, field: 'attributes', at: 'key' } : { node: table };
}

/**
 * Returns the sizes of a table to check: its average item with its LSI entries, then each access
 * pattern that writes its own `itemBytes` (or `previousItemBytes`), with the same LSI entries.
 */
export function sizedItems(table: TableModel): SizedItem[] {
  const localIndexBytes = localIndexes(table).reduce((n, x) => n + x.itemBytes, 0);
  const out: SizedItem[] = [{ bytes: table.itemBytes + localIndexBytes, subject: `an average item of table "${table.name}"`, localIndexBytes, target: tableSizeTarget(table), pattern: undefined }];
  for (const pattern of table.accessPatterns) {
    for (const field of ['itemBytes', 'previousItemBytes'] as const) {
      const bytes = pattern[field];
      if (bytes === undefined || pattern.defaulted.includes(field)) continue;
      // A read of an index reads index entries, which carry no LSI entries of their own.
      const lsi = pattern.index === undefined ? localIndexBytes : 0;
      out.push({ bytes: bytes + lsi, subject: `${field === 'itemBytes' ? 'each item' : 'each previous item'} of access pattern "${pattern.name}" in table "${table.name}"`, localIndexBytes: lsi, target: { node: pattern, field }, pattern });
    }
  }
  return out;
}

/** Returns `409,600 bytes`-style text. */
export function bytesText(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

/** Returns ` (with 2,048 bytes of local index entries)`, or nothing without LSIs. */
export function localIndexNote(item: SizedItem): string {
  return item.localIndexBytes > 0 ? ` (${bytesText(item.localIndexBytes)} of it local index entries, which count towards the limit)` : '';
}
