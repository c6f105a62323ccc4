import type { z } from 'zod';
import { Fraction } from '../../calculators/fraction.js';
import type { ReadConsistency } from '../../calculators/read-units.js';
import { normalizeKeyPopularity } from '../common/key-popularity.js';
import { childPointer } from '../source/source-map.js';
import type { accessPatternSchema } from './access-pattern-schema.js';
import type { NormalizeContext } from './normalize-context.js';
import { normalizeLoadProfile } from './normalize-table-options.js';
import type { AccessPatternModel, IndexModel, LoadProfileModel } from './spec-model.js';
import { isReadOperation, type Operation, type WriteKind } from './vocabulary.js';

type PatternInput = z.output<typeof accessPatternSchema>;

/** What a write does to its item when the pattern does not say: PutItem and BatchWriteItem create items, DeleteItem removes them, the rest update. */
export const DEFAULT_WRITE_KIND: Readonly<Record<Exclude<Operation, 'GetItem' | 'BatchGetItem' | 'Query' | 'Scan' | 'TransactGetItems'>, WriteKind>> = {
  PutItem: 'insert',
  BatchWriteItem: 'insert',
  UpdateItem: 'update',
  TransactWriteItems: 'update',
  DeleteItem: 'delete',
};

/** Returns the consistency of a read that does not say: eventual, DynamoDB's default, or transactional for TransactGetItems (DYNAMODB-RULES.md §2). */
export function defaultConsistency(operation: Operation): ReadConsistency | undefined {
  if (!isReadOperation(operation)) return undefined;
  return operation === 'TransactGetItems' ? 'transactional' : 'eventual';
}

/** The table facts a pattern's defaults depend on. */
export interface PatternTableFacts {
  readonly itemBytes: number;
  readonly itemCount: number | undefined;
  readonly indexes: readonly IndexModel[];
  readonly loadProfile: LoadProfileModel | undefined;
}

/**
 * Normalizes an access pattern. Defaults: peak = rate; reads eventually consistent; item size of
 * the target (the index entry for a read of an index, else the table's item); one item per call;
 * a Query evaluates the items it returns and a Scan the whole table (its itemCount, when known);
 * no conditional failures; the write kind from the operation; an update's previous item as large
 * as the new one; the table's load profile.
 */
export function normalizeAccessPattern(ctx: NormalizeContext, pointer: string, input: PatternInput, table: PatternTableFacts): AccessPatternModel {
  const defaulted: string[] = [];
  const given = <T>(field: keyof PatternInput & string, value: T | undefined, fallback: T): T => {
    if (value !== undefined) return value;
    defaulted.push(field);
    return fallback;
  };
  const read = isReadOperation(input.operation);
  const rate = ctx.rate(childPointer(pointer, 'rate'), input.rate);
  const peak = input.peak === undefined ? given('peak', undefined, rate) : ctx.rate(childPointer(pointer, 'peak'), input.peak);
  const target = read && input.index !== undefined ? table.indexes.find((x) => x.name === input.index) : undefined;
  const itemBytes = input.itemBytes === undefined ? given('itemBytes', undefined, target?.itemBytes ?? table.itemBytes) : ctx.size(input.itemBytes);
  const itemsPerCall = given('itemsPerCall', input.itemsPerCall, 1);
  const scannedByDefault = input.operation === 'Scan' ? Math.max(itemsPerCall, (target ?? table).itemCount ?? itemsPerCall) : itemsPerCall;
  const scannedItemsPerCall = given('scannedItemsPerCall', input.scannedItemsPerCall, scannedByDefault);
  const writeKind = read ? input.writeKind : given('writeKind', input.writeKind, DEFAULT_WRITE_KIND[input.operation as keyof typeof DEFAULT_WRITE_KIND]);
  const consistency = read ? given('consistency', input.consistency, defaultConsistency(input.operation)) : input.consistency;
  const previousItemBytes =
    input.previousItemBytes !== undefined ? ctx.size(input.previousItemBytes) : writeKind === 'update' ? given('previousItemBytes', undefined, itemBytes) : undefined;
  const conditionalFailureRate =
    input.conditionalFailureRate === undefined
      ? given('conditionalFailureRate', undefined, Fraction.ZERO)
      : ctx.ratio(childPointer(pointer, 'conditionalFailureRate'), input.conditionalFailureRate);
  const ownProfile = normalizeLoadProfile(ctx, childPointer(pointer, 'loadProfile'), input.loadProfile);
  const loadProfile = ownProfile ?? (table.loadProfile === undefined ? undefined : given('loadProfile', undefined, table.loadProfile));
  const keysPointer = childPointer(pointer, 'keys');
  const keys = Object.entries(input.keys ?? {}).map(([attribute, popularity]) =>
    ctx.node(childPointer(keysPointer, attribute), { attribute, popularity: normalizeKeyPopularity(popularity) }, ),
  );
  return ctx.node(
    pointer,
    {
      name: input.name,
      description: input.description,
      operation: input.operation,
      kind: read ? 'read' : 'write',
      index: input.index,
      rate,
      peak,
      keys,
      consistency,
      itemBytes,
      previousItemBytes,
      itemsPerCall,
      scannedItemsPerCall,
      conditionalFailureRate,
      writeKind,
      changesIndexKeys: given('changesIndexKeys', input.changesIndexKeys, []),
      changedAttributes: input.changedAttributes,
      skipsIndexes: given('skipsIndexes', input.skipsIndexes, []),
      returnedAttributes: input.returnedAttributes,
      loadProfile,
    },
    defaulted,
    { kind: 'operation' },
  );
}

