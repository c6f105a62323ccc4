import { z } from 'zod';
import { keyAttributeSchema } from './attribute-schema.js';
import { autoscalingSchema, capacitySchema, maxThroughputSchema } from './capacity-schema.js';
import { itemCountSchema, nameSchema, specSizeSchema } from './spec-quantities.js';
import { INDEX_TYPES, PROJECTIONS } from './vocabulary.js';

/** A secondary index of a table. */
export const indexSchema = z
  .strictObject({
    name: nameSchema.meta({ description: 'index name (3 to 255 of A-Z a-z 0-9 _ - .)' }),
    type: z.enum(INDEX_TYPES).optional().meta({ description: 'global or local. Default: global', default: 'global' }),
    description: z.string().optional(),
    partitionKey: keyAttributeSchema.optional().meta({ description: "the index's partition key; required for a global index, the table's for a local one" }),
    sortKey: keyAttributeSchema.optional().meta({ description: "the index's sort key; a local index needs one" }),
    projection: z.enum(PROJECTIONS).optional().meta({ description: 'all, keys-only, or include (the keys and the attributes in `include`). Default: all', default: 'all' }),
    include: z.array(nameSchema).optional().meta({ description: 'the attributes an include projection adds to the keys' }),
    itemBytes: specSizeSchema.optional().meta({ description: 'size of one index entry. Default: derived from the projection and the attribute sizes' }),
    itemCount: itemCountSchema.optional().meta({ description: "entries in the index, below the table's item count for a sparse index. Default: the table's itemCount" }),
    capacity: capacitySchema.optional().meta({ description: 'provisioned capacity of a global index (a local index uses the table\'s)' }),
    autoscaling: autoscalingSchema.optional(),
    maxThroughput: maxThroughputSchema.optional(),
  })
  .check(
    z.superRefine(
      (index, ctx) => {
        if (index.type !== 'local' && index.partitionKey === undefined) {
          ctx.addIssue({ code: 'custom', path: ['partitionKey'], message: 'a global index needs a partition key (or `type: local` for a local index)', input: index });
        }
      },
      // Also when other fields have problems: every problem is reported at once.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
    ),
  )
  .meta({ title: 'Secondary index', description: 'a global or local secondary index' });
