import { childPointer } from '../../model/source/source-map.js';
import { fieldPath } from '../../model/spec/model-node.js';
import { indexLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * E1009: an INCLUDE projection names its attributes, and only an INCLUDE projection names any
 * (CloudFormation's NonKeyAttributes; DYNAMODB-RULES.md §6).
 */
export const includeProjectionRule = defineRule({
  id: 'E1009',
  name: 'include-projection',
  title: 'Include projection attributes',
  severity: 'error',
  description: 'An INCLUDE projection must list the non-key attributes it projects, and ALL or KEYS_ONLY projections must not list any (DynamoDB rejects NonKeyAttributes on them). Attribute names in the list must not repeat.',
  fix: 'List the attributes of an INCLUDE projection in `include` (NonKeyAttributes), remove the list from ALL and KEYS_ONLY projections, and name each attribute once.',
  source: RULE_SOURCES.projection,
  messages: {
    emptyInclude: '{{owner}} has an include projection but names no attributes to include',
    includeWithoutInclude: '{{owner}} lists attributes to include, but its projection is {{projection}}; only an include projection takes them',
    repeated: 'attribute "{{name}}" is listed twice in the include projection of {{owner}}',
  },
  check(context) {
    for (const table of context.model.tables) {
      for (const index of table.indexes) {
        const owner = indexLabel(table, index);
        if (index.projection === 'include' && index.include.length === 0) context.report('emptyInclude', { node: index, field: 'projection' }, { owner });
        if (index.projection !== 'include' && index.include.length > 0) {
          context.report('includeWithoutInclude', { node: index, field: 'include', at: 'key' }, { owner, projection: index.projection });
        }
        const seen = new Set<string>();
        index.include.forEach((name, i) => {
          if (seen.has(name)) context.report('repeated', { path: childPointer(fieldPath(index, 'include'), i) }, { name, owner });
          seen.add(name);
        });
      }
    }
  },
});
