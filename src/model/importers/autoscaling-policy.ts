import type { DraftScope, SpecPath } from './spec-draft.js';
import type { Located, SourceReader } from './source-reader.js';

/** The parts of one target-tracking auto scaling policy, wherever a format writes them. */
export interface PolicyNodes {
  /** The node the policy is read from (a ScalableTarget resource, a CapacityAutoScalingSettings mapping). */
  readonly owner: Located;
  readonly min: Located | undefined;
  readonly max: Located | undefined;
  /** `TargetValue`: a percentage (70 means 70 %), as Application Auto Scaling writes it. */
  readonly target: Located | undefined;
}

/**
 * Writes one auto scaling policy at `path` (`autoscaling.read`, `indexes[1].autoscaling.write`):
 * min and max capacity, and the target utilization from a percentage. The target is written as a
 * percentage text (`"72.5%"`) so that it stays exact. Returns the min capacity, or undefined when
 * the policy could not be written (min or max missing or known only at deploy time).
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_TargetTrackingScalingPolicyConfiguration.html
 */
export function putAutoscalingPolicy(r: SourceReader, t: DraftScope, path: SpecPath, nodes: PolicyNodes): number | undefined {
  const min = r.integer(nodes.min, { min: 0, fallback: 'the auto scaling policy is left out' });
  const max = r.integer(nodes.max, { min: 0, fallback: 'the auto scaling policy is left out' });
  if (nodes.min === undefined) r.problem(nodes.owner.pointer, 'MinCapacity is required');
  if (nodes.max === undefined) r.problem(nodes.owner.pointer, 'MaxCapacity is required');
  if (min === undefined || max === undefined) return undefined;
  t.at(path, nodes.owner.pointer);
  t.put([...path, 'min'], min, nodes.min?.pointer ?? nodes.owner.pointer);
  t.put([...path, 'max'], max, nodes.max?.pointer ?? nodes.owner.pointer);
  const percent = r.number(nodes.target, 'the default target utilization, 70 %, is assumed');
  if (percent !== undefined && nodes.target !== undefined) {
    // A share of more than 100 % or of nothing means nothing; DynamoDB accepts 20 to 90 (lint checks that range).
    if (percent <= 0 || percent > 100) r.problem(nodes.target.pointer, `expected a target utilization in percent, above 0 and at most 100, got ${percent}`);
    else t.put([...path, 'target'], `${percent}%`, nodes.target.pointer);
  }
  return min;
}
