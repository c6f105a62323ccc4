import { itemSize, itemSizeBytes, type ItemSize } from '../../calculators/item-size.js';
import { itemUnits, itemUnitsValue, type ItemUnits } from '../../calculators/item-units.js';
import { MAX_ITEM_BYTES } from '../../calculators/limits.js';
import { assume, fmt, fmtBytes, type Explanation, type Step } from '../../calculators/steps.js';
import { InputError } from '../../errors.js';
import type { ItemEncoding } from './item-from-json.js';
import type { ItemContainer } from './item-spans.js';
import { readItems, type ReadItemsOptions, type SourceItem } from './read-items.js';

/** How to measure items. */
export interface MeasureItemsOptions extends ReadItemsOptions {
  /** With more items than this, only the largest this many are kept in detail (default 10, at most 1,000). */
  readonly top?: number;
  /** Which items get their worked arithmetic: none (default), the detailed ones, or all. */
  readonly explain?: 'none' | 'detailed' | 'all';
  /** Items larger than this many bytes fail the check (default and maximum: DynamoDB's 409,600). */
  readonly limitBytes?: number;
}

/** One item's size, cost and origin. */
export interface MeasuredItem {
  /** Position in the input, from 0. */
  readonly index: number;
  readonly line: number;
  readonly column: number;
  /** JSONPath within its top-level value, e.g. `$[3]`. */
  readonly path: string;
  readonly size: ItemSize;
  readonly units: ItemUnits;
  /** True when the item is larger than the limit in force (`limitBytes`). */
  readonly overLimit: boolean;
  readonly explanation?: Explanation;
}

/** Minimum, maximum, total and average of a quantity over the items. */
export interface Stat {
  readonly min: number;
  readonly max: number;
  readonly total: number;
  readonly average: number;
}

/** An item over the limit, as the summary lists it. */
export interface OverLimitItem {
  readonly index: number;
  readonly line: number;
  readonly path: string;
  readonly bytes: number;
}

/** What `ddb-plan item-size` reports: a summary of every item, and the detail of the largest. */
export interface ItemSizeReport {
  readonly file: string;
  readonly encoding: ItemEncoding;
  readonly encodingDetected: boolean;
  /** How the items were given: one item, an array, Query/Scan output, GetItem output, or several top-level values (JSON Lines). */
  readonly shape: ItemContainer | 'lines';
  readonly count: number;
  readonly limitBytes: number;
  readonly summary: {
    readonly bytes: Stat;
    readonly wcu: Stat;
    readonly rcu: { readonly strong: Stat; readonly eventual: Stat; readonly transactional: Stat };
  };
  /** Every item when there are at most `top`, in input order; else the `top` largest, largest first. */
  readonly detailed: readonly MeasuredItem[];
  /** Number of items over the limit, and the first 100 of them. */
  readonly overLimitCount: number;
  readonly overLimit: readonly OverLimitItem[];
}

/** Items kept in detail by default. */
export const DEFAULT_TOP = 10;
/** Most items `top` may keep in detail. */
export const MAX_TOP = 1000;
const MAX_LISTED_OVER_LIMIT = 100;

/**
 * Reads items from JSON text and measures each one: size in bytes with a per-attribute breakdown
 * (DYNAMODB-RULES.md §1), write and read units (§2, §3), and the summary over all of them. Memory
 * stays bounded by the largest item plus the `top` items kept in detail.
 */
export function measureItems(text: string, file: string, options: MeasureItemsOptions = {}): ItemSizeReport {
  const top = options.top ?? DEFAULT_TOP;
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new InputError(`top must be a whole number from 1 to ${fmt(MAX_TOP)}, got ${top}`);
  const explain = options.explain ?? 'none';
  const stats = { bytes: new StatBuilder(), wcu: new StatBuilder(), strong: new StatBuilder(), eventual: new StatBuilder(), transactional: new StatBuilder() };
  const best: MeasuredItem[] = [];
  const overLimit: OverLimitItem[] = [];
  let overLimitCount = 0;
  let first: SourceItem | undefined;
  let roots = 0;
  let count = 0;
  const limitBytes = checkedLimit(options.limitBytes);
  // Explanations are made only for the items that make it into the detail.
  for (const { source, measured } of measure(text, file, { ...options, explain: explain === 'all' ? 'all' : 'none' }, limitBytes)) {
    first ??= source;
    roots = source.root + 1;
    count += 1;
    const { size, units } = measured;
    stats.bytes.add(size.bytes);
    stats.wcu.add(units.wcu);
    stats.strong.add(units.rcu.strong);
    stats.eventual.add(units.rcu.eventual);
    stats.transactional.add(units.rcu.transactional);
    if (measured.overLimit) {
      overLimitCount += 1;
      if (overLimit.length < MAX_LISTED_OVER_LIMIT) overLimit.push({ index: source.index, line: source.line, path: source.path, bytes: size.bytes });
    }
    const rank = rankAmong(best, size.bytes, top);
    if (rank === undefined) continue;
    best.splice(rank, 0, explain === 'detailed' ? { ...measured, explanation: explainItem(source, limitBytes) } : measured);
    if (best.length > top) best.pop();
  }
  const f = first as SourceItem;
  return {
    file,
    encoding: f.encoding,
    encodingDetected: f.encodingDetected,
    shape: roots > 1 ? 'lines' : f.container,
    count,
    limitBytes,
    summary: {
      bytes: stats.bytes.stat(),
      wcu: stats.wcu.stat(),
      rcu: { strong: stats.strong.stat(), eventual: stats.eventual.stat(), transactional: stats.transactional.stat() },
    },
    // A short input is shown as given; a long one by size, where the trouble is.
    detailed: count <= top ? [...best].sort((a, b) => a.index - b.index) : best,
    overLimitCount,
    overLimit,
  };
}

