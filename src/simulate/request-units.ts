import { consistencyFactor } from '../calculators/read-units.js';
import { TRANSACTION_MULTIPLIER } from '../calculators/limits.js';
import { readBlocks, writeBlocks } from '../calculators/units.js';
import { isWriteOperation, type Consistency, type Operation } from './scenario.js';

const FACTOR: Readonly<Record<Consistency, number>> = {
  eventual: consistencyFactor('eventual').toNumber(),
  strong: consistencyFactor('strong').toNumber(),
  transactional: consistencyFactor('transactional').toNumber(),
};

/**
 * Returns the capacity units one attempt of `op` consumes (DYNAMODB-RULES.md §2, §3): writes one
 * WCU per started 1 KB (twice for TransactWriteItems); reads one RCU per started 4 KB, halved when
 * eventually consistent, doubled when transactional; a Query sums its items' bytes before rounding.
 */
export function attemptUnits(op: Operation, itemBytes: number, consistency: Consistency, itemsPerCall = 1): number {
  if (isWriteOperation(op)) return writeBlocks(itemBytes) * (op === 'TransactWriteItems' ? TRANSACTION_MULTIPLIER : 1);
  const factor = op === 'TransactGetItems' ? FACTOR.transactional : FACTOR[consistency];
  return readBlocks(op === 'Query' ? itemsPerCall * itemBytes : itemBytes) * factor;
}

/** Returns the units of a read that finds nothing (a scatter-gather query of a shard without the item): one 4 KB block. */
export function emptyReadUnits(op: Operation, consistency: Consistency): number {
  return readBlocks(0) * (op === 'TransactGetItems' ? FACTOR.transactional : FACTOR[consistency]);
}

/** Returns the write units of one index entry of `entryBytes` (one put per base write that carries the index key). */
export function indexWriteUnits(entryBytes: number): number {
  return writeBlocks(entryBytes);
}
