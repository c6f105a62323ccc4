import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';
import { QUERY_PAGE_BYTES, READ_UNIT_BYTES, TRANSACTION_MULTIPLIER } from './limits.js';
import { assume, calc, fmt, fmtBytes, type Calculation, type Step } from './steps.js';
import { describeItems, describePerItemBlocks, itemBytesTotal, itemCount, type ItemGroup } from './item-groups.js';
import { blocksHow, ceilDiv, readBlocks } from './units.js';

/** Read consistency: strongly consistent, eventually consistent (DynamoDB's default) or transactional. */
export type ReadConsistency = 'strong' | 'eventual' | 'transactional';

/** The kind of index a read goes to, if any. */
export type ReadTarget = 'table' | 'global-index' | 'local-index';

const CONSISTENCY_RULES: Readonly<Record<ReadConsistency, { factor: Fraction; label: string; rule: string }>> = {
  strong: { factor: Fraction.ONE, label: 'strongly consistent', rule: '1 RCU per 4 KB block for a strongly consistent read (§2)' },
  eventual: { factor: Fraction.of(1, 2), label: 'eventually consistent', rule: 'an eventually consistent read costs half: 0.5 RCU per 4 KB block (§2)' },
  transactional: { factor: Fraction.of(TRANSACTION_MULTIPLIER), label: 'transactional', rule: 'a transactional read costs 2 RCU per 4 KB block (§2)' },
};

/** Returns the RCU multiplier of a consistency per 4 KB block: 1, 1/2 or 2. */
export function consistencyFactor(consistency: ReadConsistency): Fraction {
  return CONSISTENCY_RULES[consistency].factor;
}

/** Returns a short label such as "eventually consistent". */
export function consistencyLabel(consistency: ReadConsistency): string {
  return CONSISTENCY_RULES[consistency].label;
}

function checkTarget(consistency: ReadConsistency, target: ReadTarget): void {
  if (target === 'global-index' && consistency !== 'eventual') {
    // DYNAMODB-RULES.md §2: GSI reads are eventually consistent only.
    throw new InputError(`a ${consistencyLabel(consistency)} read on a global secondary index is invalid: GSI reads are eventually consistent only`, { path: '/consistency' });
  }
}

function unitsForBlocks(blocks: number, consistency: ReadConsistency, subject: string): Calculation<Fraction> {
  const r = CONSISTENCY_RULES[consistency];
  const value = r.factor.mul(blocks);
  return calc(value, [
    {
      what: `Read units for ${subject} (${r.label})`,
      how: `${fmt(blocks)} × ${fmt(r.factor)} RCU`,
      result: `${fmt(value)} RCU`,
      rule: r.rule,
    },
  ]);
}

/** Returns the read units one read of a single item of `itemBytes` costs (GetItem), at least one block even when the item is missing. */
export function itemReadUnits(itemBytes: number, consistency: ReadConsistency, target: ReadTarget = 'table'): Calculation<Fraction> {
  checkTarget(consistency, target);
  const blocks = readBlocks(itemBytes);
  const steps: Step[] = [
    {
      what: 'Read blocks of 4 KB',
      how: itemBytes === 0 ? 'a missing item still costs one block' : blocksHow(itemBytes, READ_UNIT_BYTES),
      result: `${fmt(blocks)} block${blocks === 1 ? '' : 's'}`,
      rule: 'reads are rounded up to the next 4 KB (§2)',
    },
  ];
  const units = unitsForBlocks(blocks, consistency, 'one item');
  return calc(units.value, [...steps, ...units.steps]);
}

/** Returns the read units of a BatchGetItem call: each item rounded up to 4 KB separately, then summed (§2). */
export function batchGetItemReadUnits(itemBytes: readonly number[], consistency: 'strong' | 'eventual'): Calculation<Fraction> {
  return perItemSum(itemBytes, consistency, 'BatchGetItem rounds every item up to 4 KB before summing (§2)');
}

/** Returns the requests a Query or Scan reading `bytesRead` takes: one per 1 MB page, at least 1 (§2). */
export function queryPages(bytesRead: number): number {
  return Math.max(1, ceilDiv(bytesRead, QUERY_PAGE_BYTES));
}

/** Units and calls of one logical Query or Scan. */
export interface QueryReadUnits {
  /** Read units for the whole logical read (all pages). */
  readonly units: Fraction;
  /** Requests needed, one per 1 MB page read. */
  readonly pages: number;
  /** Bytes read (evaluated), which is what is charged. */
  readonly bytesRead: number;
}

/**
 * Returns the read units of a Query or Scan that reads (evaluates) `itemsRead` items of
 * `itemBytes` each, or the `items` given: the sizes are summed, then rounded up to 4 KB once;
 * filters do not reduce it; each 1 MB page is a separate call (DYNAMODB-RULES.md §2).
 */
