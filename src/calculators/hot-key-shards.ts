import type { Fraction } from './fraction.js';
import { READ_UNIT_BYTES } from './limits.js';
import { consistencyFactor, consistencyLabel, type ReadConsistency } from './read-units.js';
import { HOT_KEY_SAFE_FRACTION, partitionLimit } from './hot-key-risk.js';
import { assume, calc, fmt, fmtBytes, type Calculation } from './steps.js';
import { blocksHow, ceilDiv, readBlocks } from './units.js';

/** How a sharded partition key's suffix is chosen (DYNAMODB-RULES.md §5). */
export type ShardSuffixKind = 'random' | 'calculated';

/** Most shards ddb-plan proposes; a design that needs more wants another key, not a longer suffix. */
export const MAX_RECOMMENDED_SHARDS = 10_000;

/**
 * Returns why write sharding alone cannot fix a key that needs `shards` shards, or undefined when
 * it can: above MAX_RECOMMENDED_SHARDS the suffix is no longer the fix — every scatter-gather read
 * would make that many requests — and the key needs a different design (DYNAMODB-RULES.md §5).
 */
export function shardingCannotFix(shards: number): string | undefined {
  if (shards <= MAX_RECOMMENDED_SHARDS) return undefined;
  return `sharding alone cannot fix this key (it would take ${fmt(shards)} shards, more than the ${fmt(MAX_RECOMMENDED_SHARDS)} ddb-plan proposes): give it a different design, e.g. aggregate its writes before they reach DynamoDB`;
}

/**
 * Returns the write shards that bring the hottest logical key's write load under half the
 * 1,000 WCU partition ceiling: ceil(units ÷ (½ × 1,000)), at least 1. Each write goes to one
 * shard and the shards share the key's writes evenly (random suffix, or a calculated suffix of a
 * well-spread attribute) (DYNAMODB-RULES.md §5).
 */
export function writeShardCount(hottestKeyWcuPerSecond: Fraction): Calculation<number> {
  const target = HOT_KEY_SAFE_FRACTION.mul(partitionLimit('write'));
  const shards = Math.max(1, Number(hottestKeyWcuPerSecond.div(target).ceil()));
  const cannotFix = shardingCannotFix(shards);
  return calc(shards, [
    {
      what: 'Write shards',
      how: `ceil(${fmt(hottestKeyWcuPerSecond)} WCU/s ÷ ${fmt(target)} WCU/s), at least 1`,
      result: `${fmt(shards)} shard${shards === 1 ? '' : 's'}`,
      rule: 'a suffix 1..N spreads one logical key over N partition-key values; ddb-plan aims at half the 1,000 WCU ceiling per value (§5)',
    },
    assume('the shards share the key’s writes evenly; N shards on fewer partitions share a partition, so N shards do not always give N× headroom (§5)'),
    ...(cannotFix === undefined ? [] : [{ what: 'Write sharding', result: cannotFix }]),
  ]);
}

/**
 * Returns the shards that bring a hot key's Query reads under half the 3,000 RCU ceiling per
 * shard, or null when no shard count can: every shard query costs at least one 4 KB block, so
 * when `readsPerSecond × one block` is already above the bound, only a cache (DAX) helps
 * (DYNAMODB-RULES.md §2, §5, §9). A logical read of `bytesRead` becomes one query per shard of
 * ceil(bytesRead ÷ N) bytes.
 */
export function queryReadShardCount(input: { readonly readsPerSecond: Fraction; readonly bytesRead: number; readonly consistency: 'strong' | 'eventual' }): Calculation<number | null> {
  const bound = HOT_KEY_SAFE_FRACTION.mul(partitionLimit('read'));
  const perBlock = input.readsPerSecond.mul(consistencyFactor(input.consistency));
  if (perBlock.isZero()) return calc(1, [{ what: 'Read shards', how: 'no reads', result: '1 shard' }]);
  const blocksAllowed = Number(bound.div(perBlock).floor());
  if (blocksAllowed < 1) {
    return calc(null, [
      {
        what: 'Read shards',
        how: `${fmt(input.readsPerSecond)} reads/s × ${fmt(consistencyFactor(input.consistency))} RCU for one block = ${fmt(perBlock)} RCU/s per shard > ${fmt(bound)} RCU/s`,
        result: 'no shard count helps',
        rule: 'a scatter-gather read queries every shard, and each query costs at least one 4 KB block (§2, §5); cache the key instead (§9)',
      },
    ]);
  }
  const shards = Math.max(1, ceilDiv(input.bytesRead, blocksAllowed * READ_UNIT_BYTES));
  return calc(shards, [
    {
      what: 'Blocks one shard query may read',
      how: `floor(${fmt(bound)} RCU/s ÷ (${fmt(input.readsPerSecond)} reads/s × ${fmt(consistencyFactor(input.consistency))} RCU))`,
      result: `${fmt(blocksAllowed)} block${blocksAllowed === 1 ? '' : 's'} of 4 KB`,
      rule: 'ddb-plan aims at half the 3,000 RCU ceiling per partition-key value (§5)',
    },
    {
      what: 'Read shards',
      how: `ceil(${fmtBytes(input.bytesRead)} ÷ (${fmt(blocksAllowed)} × ${fmtBytes(READ_UNIT_BYTES)})), at least 1`,
      result: `${fmt(shards)} shard${shards === 1 ? '' : 's'}`,
    },
  ]);
}

