import { z } from 'zod';
import { keyPopularitySchema } from '../common/key-popularity.js';
import { ratioSchema } from '../common/ratio.js';
import { loadProfileSchema } from './load-profile-schema.js';
import { itemCountSchema, nameSchema, specRateSchema, specSizeSchema } from './spec-quantities.js';
import { CONSISTENCIES, OPERATIONS, WRITE_KINDS } from './vocabulary.js';

const attributeNames = z.array(nameSchema);

/** One way the application reads or writes a table. */
export const accessPatternSchema = z
  .strictObject({
    name: nameSchema.meta({ description: 'name of the access pattern, e.g. getOrder' }),
    description: z.string().optional(),
    operation: z.enum(OPERATIONS).meta({ description: 'the DynamoDB operation' }),
    index: nameSchema.optional().meta({ description: 'the secondary index a Query or Scan reads. Default: the table' }),
    rate: specRateSchema.meta({ description: 'average requests: a number per second, or "5000/s", "120/min", "3600/h"' }),
    peak: specRateSchema.optional().meta({ description: 'highest sustained requests per second. Default: the average rate' }),
    keys: z
      .record(nameSchema, keyPopularitySchema.meta({ description: '{ cardinality, distribution }, { values }, { weights } or { hot: { share }, cardinality }' }))
      .optional()
      .meta({ description: 'the key attributes the request names (its key condition), each with the popularity of its values' }),
    consistency: z.enum(CONSISTENCIES).optional().meta({ description: 'reads: eventual, strong or transactional. Default: eventual (transactional for TransactGetItems)' }),
    itemBytes: specSizeSchema.optional().meta({ description: 'size of each item (or index entry) read or written. Default: the table\'s item size, or the index entry size for an index' }),
    previousItemBytes: specSizeSchema.optional().meta({ description: 'updates: size of the item before the write. Default: itemBytes' }),
    itemsPerCall: itemCountSchema.optional().meta({ description: 'items returned (Query, Scan) or touched (batches, transactions) per request. Default: 1' }),
    scannedItemsPerCall: itemCountSchema.optional().meta({ description: 'items a Query or Scan evaluates before filtering, per request. Default: itemsPerCall; the table\'s itemCount for a Scan' }),
    conditionalFailureRate: ratioSchema.optional().meta({ description: 'share of conditional writes that fail (they still consume capacity). Default: 0' }),
    writeKind: z.enum(WRITE_KINDS).optional().meta({ description: 'writes: insert (creates the item), update (changes an existing item) or delete. Default: insert for PutItem and BatchWriteItem, update for UpdateItem and TransactWriteItems, delete for DeleteItem' }),
    changesIndexKeys: attributeNames.optional().meta({ description: 'updates: the indexes whose key attributes the write changes (each costs a delete and a put there)' }),
    changedAttributes: attributeNames.optional().meta({ description: 'updates: the attributes the write changes, to tell which indexes it touches. Default: not known' }),
    skipsIndexes: attributeNames.optional().meta({ description: 'writes: sparse indexes whose key attributes the written items lack (no index write)' }),
    returnedAttributes: attributeNames.optional().meta({ description: 'reads: the attributes the request asks for; on a local index, any not projected makes DynamoDB fetch the table item. Default: what the target holds' }),
    loadProfile: loadProfileSchema.optional().meta({ description: "the pattern's daily load profile. Default: the table's" }),
  })
  .meta({ title: 'Access pattern', description: 'a request the application makes: operation, rate, keys and sizes' });
