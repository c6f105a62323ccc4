import { MAX_LSIS, SOURCES } from '../../calculators/limits.js';
import { localIndexes, pastLimit, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

/** E1005: a table has at most 5 local secondary indexes, a fixed limit (DYNAMODB-RULES.md §6). */
export const localIndexCountRule = defineRule({
  id: 'E1005',
  name: 'local-index-count',
  title: 'At most 5 local indexes',
  severity: 'error',
  description: 'A table can have at most 5 local secondary indexes; unlike the global index quota this limit cannot be raised, and local indexes can only be created with the table.',
  fix: 'Keep at most five local indexes, and turn the others into global indexes (which can be added later and have no item collection limit).',
  source: SOURCES.constraints,
  messages: {
    tooMany: '{{owner}} has {{count}} local indexes; DynamoDB allows at most {{max}} (this is index number {{count}})',
  },
  check(context) {
    for (const table of context.model.tables) {
      // Point at each index past the limit: each is one that cannot be created.
      for (const { item, count } of pastLimit(localIndexes(table), MAX_LSIS)) context.report('tooMany', { node: item }, { owner: tableLabel(table), count, max: MAX_LSIS });
    }
  },
});
