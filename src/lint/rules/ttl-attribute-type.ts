import { lineOf, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/**
 * E1012: the time-to-live attribute holds a Number of epoch seconds; TTL ignores items whose
 * attribute has another type, so they never expire (DYNAMODB-RULES.md §6).
 */
export const ttlAttributeTypeRule = defineRule({
  id: 'E1012',
  name: 'ttl-attribute-type',
  title: 'TTL attribute is a Number',
  severity: 'error',
  description: 'Time to live deletes an item when its TTL attribute, a Number of seconds since the Unix epoch, lies in the past. An attribute of any other type is ignored, so the items never expire and the table keeps growing.',
  fix: 'Store the expiry time as a Number of seconds since the Unix epoch (e.g. 1795341600, not an ISO date string) and declare the attribute with type N.',
  source: RULE_SOURCES.ttl,
  messages: {
    notNumber: 'time to live of {{owner}} uses attribute "{{name}}", declared as {{type}} on line {{line}}; TTL only acts on a Number of epoch seconds, so no item would expire',
  },
  check(context) {
    for (const table of context.model.tables) {
      const ttl = table.ttl;
      if (ttl === undefined) continue;
      const attribute = table.attributes.find((a) => a.declared && a.name === ttl.attribute);
      if (attribute === undefined || attribute.type === undefined || attribute.type === 'N') continue;
      context.report('notNumber', { node: ttl, field: 'attribute' }, { owner: tableLabel(table), name: ttl.attribute, type: attribute.type, line: lineOf(context.model, attribute) });
    }
  },
});
