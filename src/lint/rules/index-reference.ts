import { SOURCES } from '../../calculators/limits.js';
import { childPointer } from '../../model/source/source-map.js';
import { fieldPath } from '../../model/spec/model-node.js';
import { findIndex, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

/**
 * E1014: an access pattern names only indexes its table has, and reads an index only with Query
 * or Scan, the two operations that take an IndexName (DYNAMODB-RULES.md §2).
 */
export const indexReferenceRule = defineRule({
  id: 'E1014',
  name: 'index-reference',
  title: 'Index references',
  severity: 'error',
  description: 'An access pattern may read a secondary index only with Query or Scan (GetItem, BatchGetItem and TransactGetItems read the table by primary key, and writes go to the table), and every index it names, in `index`, `changesIndexKeys` or `skipsIndexes`, must exist on its table.',
  fix: 'Name an index the table has (check the spelling), read indexes with Query or Scan only, and keep the index lists of writes (`changesIndexKeys`, `skipsIndexes`) in step with the table\'s indexes.',
  source: SOURCES.gsi,
  messages: {
    unknownIndex: 'access pattern "{{pattern}}" reads index "{{index}}", which {{owner}} does not have{{known}}',
    notQueryOrScan: 'access pattern "{{pattern}}" uses {{operation}} on index "{{index}}"; only Query and Scan read an index',
    unknownInList: 'access pattern "{{pattern}}" names index "{{index}}" in {{field}}, which {{owner}} does not have{{known}}',
  },
  check(context) {
    for (const table of context.model.tables) {
      const owner = tableLabel(table);
      const names = table.indexes.map((x) => `"${x.name}"`);
      const known = names.length > 0 ? ` (it has ${names.join(', ')})` : ' (it has no indexes)';
      for (const pattern of table.accessPatterns) {
        const data = { pattern: pattern.name, owner, known, operation: pattern.operation, index: pattern.index ?? '' };
        if (pattern.index !== undefined) {
          if (findIndex(table, pattern.index) === undefined) context.report('unknownIndex', { node: pattern, field: 'index' }, data);
          else if (pattern.operation !== 'Query' && pattern.operation !== 'Scan') context.report('notQueryOrScan', { node: pattern, field: 'index' }, data);
        }
        for (const field of ['changesIndexKeys', 'skipsIndexes'] as const) {
          pattern[field].forEach((index, i) => {
            if (findIndex(table, index) === undefined) context.report('unknownInList', { path: childPointer(fieldPath(pattern, field), i) }, { ...data, index, field });
          });
        }
      }
    }
  },
});
