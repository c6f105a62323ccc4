import type { z } from 'zod';
import { childPointer } from '../source/source-map.js';
import { normalizeAccessPattern } from './normalize-access-pattern.js';
import { declaredTypes, normalizeAttributes, normalizeKey } from './normalize-attributes.js';
import { normalizeAutoscaling, normalizeCapacity } from './normalize-capacity.js';
import type { NormalizeContext } from './normalize-context.js';
import { indexKeys, normalizeIndex, type IndexKeys } from './normalize-index.js';
import { normalizeLoadProfile, normalizeReplicas, normalizeStream, normalizeTtl } from './normalize-table-options.js';
import type { TableModel } from './spec-model.js';
import type { tableSchema } from './table-schema.js';

type TableInput = z.output<typeof tableSchema>;

/**
 * Normalizes a table. Defaults: billing provisioned when capacity or auto scaling is written,
 * on-demand otherwise; table class standard; point-in-time recovery and deletion protection off
 * (DynamoDB's own defaults); no replicas, indexes or access patterns; the item size summed over
 * the attributes, key attributes included whether declared or not.
 */
export function normalizeTable(ctx: NormalizeContext, pointer: string, input: TableInput): TableModel {
  const at = (field: string): string => childPointer(pointer, field);
  const defaulted: string[] = [];
  const types = declaredTypes(input.attributes);
  const partitionKey = normalizeKey(ctx, at('partitionKey'), input.partitionKey, types);
  const sortKey = input.sortKey === undefined ? undefined : normalizeKey(ctx, at('sortKey'), input.sortKey, types);
  const indexInputs = input.indexes ?? [];
  const keysOfIndexes: IndexKeys[] = indexInputs.map((x, i) => {
    const ip = childPointer(at('indexes'), i);
    const written = {
      partitionKey: x.partitionKey === undefined ? undefined : normalizeKey(ctx, childPointer(ip, 'partitionKey'), x.partitionKey, types),
      sortKey: x.sortKey === undefined ? undefined : normalizeKey(ctx, childPointer(ip, 'sortKey'), x.sortKey, types),
    };
    return indexKeys(ctx, ip, written, partitionKey);
  });
  const allKeys = [partitionKey, sortKey, ...keysOfIndexes.flatMap((k) => [k.partitionKey, k.sortKey])].filter((k) => k !== undefined);
  const attributes = normalizeAttributes(ctx, pointer, input.attributes, allKeys);
  const itemBytesFromAttributes = attributes.reduce((sum, a) => sum + a.bytes, 0);
  const itemBytes = input.itemBytes === undefined ? itemBytesFromAttributes : ctx.size(input.itemBytes);
  if (input.itemBytes === undefined) defaulted.push('itemBytes');
  const facts = { partitionKey, sortKey, attributes, itemBytes, itemCount: input.itemCount };
  const indexes = indexInputs.map((x, i) => normalizeIndex(ctx, childPointer(at('indexes'), i), x, facts, keysOfIndexes[i] as IndexKeys));
  const loadProfile = normalizeLoadProfile(ctx, at('loadProfile'), input.loadProfile);
  const accessPatterns = (input.accessPatterns ?? []).map((p, i) =>
    normalizeAccessPattern(ctx, childPointer(at('accessPatterns'), i), p, { itemBytes, itemCount: input.itemCount, indexes, loadProfile }),
  );
  const billing = input.billing ?? (input.capacity !== undefined || input.autoscaling !== undefined ? 'provisioned' : 'on-demand');
  const tableClass = input.tableClass ?? 'standard';
  for (const [field, value] of [
    ['billing', input.billing],
    ['tableClass', input.tableClass],
    ['pointInTimeRecovery', input.pointInTimeRecovery],
    ['deletionProtection', input.deletionProtection],
    ['replicas', input.replicas],
    ['indexes', input.indexes],
    ['accessPatterns', input.accessPatterns],
  ] as const) {
    if (value === undefined) defaulted.push(field);
  }
  return ctx.node(
    pointer,
    {
      name: input.name,
      description: input.description,
      billing,
      capacity: normalizeCapacity(ctx, at('capacity'), input.capacity),
      autoscaling: normalizeAutoscaling(ctx, at('autoscaling'), input.autoscaling),
      maxThroughput: normalizeCapacity(ctx, at('maxThroughput'), input.maxThroughput),
      tableClass,
      partitionKey,
      sortKey,
      attributes,
      itemBytes,
      itemBytesFromAttributes,
      itemCount: input.itemCount,
      maxItemsPerPartitionKey: input.maxItemsPerPartitionKey,
      ttl: normalizeTtl(ctx, at('ttl'), input.ttl),
      stream: normalizeStream(ctx, at('stream'), input.stream),
      pointInTimeRecovery: input.pointInTimeRecovery ?? false,
      deletionProtection: input.deletionProtection ?? false,
      replicas: normalizeReplicas(ctx, at('replicas'), input.replicas, tableClass),
      loadProfile,
      indexes,
      accessPatterns,
    },
    defaulted,
    { itemBytesFromAttributes: 'attributes' },
  );
}
