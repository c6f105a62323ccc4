import { SOURCES } from '../../calculators/limits.js';
import { isKeyType } from '../../model/spec/vocabulary.js';
import { keyRoles } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { attributeDefinitionsRule } from './attribute-definitions.js';

/**
 * E1001: every key attribute of a table or index has a type, and it is S, N or B
 * (DYNAMODB-RULES.md §6). DynamoDB refuses to create the table otherwise.
 */
export const keyAttributeTypeRule = defineRule({
  id: 'E1001',
  name: 'key-attribute-type',
  title: 'Key attribute type',
  severity: 'error',
  description: 'Key attributes of tables and indexes must be declared as a String (S), Number (N) or Binary (B); DynamoDB rejects any other type, and a key without a type cannot be created.',
  fix: 'Declare the key attribute as S, N or B: on the key (`partitionKey: { name: pk, type: S }`), in `attributes`, or in the template\'s AttributeDefinitions. Store a value of another type (a map, a list, a boolean) in a non-key attribute, and key on a string that encodes it.',
  source: SOURCES.dataTypes,
  messages: {
    notKeyType: '{{role}} "{{name}}" of {{owner}} has type {{type}}; a key attribute must be S, N or B',
    undeclared: '{{role}} "{{name}}" of {{owner}} has no type: give it on the key or declare the attribute with type S, N or B',
  },
  check(context) {
    // In a template a key without a type is one missing from AttributeDefinitions: E1002 says so.
    const definitions = attributeDefinitionsRule.origins?.includes(context.model.origin) ?? false;
    for (const table of context.model.tables) {
      for (const { key, role, owner } of keyRoles(table)) {
        const data = { role, name: key.name, owner, type: key.type ?? '' };
        if (key.type === undefined) {
          if (!definitions) context.report('undeclared', { node: key }, data);
        } else if (!isKeyType(key.type)) context.report('notKeyType', { node: key, field: 'type' }, data);
      }
    }
  },
});
