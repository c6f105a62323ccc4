import type { z } from 'zod';
import { indexEntryBytes } from '../../calculators/index-writes.js';
import { childPointer } from '../source/source-map.js';
import type { indexSchema } from './index-schema.js';
import { attributeBytes } from './normalize-attributes.js';
import { normalizeAutoscaling, normalizeCapacity } from './normalize-capacity.js';
import type { NormalizeContext } from './normalize-context.js';
import type { AttributeModel, IndexModel, KeyAttributeModel } from './spec-model.js';

type IndexInput = z.output<typeof indexSchema>;

/** The table facts an index's defaults and entry size depend on. */
export interface IndexTableFacts {
  readonly partitionKey: KeyAttributeModel;
  readonly sortKey: KeyAttributeModel | undefined;
  readonly attributes: readonly AttributeModel[];
  readonly itemBytes: number;
  readonly itemCount: number | undefined;
}

/** What an index entry's attributes depend on: its keys and its projection. */
type IndexShape = Pick<IndexModel, 'projection' | 'include' | 'partitionKey' | 'sortKey'>;

/**
 * Returns the attribute names an index entry holds unless it projects `all` (DYNAMODB-RULES.md §3):
 * the table's keys, the index's keys and, for `include`, the listed attributes. A name may repeat.
 */
export function keyAndIncludedNames(table: Pick<IndexTableFacts, 'partitionKey' | 'sortKey'>, index: IndexShape): string[] {
  const names = [table.partitionKey.name, table.sortKey?.name, index.partitionKey.name, index.sortKey?.name, ...(index.projection === 'include' ? index.include : [])];
  return names.filter((n): n is string => n !== undefined);
}

/**
 * Returns the bytes of one index entry for a projection (DYNAMODB-RULES.md §3): the whole item
 * for `all`; otherwise the table's and the index's key attributes, plus the `include` attributes
 * for an include projection, each counted once with its name.
 */
export function projectedEntryBytes(table: IndexTableFacts, index: IndexShape): number {
  if (index.projection === 'all') return table.itemBytes;
  return indexEntryBytes(keyAndIncludedNames(table, index).map((name) => ({ name, bytes: attributeBytes(table.attributes, name) }))).value;
}

/** The keys of an index, normalized by the table (which needs them to list its attributes). */
export interface IndexKeys {
  readonly partitionKey: KeyAttributeModel;
  readonly sortKey: KeyAttributeModel | undefined;
}

/**
 * Returns the keys of an index: as written, or for a local index written without a partition key,
 * the table's partition key (located where it would be written; listed as defaulted by the index).
 */
export function indexKeys(ctx: NormalizeContext, pointer: string, written: { readonly partitionKey: KeyAttributeModel | undefined; readonly sortKey: KeyAttributeModel | undefined }, tablePartitionKey: KeyAttributeModel): IndexKeys {
  const pk = tablePartitionKey;
  const partitionKey = written.partitionKey ?? ctx.node(childPointer(pointer, 'partitionKey'), { name: pk.name, type: pk.type, sharding: pk.sharding }, ['name', 'type', 'sharding']);
  return { partitionKey, sortKey: written.sortKey };
}

/**
 * Normalizes a secondary index: global unless written local; projection `all` unless written; the
 * entry size derived from the projection unless written.
 */
export function normalizeIndex(ctx: NormalizeContext, pointer: string, input: IndexInput, table: IndexTableFacts, keys: IndexKeys): IndexModel {
  const defaulted: string[] = [];
  const type = input.type ?? 'global';
  if (input.type === undefined) defaulted.push('type');
  if (input.partitionKey === undefined) defaulted.push('partitionKey');
  const projection = input.projection ?? 'all';
  if (input.projection === undefined) defaulted.push('projection');
  const include = input.include ?? [];
  if (input.include === undefined) defaulted.push('include');
  const shape = { projection, include, partitionKey: keys.partitionKey, sortKey: keys.sortKey };
  const itemBytes = input.itemBytes === undefined ? projectedEntryBytes(table, shape) : ctx.size(input.itemBytes);
  if (input.itemBytes === undefined) defaulted.push('itemBytes');
  const itemCount = input.itemCount ?? table.itemCount;
  if (input.itemCount === undefined && itemCount !== undefined) defaulted.push('itemCount');
  return ctx.node(
    pointer,
    {
      name: input.name,
      type,
      description: input.description,
      partitionKey: keys.partitionKey,
      sortKey: keys.sortKey,
      projection,
      include,
      itemBytes,
      itemCount,
      capacity: normalizeCapacity(ctx, childPointer(pointer, 'capacity'), input.capacity),
      autoscaling: normalizeAutoscaling(ctx, childPointer(pointer, 'autoscaling'), input.autoscaling),
      maxThroughput: normalizeCapacity(ctx, childPointer(pointer, 'maxThroughput'), input.maxThroughput),
    },
    defaulted,
  );
}
