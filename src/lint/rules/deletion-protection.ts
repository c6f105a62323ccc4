import { tableLabel, tablesWithout } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/** I9002: deletion protection is on (checkov parity), so a table cannot be deleted by mistake. */
export const deletionProtectionRule = defineRule({
  id: 'I9002',
  name: 'deletion-protection',
  title: 'Deletion protection',
  severity: 'info',
  description: 'With deletion protection on, DeleteTable fails until the protection is turned off, which guards a production table against an accidental delete (including a stack update that replaces or removes it).',
  fix: 'Turn on deletion protection (`deletionProtection: true`, or DeletionProtectionEnabled in a template); in CloudFormation also consider `DeletionPolicy: Retain`.',
  source: RULE_SOURCES.deletionProtection,
  messages: {
    off: 'deletion protection of {{owner}} is off; turn it on so that the table cannot be deleted by mistake',
  },
  check(context) {
    for (const { table, target } of tablesWithout(context.model.tables, 'deletionProtection')) context.report('off', target, { owner: tableLabel(table) });
  },
});