/** A scatter-gather read of one logical key spread over shards. */
export interface ShardedRead {
  /** Read units of one logical read, all shard requests together. */
  readonly unitsPerRead: Fraction;
  /** Requests one logical read makes (one per shard, or one when the shard is computed). */
  readonly requestsPerRead: number;
  /** Read units the same read costs without sharding. */
  readonly unshardedUnitsPerRead: Fraction;
}

/**
 * Returns the read units of a Query of one logical key whose items are spread over `shards`
 * suffixed keys: one Query per shard (scatter-gather, whatever the suffix), each reading
 * ceil(bytes ÷ N) and rounded up to 4 KB on its own (DYNAMODB-RULES.md §2, §5).
 */
export function shardedQueryReadUnits(input: { readonly shards: number; readonly bytesRead: number; readonly consistency: 'strong' | 'eventual' }): Calculation<ShardedRead> {
  const n = input.shards;
  const factor = consistencyFactor(input.consistency);
  const unsharded = factor.mul(readBlocks(input.bytesRead));
  const perQueryBytes = ceilDiv(input.bytesRead, n);
  const blocks = readBlocks(perQueryBytes);
  const unitsPerRead = factor.mul(blocks * n);
  return calc({ unitsPerRead, requestsPerRead: n, unshardedUnitsPerRead: unsharded }, [
    assume(`the read wants every item of the key, which the ${fmt(n)} shards hold in equal parts; a query that stops at a Limit (top K) must read K items from every shard and costs more`),
    {
      what: 'Bytes per shard query',
      how: `ceil(${fmtBytes(input.bytesRead)} ÷ ${fmt(n)} shards)`,
      result: fmtBytes(perQueryBytes),
      rule: 'reading every item of a sharded key takes one Query per shard (scatter-gather) (§5)',
    },
    {
      what: `Read units per scatter-gather read (${consistencyLabel(input.consistency)})`,
      how: `${fmt(n)} queries × ${blocksHow(perQueryBytes, READ_UNIT_BYTES)} × ${fmt(factor)} RCU`,
      result: `${fmt(unitsPerRead)} RCU (unsharded: ${fmt(unsharded)} RCU)`,
      rule: 'each query is rounded up to 4 KB on its own, at least one block (§2)',
    },
  ]);
}

/**
 * Returns the read units of point reads (GetItem, BatchGetItem, TransactGetItems) of `items`
 * items under a sharded key: with a calculated suffix the reader computes each item's shard and
 * reads it once; with a random suffix it must try every shard: one read finds the item and the
 * N − 1 others find nothing but still cost one 4 KB block each (DYNAMODB-RULES.md §2, §5).
 */
export function shardedPointReadUnits(input: {
  readonly shards: number;
  readonly suffix: ShardSuffixKind;
  readonly items: number;
  readonly itemBytes: number;
  readonly consistency: ReadConsistency;
}): Calculation<ShardedRead> {
  const { shards: n, items } = input;
  const factor = consistencyFactor(input.consistency);
  const hitBlocks = readBlocks(input.itemBytes);
  const unsharded = factor.mul(hitBlocks * items);
  if (input.suffix === 'calculated' || n === 1) {
    return calc({ unitsPerRead: unsharded, requestsPerRead: 1, unshardedUnitsPerRead: unsharded }, [
      {
        what: 'Point reads of a sharded key',
        how: n === 1 ? 'one shard' : 'the suffix is calculated from an attribute the reader knows, so each item is read from its own shard once',
        result: `${fmt(unsharded)} RCU, as unsharded`,
        rule: 'a calculated suffix lets a point read compute its shard (§5)',
      },
    ]);
  }
  const blocks = items * (hitBlocks + (n - 1));
  const unitsPerRead = factor.mul(blocks);
  return calc({ unitsPerRead, requestsPerRead: n, unshardedUnitsPerRead: unsharded }, [
    {
      what: `Point reads of a key with a random suffix (${consistencyLabel(input.consistency)})`,
      how: `${fmt(items)} item${items === 1 ? '' : 's'} × (${hitBlocks} block${hitBlocks === 1 ? '' : 's'} for the shard that holds it + ${fmt(n - 1)} × 1 block for the shards that do not) × ${fmt(factor)} RCU`,
      result: `${fmt(unitsPerRead)} RCU (unsharded: ${fmt(unsharded)} RCU)`,
      rule: 'with a random suffix the reader cannot know the shard and reads all N; a read that finds nothing still costs one block (§2, §5)',
    },
  ]);
}
