import { z } from 'zod';
import { accessPatternSchema } from './access-pattern-schema.js';
import { attributeSchema, keyAttributeSchema } from './attribute-schema.js';
import { autoscalingSchema, capacitySchema, maxThroughputSchema } from './capacity-schema.js';
import { indexSchema } from './index-schema.js';
import { loadProfileSchema } from './load-profile-schema.js';
import { itemCountSchema, nameSchema, specSizeSchema } from './spec-quantities.js';
import { replicaSchema, streamSchema, tableClassSchema, ttlSchema } from './table-options-schema.js';
import { BILLING_MODES } from './vocabulary.js';

/** A table: keys, attributes, capacity settings, indexes and access patterns. */
export const tableSchema = z
  .strictObject({
    name: nameSchema.meta({ description: 'table name (3 to 255 of A-Z a-z 0-9 _ - .)' }),
    description: z.string().optional(),
    billing: z.enum(BILLING_MODES).optional().meta({ description: 'provisioned or on-demand. Default: provisioned when capacity or autoscaling is given, on-demand otherwise' }),
    capacity: capacitySchema.optional(),
    autoscaling: autoscalingSchema.optional(),
    maxThroughput: maxThroughputSchema.optional(),
    tableClass: tableClassSchema.optional().meta({ description: 'standard or standard-ia. Default: standard', default: 'standard' }),
    partitionKey: keyAttributeSchema.meta({ description: 'the partition (hash) key' }),
    sortKey: keyAttributeSchema.optional().meta({ description: 'the sort (range) key, for a composite primary key' }),
    attributes: z
      .record(nameSchema, attributeSchema)
      .optional()
      .meta({ description: 'the attributes of an average item with their types and value sizes; key attributes not listed here still count' }),
    itemBytes: specSizeSchema.optional().meta({ description: 'size of an average item, names and values. Default: the sum over `attributes`' }),
    itemCount: itemCountSchema.optional().meta({ description: 'number of items in the table (storage, partitions by size, full scans)' }),
    maxItemsPerPartitionKey: itemCountSchema.min(1).optional().meta({ description: 'items in the largest item collection (one partition-key value); an item collection with local indexes must stay under 10 GB' }),
    ttl: ttlSchema.optional(),
    stream: streamSchema.optional(),
    pointInTimeRecovery: z.boolean().optional().meta({ description: 'continuous backups. Default: false', default: false }),
    deletionProtection: z.boolean().optional().meta({ description: 'Default: false', default: false }),
    replicas: z.array(replicaSchema).optional().meta({ description: 'for a global table: every region it lives in, this one included' }),
    loadProfile: loadProfileSchema.optional(),
    indexes: z.array(indexSchema).optional().meta({ description: 'global and local secondary indexes' }),
    accessPatterns: z.array(accessPatternSchema).optional().meta({ description: 'the requests the application makes to this table and its indexes' }),
  })
  .meta({ title: 'Table', description: 'a DynamoDB table with its indexes and access patterns' });
