import { shardedPointReadUnits, shardedQueryReadUnits } from '../../calculators/hot-key-shards.js';
import type { Fraction } from '../../calculators/fraction.js';
import { callLimits, type ReadOperation } from '../../calculators/operations.js';
import { readCallUnits, type ReadCall } from '../../calculators/read-call-units.js';
import { queryPages } from '../../calculators/read-units.js';
import { assume, calc, fmt, type Calculation, type Step } from '../../calculators/steps.js';
import { ceilDiv } from '../../calculators/units.js';
import type { AccessPatternModel, IndexModel, ShardingModel, TableModel } from '../spec/spec-model.js';
import { projectedAttributes } from './index-change.js';

/** Read units of one logical request of a read pattern. */
export interface PatternReadUnits {
  /** Read units one logical request consumes: every page, every shard, base-table fetches included. */
  readonly unitsPerCall: Fraction;
  /** The part of `unitsPerCall` spent fetching base-table items for a local index read. */
  readonly fetchUnitsPerCall: Fraction;
  /** Bytes one logical request reads (evaluates), which is what is charged. */
  readonly bytesRead: number;
  /** 1 MB pages one request to one key needs (per shard when the key is sharded). */
  readonly pages: number;
  /** DynamoDB requests one logical request makes: pages × shards for a scatter-gather read. */
  readonly requestsPerCall: number;
  /** The sharding of the key read, when it changes the cost; with the cost the same read would have unsharded. */
  readonly sharding: { readonly model: ShardingModel; readonly unshardedUnitsPerCall: Fraction } | undefined;
}

/**
 * Returns the read units of one logical request of a read pattern on its target (the table, or
 * the index it names): by the rules of its operation (DYNAMODB-RULES.md §2) through
 * `readCallUnits` — a Query or Scan sums the items it evaluates and rounds once, in 1 MB pages;
 * a local index read that returns attributes the index does not project fetches each item from
 * the table — then, for a sharded partition key (§5), one Query per shard (scatter-gather), or for
 * point reads with a random suffix one read per shard. Throws an InputError (with a path relative
 * to the pattern) for a read DynamoDB would refuse, such as a strongly consistent read of a GSI.
 */
export function patternReadUnits(table: TableModel, pattern: AccessPatternModel, index: IndexModel | undefined): Calculation<PatternReadUnits> {
  const op = pattern.operation as ReadOperation;
  const consistency = pattern.consistency ?? 'eventual';
  const paged = op === 'Query' || op === 'Scan';
  const steps: Step[] = [];
  const fetch = index?.type === 'local' && fetchesFromTable(table, index, pattern);
  const call: ReadCall = {
    operation: op,
    items: [{ count: paged ? pattern.scannedItemsPerCall : pattern.itemsPerCall, bytes: pattern.itemBytes }],
    consistency,
    ...(paged && pattern.itemsPerCall < pattern.scannedItemsPerCall ? { itemsReturned: pattern.itemsPerCall } : {}),
    ...(index ? { index: index.type } : {}),
    ...(fetch ? { baseItemBytes: table.itemBytes } : {}),
  };
  const base = readCallUnits(call);
  steps.push(...base.steps);
  const sharding = (index?.partitionKey ?? table.partitionKey).sharding;
  const { bytesRead, pages } = base.value;
  if (sharding === undefined || sharding.count <= 1 || op === 'Scan') {
    if (op === 'Scan' && sharding !== undefined) steps.push(assume('a Scan reads every item whatever the key design, so sharding does not change its cost'));
    return calc({ unitsPerCall: base.value.units, fetchUnitsPerCall: base.value.fetchUnits, bytesRead, pages, requestsPerCall: pages, sharding: undefined }, steps);
  }
  const n = sharding.count;
  const unshardedUnitsPerCall = base.value.units;
  if (op === 'Query') {
    const sg = shardedQueryReadUnits({ shards: n, bytesRead, consistency: consistency as 'strong' | 'eventual' });
    const shardPages = queryPages(ceilDiv(bytesRead, n));
    const unitsPerCall = sg.value.unitsPerRead.add(base.value.fetchUnits);
    steps.push(...sg.steps);
    if (!base.value.fetchUnits.isZero()) {
      steps.push({ what: 'Read units per Query, shards and base-table fetches', how: `${fmt(sg.value.unitsPerRead)} + ${fmt(base.value.fetchUnits)} RCU`, result: `${fmt(unitsPerCall)} RCU` });
    }
    return calc({ unitsPerCall, fetchUnitsPerCall: base.value.fetchUnits, bytesRead, pages: shardPages, requestsPerCall: n * shardPages, sharding: { model: sharding, unshardedUnitsPerCall } }, steps);
  }
  const sp = shardedPointReadUnits({ shards: n, suffix: sharding.suffix, items: pattern.itemsPerCall, itemBytes: pattern.itemBytes, consistency });
  steps.push(...sp.steps);
  // A call carries every key it must try, up to its operation's item limit (one for GetItem).
  const keys = pattern.itemsPerCall * sp.value.requestsPerRead;
  const requestsPerCall = Math.max(1, ceilDiv(keys, callLimits(op)?.maxItems ?? 1));
  return calc(
    {
      unitsPerCall: sp.value.unitsPerRead,
      fetchUnitsPerCall: base.value.fetchUnits,
      bytesRead,
      pages: 1,
      requestsPerCall,
      sharding: sp.value.unitsPerRead.compare(unshardedUnitsPerCall) === 0 ? undefined : { model: sharding, unshardedUnitsPerCall },
    },
    steps,
  );
}

/** True when a local index read asks for attributes the index does not project, so DynamoDB fetches each item from the table (§2). */
function fetchesFromTable(table: TableModel, index: IndexModel, pattern: AccessPatternModel): boolean {
  if (pattern.returnedAttributes === undefined || index.projection === 'all') return false;
  const projected = projectedAttributes(table, index);
  return pattern.returnedAttributes.some((a) => !projected.has(a));
}
