import type { Fraction } from '../../calculators/fraction.js';
import type { QuickCapacity, Units, WholeUnits } from '../../calculators/quick-capacity.js';

/** The item sizes as given on the command line: one size, or a list for the items of one call. */
export interface QuickItemSizes {
  readonly itemBytes: number | null;
  readonly itemSizes: readonly number[] | null;
}

const num = (f: Fraction): number => f.toNumber();
const units = (u: Units | null, whole: WholeUnits | null): Record<string, unknown> | null => u && { rcu: num(u.rcu), wcu: num(u.wcu), provisioned: whole };

/**
 * Returns the JSON body of a quick answer (ARCHITECTURE.md, `capacity` quick mode): `rcu` and `wcu`
 * exact and unrounded (table and global index together), `provisioned` in whole units (the table's
 * and a global index's, each rounded up and at least 1, added up), the same apart under `table` and
 * `globalIndex`, `reads` and `writes` objects or null, and the operation's units per call, pages and
 * index writes.
 */
export function quickJson(r: QuickCapacity, sizes: QuickItemSizes): Record<string, unknown> {
  const reads = r.reads;
  const writes = r.writes;
  return {
    mode: r.input.mode,
    tableClass: r.input.tableClass,
    operation: reads?.operation ?? writes?.operation ?? null,
    itemBytes: sizes.itemBytes,
    itemSizes: sizes.itemSizes,
    rcu: num(r.rcu),
    wcu: num(r.wcu),
    provisioned: { rcu: r.provisioned.rcu, wcu: r.provisioned.wcu },
    table: units(r.table, r.provisioned.table),
    globalIndex: units(r.globalIndex, r.provisioned.globalIndex),
    reads: reads && {
      operation: reads.operation,
      ratePerSecond: num(reads.ratePerSecond),
      consistency: reads.consistency,
      index: reads.index,
      itemsPerCall: reads.call.itemsReturned,
      scannedItemsPerCall: reads.call.itemsRead,
      bytesPerCall: reads.call.bytesRead,
      pagesPerCall: reads.call.pages,
      requestsPerSecond: num(reads.requestsPerSecond),
      unitsPerCall: num(reads.unitsPerCall),
      unitsPerRead: num(reads.unitsPerCall),
      baseFetchUnitsPerCall: num(reads.call.fetchUnits),
      unitsPerSecond: num(reads.unitsPerSecond),
    },
    writes: writes && {
      operation: writes.operation,
      ratePerSecond: num(writes.ratePerSecond),
      transactional: writes.transactional,
      itemsPerCall: writes.call.itemsWritten,
      bytesPerCall: writes.call.bytesWritten,
      oldItemBytes: r.input.writes?.call.oldItemBytes ?? null,
      conditionalFailureRate: r.input.writes?.call.conditionalFailureRate ? num(r.input.writes.call.conditionalFailureRate) : 0,
      unitsPerCall: num(writes.unitsPerCall),
      unitsPerWrite: num(writes.unitsPerCall),
      unitsPerSecond: num(writes.unitsPerSecond),
      index: writes.index && {
        type: writes.index.kind,
        change: writes.index.change,
        entryBytes: writes.index.entryBytes,
        writesPerCall: num(writes.index.writesPerCall),
        unitsPerCall: num(writes.index.unitsPerCall),
        unitsPerSecond: num(writes.index.unitsPerSecond),
      },
    },
    monthlyCost: {
      provisioned: round6(r.cost.provisionedMonthlyUsd),
      onDemand: round6(r.cost.onDemandMonthlyUsd),
    },
    onDemandPerMillion: { reads: nullableRound(r.cost.onDemandPerMillionReadsUsd), writes: nullableRound(r.cost.onDemandPerMillionWritesUsd) },
    breakEvenUtilization: round6(r.cost.breakEvenUtilization),
  };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function nullableRound(n: number | null): number | null {
  return n === null ? null : round6(n);
}
