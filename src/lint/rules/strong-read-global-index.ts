import { SOURCES } from '../../calculators/limits.js';
import { findIndex, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

/**
 * E3004: reads of a global index are eventually consistent only; a strongly consistent Query or
 * Scan of a GSI fails with a ValidationException (DYNAMODB-RULES.md §2).
 */
export const strongReadGlobalIndexRule = defineRule({
  id: 'E3004',
  name: 'strong-read-global-index',
  title: 'Strongly consistent read of a global index',
  severity: 'error',
  description: 'Global secondary indexes are updated asynchronously and support only eventually consistent reads; a Query or Scan with ConsistentRead on a GSI is rejected. Read the table (or a local index) when the read must be strongly consistent.',
  fix: 'Remove `consistency: strong` (ConsistentRead) from reads of global indexes, or read the table, or a local index, when the read must see the latest write.',
  source: SOURCES.gsi,
  messages: {
    strong: 'access pattern "{{pattern}}" reads global index "{{index}}" of {{owner}} with {{consistency}} consistency; global indexes serve eventually consistent reads only',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const pattern of table.accessPatterns) {
        const index = findIndex(table, pattern.index);
        if (index?.type !== 'global' || pattern.kind !== 'read' || pattern.consistency === 'eventual') continue;
        context.report('strong', { node: pattern, field: 'consistency' }, { pattern: pattern.name, index: index.name, owner: tableLabel(table), consistency: pattern.consistency ?? 'strong' });
      }
    }
  },
});
