import { baselinePairs, removedIndexes } from '../baseline-pairs.js';
import { tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * W2003 (with `--baseline`): no global index was removed. Deleting a global index is allowed but
 * breaks every query that reads it (DYNAMODB-RULES.md §6: created and deleted after creation).
 */
export const globalIndexRemovedRule = defineRule({
  id: 'W2003',
  name: 'global-index-removed',
  title: 'Global index removed',
  severity: 'warning',
  description: 'Removing a global secondary index deletes it and its data; queries that name it fail from then on, and bringing it back means a new backfill of the whole table. Make sure no code reads it any more.',
  fix: 'Remove the index only after no code queries it (search the code for the index name and deploy the code change first). If it is still needed, keep it.',
  source: RULE_SOURCES.gsiOnlineOperations,
  needsBaseline: true,
  messages: {
    removed: 'global index "{{index}}" of {{owner}} is removed; queries that read it will fail, and re-creating it backfills the whole table',
  },
  check(context) {
    for (const pair of baselinePairs(context.model, context.baseline)) {
      for (const gone of removedIndexes(pair, 'global')) {
        const target = pair.table.indexes.length > 0 ? { node: pair.table, field: 'indexes', at: 'key' as const } : { node: pair.table };
        context.report('removed', target, { owner: tableLabel(pair.table), index: gone.name });
      }
    }
  },
});
