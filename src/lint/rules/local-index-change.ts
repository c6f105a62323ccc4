import type { IndexModel } from '../../model/spec/spec-model.js';
import { baselinePairs, describeKey, keyChanged, matchingIndex, removedIndexes } from '../baseline-pairs.js';
import { indexLabel, localIndexes, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/** Returns what differs between two versions of a local index, or undefined. */
function difference(a: IndexModel, b: IndexModel): string | undefined {
  if (keyChanged(a.sortKey, b.sortKey)) return `its sort key changes from ${describeKey(b.sortKey)} to ${describeKey(a.sortKey)}`;
  if (a.projection !== b.projection) return `its projection changes from ${b.projection} to ${a.projection}`;
  const before = [...b.include].sort().join(', ');
  const after = [...a.include].sort().join(', ');
  if (before !== after) return `its included attributes change from [${before}] to [${after}]`;
  return undefined;
}

/**
 * E2002 (with `--baseline`): no local index was added, removed or changed. Local indexes exist
 * only from table creation, so any change to them re-creates the table (DYNAMODB-RULES.md §6).
 */
export const localIndexChangeRule = defineRule({
  id: 'E2002',
  name: 'local-index-change',
  title: 'Local index added, removed or changed',
  severity: 'error',
  description: 'Local secondary indexes can only be defined when a table is created and never changed or deleted afterwards. Adding, removing or changing one means a new table: CloudFormation replaces the resource, and the new table starts empty.',
  fix: 'Keep the local indexes of a deployed table as they are. When an access pattern needs another one, add a global index instead; if it must be local, create a new table and migrate the data.',
  source: RULE_SOURCES.cfnLocalSecondaryIndexes,
  needsBaseline: true,
  messages: {
    added: '{{owner}} is new; local indexes can only be created with the table, so the table would be re-created (empty)',
    removed: 'local index "{{index}}" of {{owner}} is removed; local indexes cannot be deleted, so the table would be re-created (empty)',
    changed: '{{owner}}: {{change}}; a local index cannot be changed, so the table would be re-created (empty)',
  },
  check(context) {
    for (const pair of baselinePairs(context.model, context.baseline)) {
      const { table, old } = pair;
      for (const index of localIndexes(table)) {
        const before = matchingIndex(old, index);
        const owner = indexLabel(table, index);
        if (before === undefined) context.report('added', { node: index }, { owner });
        else {
          const change = difference(index, before);
          if (change) context.report('changed', { node: index }, { owner, change });
        }
      }
      for (const gone of removedIndexes(pair, 'local')) {
        context.report('removed', { node: table, field: 'indexes', at: 'key' }, { owner: tableLabel(table), index: gone.name });
      }
    }
  },
});
