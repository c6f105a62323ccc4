import { NAME_MAX_LENGTH, NAME_MIN_LENGTH, NAME_PATTERN } from '../../calculators/limits.js';
import { fieldPath } from '../../model/spec/model-node.js';
import { indexLabel, plural } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/** Returns why DynamoDB would refuse `name` as a table or index name, or undefined (DYNAMODB-RULES.md §6). */
function nameProblem(name: string): string | undefined {
  if (name.length < NAME_MIN_LENGTH) return `is ${plural(name.length, 'character')} long; at least ${NAME_MIN_LENGTH} are needed`;
  if (name.length > NAME_MAX_LENGTH) return `is ${name.length} characters long; at most ${NAME_MAX_LENGTH} are allowed`;
  if (!NAME_PATTERN.test(name)) {
    const bad = [...new Set([...name].filter((c) => !NAME_PATTERN.test(c)))].map((c) => (c === ' ' ? 'space' : `"${c}"`));
    return `contains ${bad.join(', ')}; only A-Z, a-z, 0-9, "_", "-" and "." are allowed`;
  }
  return undefined;
}

/** E1003: table and index names are 3 to 255 characters of A-Z a-z 0-9 _ - . (DYNAMODB-RULES.md §6). */
export const resourceNameRule = defineRule({
  id: 'E1003',
  name: 'resource-name',
  title: 'Table and index names',
  severity: 'error',
  description: 'Table and index names must be 3 to 255 characters long and use only letters, digits, underscore, hyphen and dot; CreateTable and UpdateTable reject other names.',
  fix: 'Rename the table or index with 3 to 255 letters, digits, `_`, `-` or `.`; replace spaces and other characters with `-` or `_`.',
  source: RULE_SOURCES.namingRules,
  messages: {
    tableName: 'table name "{{name}}" {{problem}}',
    indexName: 'name of {{owner}} {{problem}}',
  },
  check(context) {
    for (const table of context.model.tables) {
      // A template without a TableName (or with one computed at deploy time) leaves the name to
      // CloudFormation; the importer then names the table after its logical ID, at the resource.
      const written = fieldPath(table, 'name') !== table.path;
      const problem = written ? nameProblem(table.name) : undefined;
      if (problem) context.report('tableName', { node: table, field: 'name' }, { name: table.name, problem });
      for (const index of table.indexes) {
        const p = nameProblem(index.name);
        if (p) context.report('indexName', { node: index, field: 'name' }, { owner: indexLabel(table, index), problem: p });
      }
    }
  },
});