export function queryReadUnits(
  input: ({ readonly itemsRead: number; readonly itemBytes: number } | { readonly items: readonly ItemGroup[] }) & {
    readonly consistency: ReadConsistency;
    readonly target?: ReadTarget;
    readonly operation?: 'Query' | 'Scan';
  },
): Calculation<QueryReadUnits> {
  const { consistency } = input;
  const items = 'items' in input ? input.items : [{ count: input.itemsRead, bytes: input.itemBytes }];
  const target = input.target ?? 'table';
  const op = input.operation ?? 'Query';
  if (consistency === 'transactional') throw new InputError(`${op} cannot be transactional; use strong or eventual`, { path: '/consistency' });
  checkTarget(consistency, target);
  const bytesRead = itemBytesTotal(items);
  const count = itemCount(items);
  const blocks = readBlocks(bytesRead);
  const pages = queryPages(bytesRead);
  const readHow = items.length === 1 && items[0] ? `${fmt(count)} item${count === 1 ? '' : 's'} × ${fmtBytes(items[0].bytes)}` : describeItems(items);
  const steps: Step[] = [
    {
      what: `Bytes ${op === 'Scan' ? 'evaluated' : 'read'}`,
      how: readHow,
      result: fmtBytes(bytesRead),
      rule: `${op} is charged on the items it reads, summed before rounding; filters do not reduce it (§2)`,
    },
    {
      what: 'Read blocks of 4 KB',
      how: bytesRead === 0 ? `a ${op} that reads nothing still costs one block` : blocksHow(bytesRead, READ_UNIT_BYTES),
      result: `${fmt(blocks)} block${blocks === 1 ? '' : 's'}`,
    },
  ];
  const units = unitsForBlocks(blocks, consistency, `the ${op}`);
  steps.push(...units.steps, {
    what: 'Pages of 1 MB',
    how: `max(1, ceil(${fmtBytes(bytesRead)} ÷ ${fmtBytes(QUERY_PAGE_BYTES)}))`,
    result: `${fmt(pages)} page${pages === 1 ? '' : 's'}`,
    rule: `${op} reads at most 1 MB per request; the rest takes further requests with ExclusiveStartKey = LastEvaluatedKey (§2)`,
  });
  if (pages > 1) {
    // Each page is a request rounded on its own; full pages of 1 MB are whole 4 KB blocks, so only a
    // page that stops short of 1 MB could add a block. The rule book counts the sum once (§2).
    steps.push(assume(`the ${fmt(pages)} pages are rounded as one read of ${fmtBytes(bytesRead)}: full 1 MB pages are whole 4 KB blocks, so paging adds at most one block per page`));
  }
  return calc({ units: units.value, pages, bytesRead }, steps);
}

/** Returns the read units of a TransactGetItems call: 2 RCU per 4 KB per item, each item rounded separately (§2). */
export function transactGetItemsReadUnits(itemBytes: readonly number[]): Calculation<Fraction> {
  return perItemSum(itemBytes, 'transactional', 'TransactGetItems rounds every item up to 4 KB before summing (§2)');
}

/** Read units of items read by key in one call, each rounded up to 4 KB on its own, then summed. */
function perItemSum(itemBytes: readonly number[], consistency: ReadConsistency, rule: string): Calculation<Fraction> {
  const blocks = itemBytes.map(readBlocks).reduce((a, b) => a + b, 0);
  const units = unitsForBlocks(blocks, consistency, `${itemBytes.length} items`);
  return calc(units.value, [
    {
      what: 'Read blocks, each item rounded separately',
      how: describePerItemBlocks(itemBytes, readBlocks),
      result: `${fmt(blocks)} blocks of 4 KB`,
      rule,
    },
    ...units.steps,
  ]);
}

/**
 * Returns the extra read units an LSI Query pays to fetch non-projected attributes from the base
 * table: each fetched base item rounded up to 4 KB separately (§2).
 */
export function localIndexFetchReadUnits(itemsFetched: number, baseItemBytes: number, consistency: 'strong' | 'eventual'): Calculation<Fraction> {
  const blocksEach = readBlocks(baseItemBytes);
  const blocks = itemsFetched * blocksEach;
  const units = unitsForBlocks(blocks, consistency, `${fmt(itemsFetched)} base-table fetches`);
  return calc(units.value, [
    {
      what: 'Base-table fetches for non-projected attributes',
      how: `${fmt(itemsFetched)} items × ${blocksHow(baseItemBytes, READ_UNIT_BYTES)} = ${fmt(itemsFetched)} × ${blocksEach}`,
      result: `${fmt(blocks)} blocks of 4 KB`,
      rule: 'an LSI query that needs attributes it does not project fetches each base item, rounded to 4 KB per item (§2)',
    },
    ...units.steps,
  ]);
}
