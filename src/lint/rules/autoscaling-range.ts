import { AUTOSCALING_TARGET_MAX, AUTOSCALING_TARGET_MIN, MIN_PROVISIONED_UNITS, SOURCES } from '../../calculators/limits.js';
import { Fraction } from '../../calculators/fraction.js';
import type { AutoscalingModel, AutoscalingPolicyModel } from '../../model/spec/spec-model.js';
import { indexLabel, tableLabel } from '../model-walk.js';
import { defineRule } from '../rule.js';

const TARGET_MIN = Fraction.of(Math.round(AUTOSCALING_TARGET_MIN * 100), 100);
const TARGET_MAX = Fraction.of(Math.round(AUTOSCALING_TARGET_MAX * 100), 100);

function percent(f: Fraction): string {
  return `${Number((f.toNumber() * 100).toFixed(4))} %`;
}

/** Returns each distinct policy of an auto scaling setting with its direction ("reads and writes" when one policy serves both). */
function policies(autoscaling: AutoscalingModel): Array<{ readonly policy: AutoscalingPolicyModel; readonly direction: string }> {
  const { read, write } = autoscaling;
  if (read !== undefined && read === write) return [{ policy: read, direction: 'reads and writes' }];
  return [...(read ? [{ policy: read, direction: 'reads' }] : []), ...(write ? [{ policy: write, direction: 'writes' }] : [])];
}

/**
 * E1011: an auto scaling policy tracks a target utilization between 20 % and 90 %, and its
 * minimum is at least 1 unit and at most its maximum (DYNAMODB-RULES.md §4).
 */
export const autoscalingRangeRule = defineRule({
  id: 'E1011',
  name: 'autoscaling-range',
  title: 'Auto scaling target and bounds',
  severity: 'error',
  description: 'DynamoDB auto scaling tracks a target utilization from 20 % to 90 % of provisioned capacity; its minimum capacity must be at least 1 unit and not above its maximum. Application Auto Scaling rejects other policies.',
  fix: 'Choose a target between 20 % and 90 % (70 % is the console\'s default), a minimum of at least 1 unit and a maximum not below the minimum.',
  source: SOURCES.autoScaling,
  messages: {
    targetOutOfRange: 'auto scaling target of {{owner}} ({{direction}}) is {{target}}; DynamoDB tracks targets from {{min}} to {{max}}',
    minAboveMax: 'auto scaling of {{owner}} ({{direction}}) has min {{low}} above max {{high}}',
    minBelowOne: 'auto scaling of {{owner}} ({{direction}}) has min {{low}}; provisioned capacity is at least {{least}} unit',
  },
  check(context) {
    for (const table of context.model.tables) {
      const owners = [
        { owner: tableLabel(table), autoscaling: table.autoscaling },
        ...table.indexes.map((x) => ({ owner: indexLabel(table, x), autoscaling: x.autoscaling })),
      ];
      for (const { owner, autoscaling } of owners) {
        if (autoscaling === undefined) continue;
        for (const { policy, direction } of policies(autoscaling)) {
          const data = { owner, direction, low: policy.min, high: policy.max, least: MIN_PROVISIONED_UNITS };
          if (policy.target.compare(TARGET_MIN) < 0 || policy.target.compare(TARGET_MAX) > 0) {
            context.report('targetOutOfRange', { node: policy, field: 'target' }, { ...data, target: percent(policy.target), min: percent(TARGET_MIN), max: percent(TARGET_MAX) });
          }
          if (policy.min < MIN_PROVISIONED_UNITS) context.report('minBelowOne', { node: policy, field: 'min' }, data);
          if (policy.min > policy.max) context.report('minAboveMax', { node: policy, field: 'min' }, data);
        }
      }
    }
  },
});
