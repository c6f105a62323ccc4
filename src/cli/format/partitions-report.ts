import { GB, PARTITION_MAX_BYTES, PARTITION_MAX_RCU, PARTITION_MAX_WCU } from '../../calculators/limits.js';
import type { Fraction } from '../../calculators/fraction.js';
import type { PartitionEstimate } from '../../calculators/partitions.js';
import { describeBytes } from '../../calculators/size.js';
import { fmt } from '../../calculators/steps.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';

/** What `ddb-plan partitions` was asked: capacity units and, when given, the table size in bytes. */
export interface PartitionsQuestion {
  readonly rcu: Fraction;
  readonly wcu: Fraction;
  readonly tableBytes?: number;
}

/** Returns the JSON body of `partitions` (ARCHITECTURE.md: `byCapacity` and `bySize` unrounded, `partitions` rounded up), with the inputs and the per-partition ceilings. */
export function partitionsJson(q: PartitionsQuestion, e: PartitionEstimate): Record<string, unknown> {
  return {
    rcu: q.rcu.toNumber(),
    wcu: q.wcu.toNumber(),
    tableBytes: q.tableBytes ?? 0,
    byCapacity: e.byCapacity.toNumber(),
    bySize: e.bySize.toNumber(),
    partitions: e.partitions,
    perPartition: { rcu: PARTITION_MAX_RCU, wcu: PARTITION_MAX_WCU, bytes: PARTITION_MAX_BYTES },
  };
}

/**
 * Renders the partition estimate for the terminal: the estimate by capacity, by size and the answer,
 * their numbers in one column and the arithmetic beside them, then what one partition holds.
 */
export function renderPartitionsReport(q: PartitionsQuestion, e: PartitionEstimate, style: Style): string {
  const partitionSize = `${fmt(PARTITION_MAX_BYTES / GB)} GB`;
  const table = renderTable(
    {
      head: ['', 'partitions', 'from'],
      rows: [
        ['by capacity', fmt(e.byCapacity, 4), `${fmt(q.rcu)} RCU ÷ ${fmt(PARTITION_MAX_RCU)} + ${fmt(q.wcu)} WCU ÷ ${fmt(PARTITION_MAX_WCU)}`],
        ['by size', fmt(e.bySize, 4), q.tableBytes === undefined ? 'no --size given' : `${describeBytes(q.tableBytes)} ÷ ${partitionSize}`],
        ['estimate', style.color.bold(fmt(e.partitions)), 'the larger, rounded up, at least 1'],
      ],
      align: ['left', 'right', 'left'],
    },
    style,
  );
  const each = `Each partition serves at most ${fmt(PARTITION_MAX_RCU)} RCU and ${fmt(PARTITION_MAX_WCU)} WCU and holds about ${partitionSize}.`;
  const note = style.color.dim('Historic published estimate (developer guide until 2018); DynamoDB now also splits for heat and size.');
  return `${table}\n${each}\n${note}\n`;
}
