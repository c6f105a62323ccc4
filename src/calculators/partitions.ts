import { Fraction } from './fraction.js';
import { PARTITION_MAX_BYTES, PARTITION_MAX_RCU, PARTITION_MAX_WCU } from './limits.js';
import { assume, calc, fmt, fmtBytes, type Calculation } from './steps.js';

/** The historic published partition estimate. */
export interface PartitionEstimate {
  /** RCU / 3,000 + WCU / 1,000, unrounded. */
  readonly byCapacity: Fraction;
  /** Table bytes / 10 GB, unrounded (0 when the size is unknown). */
  readonly bySize: Fraction;
  /** ceil(max(byCapacity, bySize)), at least 1. */
  readonly partitions: number;
}

/**
 * Returns the partition estimate of the formula the developer guide published until 2018 and
 * exam material still teaches: by capacity RCU/3,000 + WCU/1,000, by size bytes/10 GB,
 * partitions = ceil of the larger, at least 1 (DYNAMODB-RULES.md §5, Decision).
 */
export function estimatePartitions(input: { readonly rcu: Fraction | number; readonly wcu: Fraction | number; readonly tableBytes?: number }): Calculation<PartitionEstimate> {
  const rcu = typeof input.rcu === 'number' ? Fraction.of(input.rcu) : input.rcu;
  const wcu = typeof input.wcu === 'number' ? Fraction.of(input.wcu) : input.wcu;
  const byCapacity = rcu.div(PARTITION_MAX_RCU).add(wcu.div(PARTITION_MAX_WCU));
  const bytes = input.tableBytes ?? 0;
  const bySize = Fraction.of(bytes, PARTITION_MAX_BYTES);
  const larger = byCapacity.max(bySize);
  const partitions = Math.max(1, Number(larger.ceil()));
  return calc({ byCapacity, bySize, partitions }, [
    assume('this is the historic estimate the developer guide published until 2018; DynamoDB now also splits partitions for heat and size on its own (§5)'),
    {
      what: 'Partitions by capacity',
      how: `${fmt(rcu)} RCU ÷ ${fmt(PARTITION_MAX_RCU)} + ${fmt(wcu)} WCU ÷ ${fmt(PARTITION_MAX_WCU)}`,
      result: fmt(byCapacity, 4),
      rule: 'one partition serves at most 3,000 RCU and 1,000 WCU (§5)',
    },
    {
      what: 'Partitions by size',
      how: input.tableBytes === undefined ? 'table size not given' : `${fmtBytes(bytes)} ÷ ${fmtBytes(PARTITION_MAX_BYTES)}`,
      result: fmt(bySize, 4),
      rule: 'one partition holds about 10 GB (§5)',
    },
    {
      what: 'Partitions',
      how: `ceil(max(${fmt(byCapacity, 4)}, ${fmt(bySize, 4)})), at least 1`,
      result: `${fmt(partitions)}`,
    },
  ]);
}

/** Returns the per-partition ceilings in units per second: 3,000 RCU and 1,000 WCU (§5). */
export function partitionCeilings(): { readonly rcu: number; readonly wcu: number } {
  return { rcu: PARTITION_MAX_RCU, wcu: PARTITION_MAX_WCU };
}
