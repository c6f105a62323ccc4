import { MAX_GSIS, SOURCES } from '../../calculators/limits.js';
import { globalIndexes, pastLimit, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

/** W1007: more than 20 global indexes needs a raised quota (DYNAMODB-RULES.md §6). */
export const globalIndexCountRule = defineRule({
  id: 'W1007',
  name: 'global-index-count',
  title: 'Global index quota',
  severity: 'warning',
  description: 'A table can have 20 global secondary indexes by default. The quota can be raised through Service Quotas, so this is a warning: request the increase before deploying, or the index creation fails.',
  fix: 'Request a higher "Global secondary indexes per table" quota in Service Quotas before deploying, or combine access patterns into fewer indexes (overloaded keys).',
  source: SOURCES.quotas,
  messages: {
    overQuota: '{{owner}} has {{count}} global indexes; the default quota is {{max}} per table (request an increase before deploying)',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const { item, count } of pastLimit(globalIndexes(table), MAX_GSIS)) context.report('overQuota', { node: item }, { owner: tableLabel(table), count, max: MAX_GSIS });
    }
  },
});
