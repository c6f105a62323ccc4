import { baselinePairs, keyChanges, matchingIndex } from '../baseline-pairs.js';
import { globalIndexes, indexLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * W2004 (with `--baseline`): no global index changed its key. An index key cannot be updated in
 * place: the index is deleted and created again, and is unavailable while it backfills.
 */
export const globalIndexKeyChangeRule = defineRule({
  id: 'W2004',
  name: 'global-index-key-change',
  title: 'Global index key changed',
  severity: 'warning',
  description: "A global secondary index's key schema cannot be updated. Changing it means deleting the index and creating a new one, which backfills from the whole table (consuming its write capacity) and cannot be queried until it is active.",
  fix: 'Create a new global index with the new key under a new name, move the queries to it once it is active, then remove the old index in a later change.',
  source: RULE_SOURCES.gsiOnlineOperations,
  needsBaseline: true,
  messages: {
    changed: '{{role}} of {{owner}} changes from {{before}} to {{after}}; the index would be deleted and rebuilt, and cannot be queried while it backfills',
  },
  check(context) {
    for (const { table, old } of baselinePairs(context.model, context.baseline)) {
      for (const index of globalIndexes(table)) {
        const previous = matchingIndex(old, index);
        if (previous === undefined) continue;
        for (const { role, key, before, after } of keyChanges(index, previous)) {
          context.report('changed', key ? { node: key } : { node: index }, { role, owner: indexLabel(table, index), before, after });
        }
      }
    }
  },
});
