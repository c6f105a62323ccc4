import { z } from 'zod';
import { STREAM_VIEW_TYPES } from '../../calculators/limits.js';
import { TABLE_CLASSES } from './vocabulary.js';
import { nameSchema, specRateSchema } from './spec-quantities.js';

/** Table class: standard or standard-ia. */
export const tableClassSchema = z.enum(TABLE_CLASSES).meta({ description: 'standard, or standard-ia (Standard-Infrequent Access: cheaper storage, dearer requests)' });

/** Time to live: the attribute name, or `{ attribute, enabled }`. */
export const ttlSchema = z
  .union([
    nameSchema,
    z.strictObject({
      attribute: nameSchema.meta({ description: 'attribute holding the expiry time in epoch seconds (a Number)' }),
      enabled: z.boolean().optional().meta({ description: 'Default: true', default: true }),
    }),
  ])
  .meta({ title: 'Time to live', description: 'the attribute holding each item\'s expiry time (epoch seconds, type N); TTL deletions are free' });

/** A stream view type. */
export const streamViewTypeSchema = z.enum(STREAM_VIEW_TYPES).meta({ description: 'KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES' });

/** DynamoDB Streams: the view type, or `{ viewType, readRequests }`. */
export const streamSchema = z
  .union([
    streamViewTypeSchema,
    z.strictObject({
      viewType: streamViewTypeSchema.optional(),
      readRequests: specRateSchema.optional().meta({ description: 'GetRecords requests per second by readers that pay for them (not Lambda triggers or global table replication, which read for free). Default: 0' }),
    }),
  ])
  .meta({ title: 'Stream', description: 'DynamoDB Streams on the table: the view type, or { viewType, readRequests }' });

/** A global table replica: the region, or `{ region, tableClass }`. */
const regionSchema = z.string().regex(/^[a-z]{2}(-[a-z]+)+-[0-9]+$/, 'expected an AWS region such as eu-west-1');

/** A replica of a global table. */
export const replicaSchema = z
  .union([
    regionSchema,
    z.strictObject({
      region: regionSchema,
      tableClass: tableClassSchema.optional().meta({ description: "the replica's table class. Default: the table's" }),
    }),
  ])
  .meta({ title: 'Replica', description: 'a region of a global table: its name, or { region, tableClass }' });
