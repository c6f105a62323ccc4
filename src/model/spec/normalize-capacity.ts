import type { z } from 'zod';
import { Fraction } from '../../calculators/fraction.js';
import { AUTOSCALING_TARGET_DEFAULT } from '../../calculators/limits.js';
import { childPointer } from '../source/source-map.js';
import type { autoscalingPolicySchema, autoscalingSchema, capacitySchema } from './capacity-schema.js';
import type { NormalizeContext } from './normalize-context.js';
import type { AutoscalingModel, AutoscalingPolicyModel, CapacityModel } from './spec-model.js';

/** The console's default target utilization, 70 %, exactly (DYNAMODB-RULES.md §4). */
export const DEFAULT_TARGET_UTILIZATION = Fraction.of(Math.round(AUTOSCALING_TARGET_DEFAULT * 100), 100);

/** Normalizes `{ read, write }` units (provisioned capacity, or an on-demand maximum). */
export function normalizeCapacity(ctx: NormalizeContext, pointer: string, input: z.output<typeof capacitySchema> | undefined): CapacityModel | undefined {
  return input === undefined ? undefined : ctx.node(pointer, { read: input.read, write: input.write });
}

function policy(ctx: NormalizeContext, pointer: string, input: z.output<typeof autoscalingPolicySchema>): AutoscalingPolicyModel {
  const target = input.target === undefined ? DEFAULT_TARGET_UTILIZATION : ctx.ratio(childPointer(pointer, 'target'), input.target);
  return ctx.node(pointer, { min: input.min, max: input.max, target }, input.target === undefined ? ['target'] : []);
}

/** Normalizes auto scaling: one policy applies to reads and writes alike; `{ read, write }` gives each its own. */
export function normalizeAutoscaling(ctx: NormalizeContext, pointer: string, input: z.output<typeof autoscalingSchema> | undefined): AutoscalingModel | undefined {
  if (input === undefined) return undefined;
  if ('min' in input) {
    const both = policy(ctx, pointer, input);
    return ctx.node(pointer, { read: both, write: both });
  }
  return ctx.node(pointer, {
    read: input.read && policy(ctx, childPointer(pointer, 'read'), input.read),
    write: input.write && policy(ctx, childPointer(pointer, 'write'), input.write),
  });
}
