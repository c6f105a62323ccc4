import { MIN_PROVISIONED_UNITS, SOURCES } from '../../calculators/limits.js';
import type { CapacityModel, IndexModel, TableModel } from '../../model/spec/spec-model.js';
import { indexLabel, tableLabel } from '../model-walk.js';
import { defineRule, type RuleContext } from '../rule.js';

type Message = 'noCapacity' | 'zeroCapacity' | 'onDemandCapacity' | 'onDemandAutoscaling' | 'localCapacity' | 'provisionedMaxThroughput';

const DIRECTIONS = ['read', 'write'] as const;

/** Checks that a provisioned table or global index has at least 1 unit each way (written or set by auto scaling) and no on-demand maximum. */
function checkProvisioned(context: RuleContext<Message>, owner: string, node: TableModel | IndexModel): void {
  const { capacity, autoscaling } = node;
  for (const direction of DIRECTIONS) {
    const units = capacity?.[direction];
    // Auto scaling sets the capacity between its min and max (its own rule checks min ≥ 1).
    if (autoscaling?.[direction] !== undefined && units === undefined) continue;
    if (units === undefined) {
      // Point at the capacity that lacks a direction, else at the table's billing mode or the index.
      const target = capacity ? { node: capacity } : 'billing' in node ? { node, field: 'billing' } : { node };
      context.report('noCapacity', target, { owner, direction, min: MIN_PROVISIONED_UNITS });
    } else if (units < MIN_PROVISIONED_UNITS) {
      context.report('zeroCapacity', { node: capacity as CapacityModel, field: direction }, { owner, direction, units, min: MIN_PROVISIONED_UNITS });
    }
  }
  if (node.maxThroughput) context.report('provisionedMaxThroughput', { node, field: 'maxThroughput', at: 'key' }, { owner });
}

/** Checks that an on-demand table or global index carries no provisioned capacity or auto scaling. */
function checkOnDemand(context: RuleContext<Message>, owner: string, node: TableModel | IndexModel): void {
  if (node.capacity) context.report('onDemandCapacity', { node, field: 'capacity', at: 'key' }, { owner });
  if (node.autoscaling) context.report('onDemandAutoscaling', { node, field: 'autoscaling', at: 'key' }, { owner });
}

/**
 * E1010: billing and capacity agree (DYNAMODB-RULES.md §4). A provisioned table and each of its
 * global indexes need at least 1 read and 1 write capacity unit; an on-demand table and its
 * indexes carry no provisioned units or auto scaling; a local index has no capacity of its own;
 * a maximum throughput is for on-demand only.
 */
export const billingCapacityRule = defineRule({
  id: 'E1010',
  name: 'billing-capacity',
  title: 'Billing mode and capacity agree',
  severity: 'error',
  description: 'A provisioned table and each of its global indexes need at least 1 read and 1 write capacity unit. An on-demand table must not carry provisioned throughput or auto scaling (CloudFormation rejects ProvisionedThroughput with PAY_PER_REQUEST), a local index uses the table\'s capacity, and a maximum on-demand throughput applies to on-demand tables only.',
  fix: 'For a provisioned table give every direction of the table and of each global index at least 1 unit (or auto scaling); for an on-demand table remove provisioned throughput and auto scaling, or switch the table to provisioned; remove capacity from local indexes; use a maximum throughput only on on-demand tables.',
  source: SOURCES.onDemand,
  messages: {
    noCapacity: 'provisioned {{owner}} has no {{direction}} capacity; it needs at least {{min}} {{direction}} capacity unit (or auto scaling)',
    zeroCapacity: '{{direction}} capacity of {{owner}} is {{units}}; provisioned capacity is at least {{min}} unit',
    onDemandCapacity: '{{owner}} is billed on demand but gives provisioned capacity; remove it, or bill the table as provisioned',
    onDemandAutoscaling: '{{owner}} is billed on demand but has auto scaling; auto scaling applies to provisioned capacity only',
    localCapacity: '{{owner}} gives capacity, but a local index consumes the table\'s capacity and has none of its own',
    provisionedMaxThroughput: '{{owner}} is provisioned but sets a maximum on-demand throughput, which applies to on-demand tables only',
  },
  check(context) {
    for (const table of context.model.tables) {
      // The table and each global index have capacity of their own, paid for as the table's billing mode says.
      const check = table.billing === 'provisioned' ? checkProvisioned : checkOnDemand;
      check(context, tableLabel(table), table);
      for (const index of table.indexes) {
        const owner = indexLabel(table, index);
        if (index.type === 'global') check(context, owner, index);
        else if (index.capacity) context.report('localCapacity', { node: index, field: 'capacity', at: 'key' }, { owner });
      }
    }
  },
});
