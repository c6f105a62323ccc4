import { SOURCES } from '../../calculators/limits.js';
import type { ModelNode } from '../../model/spec/model-node.js';
import { lineOf, tableLabel } from '../model-walk.js';
import { defineRule, type RuleContext } from '../rule.js';

type Message = 'table' | 'index' | 'accessPattern';

function reportRepeats(context: RuleContext<Message>, nodes: ReadonlyArray<ModelNode & { readonly name: string }>, messageId: Message, owner: string): void {
  const first = new Map<string, ModelNode>();
  for (const node of nodes) {
    const earlier = first.get(node.name);
    if (earlier === undefined) {
      first.set(node.name, node);
      continue;
    }
    context.report(messageId, { node, field: 'name' }, { name: node.name, owner, line: lineOf(context.model, earlier) });
  }
}

/**
 * E1004: names are unique: tables within a file (one account and region), indexes within a table
 * (global and local share one namespace), access patterns within a table (the plan and the
 * findings name them). DYNAMODB-RULES.md §6.
 */
export const uniqueNamesRule = defineRule({
  id: 'E1004',
  name: 'unique-names',
  title: 'Unique names',
  severity: 'error',
  description: 'Two tables of one stack, two indexes of one table (global and local together) or two access patterns of one table cannot share a name: DynamoDB rejects the duplicate, and a repeated pattern name makes the capacity plan ambiguous.',
  fix: 'Give each table of the file, each index of a table (global and local together) and each access pattern of a table its own name.',
  source: SOURCES.gsi,
  messages: {
    table: 'table name "{{name}}" is already used on line {{line}}',
    index: 'index name "{{name}}" is already used in {{owner}} on line {{line}}; global and local indexes share one namespace',
    accessPattern: 'access pattern name "{{name}}" is already used in {{owner}} on line {{line}}',
  },
  check(context) {
    reportRepeats(context, context.model.tables, 'table', 'this file');
    for (const table of context.model.tables) {
      reportRepeats(context, table.indexes, 'index', tableLabel(table));
      reportRepeats(context, table.accessPatterns, 'accessPattern', tableLabel(table));
    }
  },
});
