import { InputError } from '../errors.js';
import { MAX_ITEM_BYTES } from './limits.js';
import { fmt, fmtBytes } from './steps.js';

/** `count` items of `bytes` each: how the items of one call are given (10 items of 4 KB, or one item each of 1.5 KB and 6.5 KB). */
export interface ItemGroup {
  readonly count: number;
  readonly bytes: number;
}

/** Returns the number of items in `groups`. */
export function itemCount(groups: readonly ItemGroup[]): number {
  return groups.reduce((n, g) => n + g.count, 0);
}

/** Returns the bytes of all items in `groups`; an InputError at `/items/bytes` when the sum leaves the exact integers. */
export function itemBytesTotal(groups: readonly ItemGroup[]): number {
  const total = groups.reduce((n, g) => n + g.count * g.bytes, 0);
  if (!Number.isSafeInteger(total)) throw new InputError('the items add up to too many bytes to count exactly', { path: '/items/bytes' });
  return total;
}

/** Returns one size per item, for per-item rounding; only for calls of at most a few hundred items. */
export function expandItems(groups: readonly ItemGroup[]): number[] {
  return groups.flatMap((g) => Array.from({ length: g.count }, () => g.bytes));
}

/** Describes items for a step: "10 × 4,178 B", "1,536 B + 6,656 B". */
export function describeItems(groups: readonly ItemGroup[]): string {
  if (groups.length === 0) return 'no items';
  return groups.map((g) => (g.count === 1 ? fmtBytes(g.bytes) : `${fmt(g.count)} × ${fmtBytes(g.bytes)}`)).join(' + ');
}

/**
 * Describes per-item rounding compactly, runs of equal sizes once: "3 × 500 B → 3 × 1",
 * "1,536 B → 1, 6,656 B → 2".
 */
export function describePerItemBlocks(sizes: readonly number[], blocks: (bytes: number) => number): string {
  const runs: ItemGroup[] = [];
  for (const bytes of sizes) {
    const last = runs[runs.length - 1];
    if (last && last.bytes === bytes) runs[runs.length - 1] = { count: last.count + 1, bytes };
    else runs.push({ count: 1, bytes });
  }
  return runs.map((r) => (r.count === 1 ? `${fmtBytes(r.bytes)} → ${fmt(blocks(r.bytes))}` : `${fmt(r.count)} × ${fmtBytes(r.bytes)} → ${fmt(r.count)} × ${fmt(blocks(r.bytes))}`)).join(', ');
}

/** Throws an InputError at `path` for an item above DynamoDB's 400 KB item limit (DYNAMODB-RULES.md §1). */
export function checkItemBytes(bytes: number, path: string, what = 'an item'): void {
  if (bytes > MAX_ITEM_BYTES) {
    throw new InputError(`${what} of ${fmtBytes(bytes)} is over DynamoDB's item limit of 400 KB (${fmtBytes(MAX_ITEM_BYTES)})`, { path });
  }
}
