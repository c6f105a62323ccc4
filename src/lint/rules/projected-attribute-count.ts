import { MAX_PROJECTED_ATTRIBUTES, SOURCES } from '../../calculators/limits.js';
import { tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

/**
 * E1008: the INCLUDE attributes of all indexes of a table add up to at most 100; an attribute
 * projected into two indexes counts twice (DYNAMODB-RULES.md §6).
 */
export const projectedAttributeCountRule = defineRule({
  id: 'E1008',
  name: 'projected-attribute-count',
  title: 'At most 100 projected attributes',
  severity: 'error',
  description: 'The attributes listed in INCLUDE projections, summed over all secondary indexes of a table, may not exceed 100 (an attribute named by two indexes counts twice). Use an ALL projection, or project fewer attributes.',
  fix: 'Project fewer attributes: use ALL for an index that needs most of them, KEYS_ONLY where a read can fetch the item from the table, or drop rarely read attributes from the lists.',
  source: SOURCES.constraints,
  messages: {
    tooMany: '{{owner}} projects {{total}} INCLUDE attributes over its indexes; DynamoDB allows {{max}} in total (this index brings the sum past the limit)',
  },
  check(context) {
    for (const table of context.model.tables) {
      const lists = table.indexes.filter((x) => x.projection === 'include');
      const total = lists.reduce((n, x) => n + x.include.length, 0);
      let sum = 0;
      for (const index of lists) {
        sum += index.include.length;
        if (sum <= MAX_PROJECTED_ATTRIBUTES) continue;
        // Report once, at the index whose list brings the sum past the limit.
        context.report('tooMany', { node: index, field: 'include' }, { owner: tableLabel(table), total, max: MAX_PROJECTED_ATTRIBUTES });
        break;
      }
    }
  },
});
