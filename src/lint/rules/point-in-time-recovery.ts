import { tableLabel, tablesWithout } from '../model-walk.js';
import { defineRule } from '../rule.js';
import { RULE_SOURCES } from '../rule-sources.js';

/** I9001: point-in-time recovery is on (checkov CKV_AWS_28 parity; DYNAMODB-RULES.md §7 prices it). */
export const pointInTimeRecoveryRule = defineRule({
  id: 'I9001',
  name: 'point-in-time-recovery',
  title: 'Point-in-time recovery',
  severity: 'info',
  description: 'Point-in-time recovery keeps continuous backups for 35 days, so a table can be restored to any second after an accidental write or delete. It is off unless enabled, and costs storage per GB-month.',
  fix: 'Turn on point-in-time recovery (`pointInTimeRecovery: true`, or PointInTimeRecoverySpecification in a template), or ignore the rule for tables whose data can be rebuilt (`# ddb-plan-ignore I9001 -- rebuilt from S3`).',
  source: RULE_SOURCES.pointInTimeRecovery,
  messages: {
    off: 'point-in-time recovery of {{owner}} is off; turn it on to restore the table to any second of the last 35 days',
  },
  check(context) {
    for (const { table, target } of tablesWithout(context.model.tables, 'pointInTimeRecovery')) context.report('off', target, { owner: tableLabel(table) });
  },
});
