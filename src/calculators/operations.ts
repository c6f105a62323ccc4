import { InputError } from '../errors.js';
import { checkItemBytes, describeItems, itemBytesTotal, itemCount, type ItemGroup } from './item-groups.js';
import { MAX_BATCH_GET_BYTES, MAX_BATCH_GET_ITEMS, MAX_BATCH_WRITE_BYTES, MAX_BATCH_WRITE_ITEMS, MAX_TRANSACTION_BYTES, MAX_TRANSACTION_ITEMS } from './limits.js';
import { describeBytes } from './size.js';
import { fmt } from './steps.js';

/** DynamoDB read operations ddb-plan prices. */
export const READ_OPERATIONS = ['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems'] as const;
/** DynamoDB write operations ddb-plan prices. */
export const WRITE_OPERATIONS = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'] as const;
/** Every operation ddb-plan prices, reads first. */
export const OPERATIONS = [...READ_OPERATIONS, ...WRITE_OPERATIONS] as const;

/** A DynamoDB read operation. */
export type ReadOperation = (typeof READ_OPERATIONS)[number];
/** A DynamoDB write operation. */
export type WriteOperation = (typeof WRITE_OPERATIONS)[number];
/** A DynamoDB data-plane operation. */
export type Operation = ReadOperation | WriteOperation;

/** Returns true for the read operations. */
export function isReadOperation(op: Operation): op is ReadOperation {
  return (READ_OPERATIONS as readonly string[]).includes(op);
}

/** How many items, and how many bytes in all, one call of an operation may carry. */
export interface CallLimits {
  readonly maxItems: number;
  /** Bytes of all items of one call; undefined when only the per-item limit applies. */
  readonly maxBytes?: number;
}

/**
 * Returns the item and byte limits of one call (DYNAMODB-RULES.md §2, §3): one item for the
 * single-item operations, 100 items and 16 MB for BatchGetItem, 25 requests and 16 MB for
 * BatchWriteItem, 100 items and 4 MB for transactions, none for Query and Scan (they page).
 */
export function callLimits(op: Operation): CallLimits | undefined {
  switch (op) {
    case 'BatchGetItem':
      return { maxItems: MAX_BATCH_GET_ITEMS, maxBytes: MAX_BATCH_GET_BYTES };
    case 'BatchWriteItem':
      return { maxItems: MAX_BATCH_WRITE_ITEMS, maxBytes: MAX_BATCH_WRITE_BYTES };
    case 'TransactGetItems':
    case 'TransactWriteItems':
      return { maxItems: MAX_TRANSACTION_ITEMS, maxBytes: MAX_TRANSACTION_BYTES };
    case 'Query':
    case 'Scan':
      return undefined;
    default:
      return { maxItems: 1 };
  }
}

/** Returns true for the operations that carry several items per call (batches and transactions). */
export function isMultiItemOperation(op: Operation): boolean {
  return op === 'BatchGetItem' || op === 'BatchWriteItem' || op === 'TransactGetItems' || op === 'TransactWriteItems';
}

/** A secondary index kind: global (its own key and capacity) or local (the table's partition key and capacity). */
export type IndexKind = 'global' | 'local';

/** Returns "global secondary index" or "local secondary index". */
export function indexLabel(kind: IndexKind): string {
  return `${kind} secondary index`;
}

/**
 * Throws an InputError at `/items/count` or `/items/bytes` when the items of one call break the
 * operation's limits: whole counts, every item within 400 KB, the number of items and the bytes
 * of one call (`callLimits`; a plain read or write is one item).
 */
export function checkCallItems(op: Operation | undefined, items: readonly ItemGroup[], words: { readonly name: string; readonly verb: string; readonly carries: string; readonly item?: string }): void {
  for (const g of items) {
    if (!Number.isSafeInteger(g.count) || g.count < 0) throw new InputError(`item counts must be whole numbers, got ${g.count}`, { path: '/items/count' });
    checkItemBytes(g.bytes, '/items/bytes', words.item);
  }
  const limits = op === undefined ? { maxItems: 1 } : callLimits(op);
  if (!limits) return;
  const count = itemCount(items);
  if (count < 1 || count > limits.maxItems) {
    const allowed = limits.maxItems === 1 ? 'exactly one item' : `1 to ${fmt(limits.maxItems)} items`;
    throw new InputError(`${words.name} ${words.verb} ${allowed} per call, got ${fmt(count)}`, { path: '/items/count' });
  }
  const bytes = itemBytesTotal(items);
  if (limits.maxBytes !== undefined && bytes > limits.maxBytes) {
    throw new InputError(`${words.name} ${words.carries} at most ${describeBytes(limits.maxBytes)} per call; ${describeItems(items)} is ${describeBytes(bytes)}`, { path: '/items/bytes' });
  }
}
