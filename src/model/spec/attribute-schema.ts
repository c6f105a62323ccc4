import { z } from 'zod';
import { ATTRIBUTE_TYPES, SHARD_SUFFIXES } from './vocabulary.js';
import { itemCountSchema, nameSchema, specSizeSchema } from './spec-quantities.js';

/** A DynamoDB attribute type: S, N, B, BOOL, NULL, L, M, SS, NS or BS. */
export const attributeTypeSchema = z.enum(ATTRIBUTE_TYPES).meta({ description: 'DynamoDB attribute type: S (string), N (number), B (binary), BOOL, NULL, L (list), M (map), SS, NS or BS (sets)' });

/** Write sharding of a partition key: the key's values carry a suffix 1..count. */
export const shardingSchema = z
  .strictObject({
    count: z.number().int().min(1).max(100_000).meta({ description: 'number of shards each logical key value is spread over' }),
    suffix: z.enum(SHARD_SUFFIXES).optional().meta({ description: 'random: writes pick a shard at random (reads of a key query every shard); calculated: the shard is computed from another attribute, so a point read knows it. Default: random', default: 'random' }),
  })
  .meta({ title: 'Write sharding', description: 'the partition key values are written with a shard suffix (DynamoDB write sharding)' });

/** A key attribute: its name, or `{ name, type, sharding }`. */
export const keyAttributeSchema = z
  .union([
    nameSchema,
    z.strictObject({
      name: nameSchema.meta({ description: 'attribute name' }),
      type: attributeTypeSchema.optional().meta({ description: 'S, N or B; taken from `attributes` when omitted' }),
      sharding: shardingSchema.optional(),
    }),
  ])
  .meta({ title: 'Key attribute', description: 'a key attribute: its name, or { name, type } (type S, N or B; from `attributes` when omitted)' });

/** An entry of a table's `attributes`: a type, or `{ type, bytes, cardinality }`. */
export const attributeSchema = z
  .union([
    attributeTypeSchema,
    z.strictObject({
      type: attributeTypeSchema,
      bytes: specSizeSchema.optional().meta({ description: 'average size of the value (not the name), e.g. 36 or "1.5KB". Default: from the type (N 21, BOOL and NULL 1, B 16, other types 36)' }),
      cardinality: itemCountSchema.min(1).optional().meta({ description: 'number of distinct values the attribute takes across the table (a status might have 5)' }),
      description: z.string().optional(),
    }),
  ])
  .meta({ title: 'Attribute', description: 'an attribute of the average item: its type, or { type, bytes, cardinality }' });