/**
 * Yields every item of the text measured, in input order, keeping nothing: for output that lists
 * every item (JSON), written as it comes. With `explain: 'all'` each carries its arithmetic.
 */
export function* measureEach(text: string, file: string, options: MeasureItemsOptions = {}): Generator<MeasuredItem> {
  for (const { measured } of measure(text, file, options, checkedLimit(options.limitBytes))) yield measured;
}

function* measure(text: string, file: string, options: MeasureItemsOptions, limitBytes: number): Generator<{ source: SourceItem; measured: MeasuredItem }> {
  const explainAll = options.explain === 'all';
  for (const source of readItems(text, file, options)) {
    const size = itemSizeBytes(source.item);
    const measured: MeasuredItem = {
      index: source.index,
      line: source.line,
      column: source.column,
      path: source.path,
      size,
      units: itemUnitsValue(size.bytes),
      overLimit: size.bytes > limitBytes,
      ...(explainAll ? { explanation: explainItem(source, limitBytes) } : {}),
    };
    yield { source, measured };
  }
}

function checkedLimit(limitBytes: number | undefined): number {
  const limit = limitBytes ?? MAX_ITEM_BYTES;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ITEM_BYTES) {
    throw new InputError(`the size limit must be from 1 B to DynamoDB's ${fmtBytes(MAX_ITEM_BYTES)}, got ${fmtBytes(limit)}`);
  }
  return limit;
}

/** Returns where an item of `bytes` goes among the largest kept (larger first, earlier first on ties), or undefined when it is not among them. */
function rankAmong(best: readonly MeasuredItem[], bytes: number, top: number): number | undefined {
  let lo = 0;
  let hi = best.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((best[mid] as MeasuredItem).size.bytes >= bytes) lo = mid + 1;
    else hi = mid;
  }
  return lo < top ? lo : undefined;
}

/** Returns the worked arithmetic of one item: every attribute, the total, the limit, the units. */
function explainItem(source: SourceItem, limitBytes: number): Explanation {
  const size = itemSize(source.item);
  const units = itemUnits(size.value.bytes);
  const steps: Step[] = [...size.steps];
  if (limitBytes < MAX_ITEM_BYTES) {
    const over = size.value.bytes > limitBytes;
    steps.push({ what: 'Chosen size limit', how: `${fmtBytes(size.value.bytes)} ${over ? '>' : '≤'} ${fmtBytes(limitBytes)}`, result: over ? `over by ${fmtBytes(size.value.bytes - limitBytes)}` : 'within it' });
  }
  steps.push(...units.steps);
  if (source.encoding === 'plain') {
    steps.push(assume('plain JSON: types inferred as DynamoDB document clients marshal them: string → S, number → N (its source digits), true/false → BOOL, null → NULL, array → L, object → M; no sets or binaries'));
  }
  const u = units.value;
  return {
    title: `Item ${fmt(source.index + 1)} (line ${fmt(source.line)})`,
    steps,
    answer: `${fmtBytes(size.value.bytes)}: ${fmt(u.wcu)} WCU to write; ${fmt(u.rcu.strong)} RCU strongly consistent, ${fmt(u.rcu.eventual)} eventually consistent, ${fmt(u.rcu.transactional)} transactional to read`,
  };
}

class StatBuilder {
  private min = Infinity;
  private max = -Infinity;
  private total = 0;
  private n = 0;

  add(v: number): void {
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    this.total += v;
    this.n += 1;
  }

  stat(): Stat {
    return { min: this.min, max: this.max, total: this.total, average: this.total / this.n };
  }
}
