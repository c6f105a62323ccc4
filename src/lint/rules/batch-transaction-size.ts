import { MAX_BATCH_GET_ITEMS, MAX_BATCH_WRITE_ITEMS, MAX_TRANSACTION_ITEMS, SOURCES } from '../../calculators/limits.js';
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
 * 25 put or delete requests, TransactGetItems and TransactWriteItems 100 items
 * (DYNAMODB-RULES.md §2, §3).
 */
export const batchTransactionSizeRule = defineRule({
  id: 'E3011',
  name: 'batch-transaction-size',
  title: 'Batch or transaction over its item limit',
  severity: 'error',
  description: 'BatchWriteItem takes at most 25 put or delete requests, BatchGetItem at most 100 keys, and TransactWriteItems and TransactGetItems at most 100 items; a larger request is rejected. Split the work into several requests.',
  fix: 'Split the request: BatchWriteItem carries at most 25 put or delete requests, BatchGetItem at most 100 keys, TransactWriteItems and TransactGetItems at most 100 items.',
  source: SOURCES.transactions,
  messages: {
    overLimit: 'access pattern "{{pattern}}" of {{owner}} sends {{items}} items per {{operation}}; a {{operation}} request takes at most {{max}}, so split it into {{calls}} requests',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const pattern of table.accessPatterns) {
        const max = LIMITS[pattern.operation];
        if (max === undefined || pattern.itemsPerCall <= max) continue;
        context.report('overLimit', { node: pattern, field: 'itemsPerCall' }, { pattern: pattern.name, owner: tableLabel(table), items: pattern.itemsPerCall, operation: pattern.operation, max, calls: Math.ceil(pattern.itemsPerCall / max) });
      }
    }
  },
});
