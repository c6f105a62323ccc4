import { z } from 'zod';
import { positiveRatioSchema } from '../common/ratio.js';
import { unitsSchema } from './spec-quantities.js';

/** Provisioned capacity units of a table or a global index. */
export const capacitySchema = z
  .strictObject({
    read: unitsSchema.optional().meta({ description: 'read capacity units (RCU)' }),
    write: unitsSchema.optional().meta({ description: 'write capacity units (WCU)' }),
  })
  .meta({ title: 'Provisioned capacity', description: 'provisioned read and write capacity units' });

/** One auto scaling policy (target tracking). */
export const autoscalingPolicySchema = z.strictObject({
  min: unitsSchema.meta({ description: 'fewest capacity units auto scaling may set' }),
  max: unitsSchema.meta({ description: 'most capacity units auto scaling may set' }),
  target: positiveRatioSchema.optional().meta({ description: 'target utilization, 0.2 to 0.9 (or "70%"). Default: 0.7', default: 0.7 }),
});

/** Auto scaling: one policy for reads and writes, or `{ read, write }`. */
export const autoscalingSchema = z
  .union([
    autoscalingPolicySchema,
    z.strictObject({
      read: autoscalingPolicySchema.optional().meta({ description: 'policy for read capacity' }),
      write: autoscalingPolicySchema.optional().meta({ description: 'policy for write capacity' }),
    }),
  ])
  .meta({ title: 'Auto scaling', description: 'target-tracking auto scaling of provisioned capacity: { min, max, target } for both reads and writes, or { read: {...}, write: {...} }' });

/** The optional ceiling of an on-demand table or index, in request units per second. */
export const maxThroughputSchema = z
  .strictObject({
    read: unitsSchema.min(1).optional().meta({ description: 'most read request units per second' }),
    write: unitsSchema.min(1).optional().meta({ description: 'most write request units per second' }),
  })
  .meta({ title: 'On-demand maximum throughput', description: 'caps on-demand request units per second (on-demand tables and their global indexes)' });
