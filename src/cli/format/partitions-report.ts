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

/** Renders the partition estimate for the terminal: by capacity, by size, the answer, and what one partition holds. */
export function renderPartitionsReport(q: PartitionsQuestion, e: PartitionEstimate, style: Style): string {
  const partitionSize = `${fmt(PARTITION_MAX_BYTES / GB)} GB`;
  const table = renderTable(
    {
      head: ['', 'value'],
      rows: [
        [`by capacity (RCU/${fmt(PARTITION_MAX_RCU)} + WCU/${fmt(PARTITION_MAX_WCU)})`, fmt(e.byCapacity, 4)],
        [`by size (size/${partitionSize})`, q.tableBytes === undefined ? '0 (no --size)' : `${fmt(e.bySize, 4)} for ${describeBytes(q.tableBytes)}`],
        ['partitions', style.color.bold(fmt(e.partitions))],
        ['each partition', `at most ${fmt(PARTITION_MAX_RCU)} RCU, ${fmt(PARTITION_MAX_WCU)} WCU, about ${partitionSize}`],
      ],
      align: ['left', 'right'],
    },
    style,
  );
  const note = style.color.dim('Historic published estimate (developer guide until 2018); DynamoDB now also splits for heat and size.');
  return `${table}\n${note}\n`;
}
