import { keyRoles, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * E1002: a template's attribute definitions list exactly the attributes the table's and its
 * indexes' keys use (CloudFormation and CreateTable parity: cfn-lint's AttributeMismatch). A spec
 * describes every attribute of the item, so the rule applies only to imported templates and table
 * JSON, where definitions are key attributes only.
 */
export const attributeDefinitionsRule = defineRule({
  id: 'E1002',
  name: 'attribute-definitions',
  title: 'Attribute definitions match the keys',
  severity: 'error',
  description: 'In a CloudFormation template or CreateTable input, AttributeDefinitions must define every attribute used in the KeySchema of the table and its indexes, and nothing else; DynamoDB rejects a definition no key uses and a key attribute without a definition.',
  fix: 'Add an AttributeDefinitions entry for every attribute named in the KeySchema of the table and of each index, and remove the entries no key uses: non-key attributes need no definition in DynamoDB.',
  source: RULE_SOURCES.createTableAttributeDefinitions,
  origins: ['cloudformation', 'serverless', 'table-json'],
  messages: {
    missing: 'key attribute "{{name}}" of {{owner}} is not in AttributeDefinitions',
    unused: 'attribute definition "{{name}}" of {{owner}} is used by no key of the table or its indexes; define key attributes only',
  },
  check(context) {
    for (const table of context.model.tables) {
      // An index's unwritten partition key is the table's, which keyRoles lists already.
      const used = new Set(keyRoles(table).map((r) => r.key.name));
      for (const attribute of table.attributes) {
        const data = { name: attribute.name, owner: tableLabel(table) };
        if (!attribute.declared) context.report('missing', { node: attribute }, data);
        else if (!used.has(attribute.name)) context.report('unused', { node: attribute }, data);
      }
    }
  },
});
