import { SOURCES } from '../../calculators/limits.js';
import { indexLabel, localIndexes } from '../model-walk.js';
import { defineRule } from '../rule.js';

/**
 * E1006: a local index lives in the table's item collections, so it needs a table with a composite
 * primary key, the table's partition key, and a sort key of its own that differs from the table's
 * (DYNAMODB-RULES.md §6).
 */
export const localIndexKeysRule = defineRule({
  id: 'E1006',
  name: 'local-index-keys',
  title: 'Local index keys',
  severity: 'error',
  description: "A local secondary index needs a table with a composite primary key (partition and sort key); it uses the table's partition key and a different attribute as its sort key.",
  fix: 'Give the table a sort key, use the table\'s partition key for the local index, and choose a sort key for the index other than the table\'s. When the index needs another partition key, make it a global index.',
  source: SOURCES.lsi,
  messages: {
    tableWithoutSortKey: '{{owner}} needs a table with a composite primary key, but table "{{table}}" has no sort key',
    otherPartitionKey: 'partition key "{{name}}" of {{owner}} differs from the table\'s partition key "{{tableKey}}"; a local index uses the table\'s',
    noSortKey: '{{owner}} has no sort key; a local index needs one, different from the table\'s',
    sameSortKey: 'sort key "{{name}}" of {{owner}} is the table\'s sort key; a local index needs a different one',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const index of localIndexes(table)) {
        const owner = indexLabel(table, index);
        if (table.sortKey === undefined) context.report('tableWithoutSortKey', { node: index, field: 'type' }, { owner, table: table.name });
        if (index.partitionKey.name !== table.partitionKey.name) {
          context.report('otherPartitionKey', { node: index.partitionKey }, { owner, name: index.partitionKey.name, tableKey: table.partitionKey.name });
        }
        if (index.sortKey === undefined) context.report('noSortKey', { node: index }, { owner });
        else if (index.sortKey.name === table.sortKey?.name) context.report('sameSortKey', { node: index.sortKey }, { owner, name: index.sortKey.name });
      }
    }
  },
});
