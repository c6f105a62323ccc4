import { z } from 'zod';
import { InputError } from '../../errors.js';
import { exampleBytes } from './example-value.js';
import { ATTRIBUTE_TYPES, SHARD_SUFFIXES, type AttributeType } from './vocabulary.js';
import { itemCountSchema, nameSchema, specSizeSchema } from './spec-quantities.js';

/**
 * A DynamoDB attribute type: S, N, B, BOOL, NULL, L, M, SS, NS or BS. YAML 1.2 reads an unquoted
 * `NULL` as null, so null also means the NULL type (`attributeType` turns it back).
 */
export const attributeTypeSchema = z
  .union([z.enum(ATTRIBUTE_TYPES), z.null()])
  .meta({ description: 'DynamoDB attribute type: S (string), N (number), B (binary), BOOL, NULL, L (list), M (map), SS, NS or BS (sets)' });

/** Returns the attribute type a validated `type` stands for: YAML's null is the NULL type. */
export function attributeType(written: z.output<typeof attributeTypeSchema>): AttributeType {
  return written ?? 'NULL';
}

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
    z
      .strictObject({
        type: attributeTypeSchema,
        bytes: specSizeSchema.optional().meta({ description: 'average size of the value (not the name), e.g. 36 or "1.5KB". Default: the size of `example`, else from the type (N 21, BOOL and NULL 1, B 16, other types 36)' }),
        example: z.unknown().optional().meta({ description: 'a typical value, sized by the item-size rules when `bytes` is not given: text for S, a number for N, base64 for B, a list for L and the sets, a mapping for M' }),
        cardinality: itemCountSchema.min(1).optional().meta({ description: 'number of distinct values the attribute takes across the table (a status might have 5)' }),
        description: z.string().optional(),
      })
      .check(
        z.superRefine(
          (a, ctx) => {
            if (a.example === undefined) return;
            try {
              exampleBytes('example', attributeType(a.type), a.example);
            } catch (e) {
              if (!(e instanceof InputError)) throw e;
              // The calculator names the value by its JSONPath in a one-attribute item; keep only what is inside the example.
              const m = /^\$\.example\.[A-Z]+(\S*): ([\s\S]*)$/.exec(e.message);
              const message = m ? (m[1] ? `at ${m[1]}: ${m[2]}` : m[2]) : e.message;
              ctx.addIssue({ code: 'custom', path: ['example'], message: `not a value of type ${attributeType(a.type)}: ${message}`, input: a.example });
            }
          },
          { when: (payload) => payload.issues.length === 0 },
        ),
      ),
  ])
  .meta({ title: 'Attribute', description: 'an attribute of the average item: its type, or { type, bytes, example, cardinality }' });
