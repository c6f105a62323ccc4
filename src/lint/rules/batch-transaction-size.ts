import { MAX_BATCH_GET_ITEMS, MAX_BATCH_WRITE_ITEMS, MAX_TRANSACTION_BYTES, MAX_TRANSACTION_ITEMS, SOURCES } from '../../calculators/limits.js';
import { fmt } from '../../calculators/steps.js';
import type { Operation } from '../../model/spec/vocabulary.js';
import { tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

const LIMITS: Partial<Record<Operation, number>> = {
  BatchGetItem: MAX_BATCH_GET_ITEMS,
  BatchWriteItem: MAX_BATCH_WRITE_ITEMS,
  TransactGetItems: MAX_TRANSACTION_ITEMS,
  TransactWriteItems: MAX_TRANSACTION_ITEMS,
};

/**
 * E3011: one request carries at most what its API allows: BatchGetItem 100 keys, BatchWriteItem
 * 25 put or delete requests, TransactGetItems and TransactWriteItems 100 items and 4 MB in all
 * (DYNAMODB-RULES.md §2, §3). A batch's 16 MB is not checked: 25 writes of items within 400 KB
 * stay under it, and a BatchGetItem over it returns the rest as UnprocessedKeys rather than fail.
 */
export const batchTransactionSizeRule = defineRule({
  id: 'E3011',
  name: 'batch-transaction-size',
  title: 'Batch or transaction over its item limit',
  severity: 'error',
  description: 'BatchWriteItem takes at most 25 put or delete requests, BatchGetItem at most 100 keys, and TransactWriteItems and TransactGetItems at most 100 items of at most 4 MB together; a larger request is rejected. Split the work into several requests.',
  fix: 'Split the request: BatchWriteItem carries at most 25 put or delete requests, BatchGetItem at most 100 keys, TransactWriteItems and TransactGetItems at most 100 items.',
  source: SOURCES.transactions,
  messages: {
    overLimit: 'access pattern "{{pattern}}" of {{owner}} sends {{items}} items per {{operation}}; a {{operation}} request takes at most {{max}}, so split it into {{calls}} requests',
    overBytes: 'access pattern "{{pattern}}" of {{owner}} moves {{items}} items of {{itemBytes}} bytes, {{total}} bytes, per {{operation}}; a transaction holds at most 4 MB ({{max}} bytes), so split it into {{calls}} transactions',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const pattern of table.accessPatterns) {
        const max = LIMITS[pattern.operation];
        if (max === undefined) continue;
        const data = { pattern: pattern.name, owner: tableLabel(table), items: fmt(pattern.itemsPerCall), operation: pattern.operation };
        if (pattern.itemsPerCall > max) {
          context.report('overLimit', { node: pattern, field: 'itemsPerCall' }, { ...data, max, calls: Math.ceil(pattern.itemsPerCall / max) });
          continue;
        }
        const total = pattern.itemsPerCall * pattern.itemBytes;
        if (pattern.operation.startsWith('Transact') && total > MAX_TRANSACTION_BYTES) {
          // Where the size is written, else at the item count that multiplies it.
          const target = pattern.defaulted.includes('itemBytes') ? { node: pattern, field: 'itemsPerCall' } : { node: pattern, field: 'itemBytes' };
          context.report('overBytes', target, { ...data, itemBytes: fmt(pattern.itemBytes), total: fmt(total), max: fmt(MAX_TRANSACTION_BYTES), calls: Math.ceil(total / MAX_TRANSACTION_BYTES) });
        }
      }
    }
  },
});
