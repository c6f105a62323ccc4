import { InputError } from '../errors.js';
import { breakEvenUtilization, costPerMillionRequests, onDemandMonthlyCost, provisionedMonthlyCost, type TableClass } from './cost.js';
import { Fraction } from './fraction.js';
import { MIN_PROVISIONED_UNITS } from './limits.js';
import { indexLabel, type IndexKind, type ReadOperation, type WriteOperation } from './operations.js';
import type { PriceTable } from './price-table.js';
import { callNoun, callsPerSecond, readTitle, relabel, writeTitle } from './quick-capacity-titles.js';
import { readCallUnits, type ReadCall, type ReadCallUnits } from './read-call-units.js';
import type { ReadConsistency } from './read-units.js';
import { describeBytes } from './size.js';
import { assume, calc, fmt, fmtUsd, type Calculation, type Explanation, type Step } from './steps.js';
import { roundUpUnits, unitsPerSecond } from './units.js';
import { indexCallWriteUnits, isTransactionalWrite, writeCallUnits, type IndexWrite, type WriteCall, type WriteCallUnits } from './write-call-units.js';

/** Capacity mode of a table. */
export type CapacityMode = 'provisioned' | 'on-demand';

/** Inputs of a quick capacity question: read calls and/or write calls per second, the capacity mode and the table class. */
export interface QuickCapacityInput {
  readonly reads?: { readonly ratePerSecond: Fraction; readonly call: ReadCall };
  readonly writes?: { readonly ratePerSecond: Fraction; readonly call: WriteCall };
  readonly mode: CapacityMode;
  readonly tableClass: TableClass;
}

/** Reads side of a quick answer. */
export interface QuickReads {
  /** Read calls per second. */
  readonly ratePerSecond: Fraction;
  readonly operation: ReadOperation | null;
  readonly consistency: ReadConsistency;
  readonly index: IndexKind | null;
  readonly call: ReadCallUnits;
  /** Read units one call costs. */
  readonly unitsPerCall: Fraction;
  /** Read units per second, exact. */
  readonly unitsPerSecond: Fraction;
  /** Requests per second: each call's pages of at most 1 MB are requests of their own (§2). */
  readonly requestsPerSecond: Fraction;
}

/** Index side of the writes of a quick answer. */
export interface QuickIndexWrites extends IndexWrite {
  readonly writesPerCall: Fraction;
  /** Index entry writes per second: write calls per second × index writes per call. */
  readonly writesPerSecond: Fraction;
  readonly unitsPerCall: Fraction;
  readonly unitsPerSecond: Fraction;
}

/** Writes side of a quick answer. */
export interface QuickWrites {
  /** Write calls per second. */
  readonly ratePerSecond: Fraction;
  readonly operation: WriteOperation | null;
  readonly transactional: boolean;
  readonly call: WriteCallUnits;
  /** Write units the items of one call cost (index writes apart). */
  readonly unitsPerCall: Fraction;
  /** Write units of the items per second, exact (index writes apart). */
  readonly unitsPerSecond: Fraction;
  readonly index: QuickIndexWrites | null;
}

/** Read and write units per second, of the table or of a global secondary index. */
export interface Units {
  readonly rcu: Fraction;
  readonly wcu: Fraction;
}

/** Whole units to provision. */
export interface WholeUnits {
  readonly rcu: number;
  readonly wcu: number;
}

/** The answer to a quick capacity question, with the explanation of every number. */
export interface QuickCapacity {
  readonly input: QuickCapacityInput;
  readonly reads: QuickReads | null;
  readonly writes: QuickWrites | null;
  /** Units per second on the base table's capacity (local index reads and writes included). */
  readonly table: Units;
  /** Units per second on a global secondary index's own capacity, or null when no global index is involved. */
  readonly globalIndex: Units | null;
  /** Read units per second in all, exact (table and global index, as DynamoDB's ConsumedCapacity totals them). */
  readonly rcu: Fraction;
  /** Write units per second in all, exact. */
  readonly wcu: Fraction;
  /**
   * Whole units to provision: the table and a global index each rounded up and given at least 1 RCU
   * and 1 WCU, then added up.
   */
  readonly provisioned: WholeUnits & { readonly table: WholeUnits; readonly globalIndex: WholeUnits | null };
  readonly cost: {
    readonly provisionedMonthlyUsd: number;
    readonly onDemandMonthlyUsd: number;
    readonly onDemandPerMillionReadsUsd: number | null;
    readonly onDemandPerMillionWritesUsd: number | null;
    /** Average utilization below which on-demand is cheaper than provisioned (writes, or reads when there are no writes). */
    readonly breakEvenUtilization: number;
    /** The cheaper mode at the steady rate given; provisioned when the two cost the same. */
    readonly cheaperMode: CapacityMode;
  };
  readonly explanations: readonly Explanation[];
}

/**
 * Returns read and write units per second for read and write calls of any operation, the whole
 * units to provision on the table and on a global index, and the monthly cost in both modes.
 * Errors carry the path of the offending input (`/reads/call/items/count`, `/writes/ratePerSecond`).
 */
export function quickCapacity(input: QuickCapacityInput, prices: PriceTable): QuickCapacity {
  if (input.reads === undefined && input.writes === undefined) {
    throw new InputError('give a read rate or a write rate, or both', { path: '/reads' });
  }
  const od = input.mode === 'on-demand';
  const unitNames = { read: od ? 'RRU' : 'RCU', write: od ? 'WRU' : 'WCU' };
  const modeSteps: Step[] = od
    ? [assume('on-demand: request units are sized exactly like capacity units (1 RRU per 4 KB strongly consistent read, 1 WRU per 1 KB write) (§2, §3)')]
    : [];
  const explanations: Explanation[] = [];

  let reads: QuickReads | null = null;
  if (input.reads) {
    const { ratePerSecond, call } = input.reads;
    const perCall = atPath('/reads/call', () => readCallUnits(call));
    const perSecond = unitsPerSecond(ratePerSecond, perCall.value.units, 'RCU', callNoun(call.operation, 'read', ratePerSecond));
    const requestsPerSecond = ratePerSecond.mul(perCall.value.pages);
    reads = {
      ratePerSecond,
      operation: call.operation ?? null,
      consistency: call.consistency,
      index: call.index ?? null,
      call: perCall.value,
      unitsPerCall: perCall.value.units,
      unitsPerSecond: perSecond.value,
      requestsPerSecond,
    };
    const pageSteps: Step[] =
      perCall.value.pages > 1
        ? [{ what: 'Requests per second, page by page', how: `${callsPerSecond(ratePerSecond)} × ${fmt(perCall.value.pages)} pages`, result: `${fmt(requestsPerSecond)} requests/s` }]
        : [];
    explanations.push({
      title: readTitle(input.reads.call, ratePerSecond, perCall.value),
      steps: relabel([...modeSteps, ...perCall.steps, ...perSecond.steps, ...pageSteps], unitNames.read),
      answer: `${fmt(perSecond.value)} ${unitNames.read}${call.index === 'global' ? ` on the ${indexLabel('global')}` : ''}`,
    });
  }

  let writes: QuickWrites | null = null;
  if (input.writes) {
    const { ratePerSecond, call } = input.writes;
    const perCall = atPath('/writes/call', () => writeCallUnits(call));
    const noun = callNoun(call.operation, 'write', ratePerSecond);
    const perSecond = unitsPerSecond(ratePerSecond, perCall.value.units, 'WCU', noun);
    const transactional = isTransactionalWrite(call);
    let index: QuickIndexWrites | null = null;
    writes = { ratePerSecond, operation: call.operation ?? null, transactional, call: perCall.value, unitsPerCall: perCall.value.units, unitsPerSecond: perSecond.value, index };
    explanations.push({
      title: writeTitle(call, ratePerSecond, transactional),
      steps: relabel([...modeSteps, ...perCall.steps, ...perSecond.steps], unitNames.write),
      answer: `${fmt(perSecond.value)} ${unitNames.write}${call.index ? ' for the items' : ''}`,
    });
    if (call.index) {
      const ix = atPath('/writes/call', () => indexCallWriteUnits(call));
      const ixPerSecond = unitsPerSecond(ratePerSecond, ix.value.units, 'WCU', noun);
      index = { ...call.index, writesPerCall: ix.value.writes, writesPerSecond: ratePerSecond.mul(ix.value.writes), unitsPerCall: ix.value.units, unitsPerSecond: ixPerSecond.value };
      writes = { ...writes, index };
      explanations.push({
        title: `Index writes: ${indexLabel(index.kind)}, ${index.change}, entries of ${describeBytes(index.entryBytes)}`,
        steps: relabel([...ix.steps, ...ixPerSecond.steps.map((s) => ({ ...s, what: `Index ${s.what}` }))], unitNames.write),
        answer: `${fmt(index.unitsPerSecond)} ${unitNames.write} ${index.kind === 'global' ? `on the ${indexLabel('global')}` : 'on the table'}`,
      });
    }
  }

  const onGlobal = (kind: IndexKind | null | undefined): boolean => kind === 'global';
  const readUnits = reads?.unitsPerSecond ?? Fraction.ZERO;
  const itemWriteUnits = writes?.unitsPerSecond ?? Fraction.ZERO;
  const indexWriteUnits = writes?.index?.unitsPerSecond ?? Fraction.ZERO;
  const table: Units = {
    rcu: onGlobal(reads?.index) ? Fraction.ZERO : readUnits,
    wcu: writes?.index?.kind === 'local' ? itemWriteUnits.add(indexWriteUnits) : itemWriteUnits,
  };
  const globalInvolved = onGlobal(reads?.index) || onGlobal(writes?.index?.kind);
  const globalIndex: Units | null = globalInvolved
    ? { rcu: onGlobal(reads?.index) ? readUnits : Fraction.ZERO, wcu: onGlobal(writes?.index?.kind) ? indexWriteUnits : Fraction.ZERO }
    : null;
  const rcu = table.rcu.add(globalIndex?.rcu ?? Fraction.ZERO);
  const wcu = table.wcu.add(globalIndex?.wcu ?? Fraction.ZERO);

  const where = (holder: string): ((s: Step) => Step) => (s) => (globalIndex ? { ...s, what: `${s.what} (${holder})` } : s);
  const tableRcu = roundUpUnits(table.rcu, 'RCU', MIN_PROVISIONED_UNITS);
  const tableWcu = roundUpUnits(table.wcu, 'WCU', MIN_PROVISIONED_UNITS);
  const gsiRcu = globalIndex ? roundUpUnits(globalIndex.rcu, 'RCU', MIN_PROVISIONED_UNITS) : null;
  const gsiWcu = globalIndex ? roundUpUnits(globalIndex.wcu, 'WCU', MIN_PROVISIONED_UNITS) : null;
  const tableWhole: WholeUnits = { rcu: tableRcu.value, wcu: tableWcu.value };
  const gsiWhole: WholeUnits | null = gsiRcu && gsiWcu ? { rcu: gsiRcu.value, wcu: gsiWcu.value } : null;
  const provisioned = { rcu: tableWhole.rcu + (gsiWhole?.rcu ?? 0), wcu: tableWhole.wcu + (gsiWhole?.wcu ?? 0), table: tableWhole, globalIndex: gsiWhole };

  const provCost = provisionedMonthlyCost({ rcu: provisioned.rcu, wcu: provisioned.wcu, tableClass: input.tableClass }, prices);
  const odCost = onDemandMonthlyCost({ readUnitsPerSecond: rcu, writeUnitsPerSecond: wcu, tableClass: input.tableClass }, prices);
  const perMillion = (op: ReadOperation | WriteOperation | null, c: Calculation<number>): Calculation<number> =>
    op === null ? c : calc(c.value, c.steps.map((s) => ({ ...s, what: s.what.replace(/ (reads|writes)$/, ` ${op} calls`) })));
  const perMillionReads = reads ? perMillion(reads.operation, costPerMillionRequests(reads.unitsPerCall, 'read', input.tableClass, prices)) : null;
  const perMillionWrites = writes
    ? perMillion(writes.operation, costPerMillionRequests(writes.unitsPerCall.add(writes.index?.unitsPerCall ?? Fraction.ZERO), 'write', input.tableClass, prices))
    : null;
  const breakEven = breakEvenUtilization(writes ? 'write' : 'read', prices);
  const cheaperMode: CapacityMode = provCost.value <= odCost.value ? 'provisioned' : 'on-demand';

  const totalSteps: Step[] = [];
  if (globalIndex || writes?.index?.kind === 'local') {
    const unitsOf = (u: Units): string => `${fmt(u.rcu)} ${unitNames.read}, ${fmt(u.wcu)} ${unitNames.write}`;
    if (writes?.index?.kind === 'local') {
      totalSteps.push({ what: 'Table write units', how: `${fmt(itemWriteUnits)} (items) + ${fmt(indexWriteUnits)} (${indexLabel('local')})`, result: `${fmt(table.wcu)} ${unitNames.write}` });
    }
    totalSteps.push({ what: 'On the table', result: unitsOf(table) });
    if (globalIndex) totalSteps.push({ what: `On the ${indexLabel('global')}`, result: unitsOf(globalIndex) });
    totalSteps.push({ what: 'In all', how: globalIndex ? 'table + global index' : 'table', result: unitsOf({ rcu, wcu }), rule: 'DynamoDB reports consumed capacity as the total of the table and its indexes' });
    explanations.push({ title: 'Units per second, table and index', steps: totalSteps, answer: unitsOf({ rcu, wcu }) });
  }

  if (!od) {
    explanations.push({
      title: 'Provisioned capacity',
      steps: [
        assume(`a provisioned table needs at least 1 RCU and 1 WCU${globalIndex ? ', and so does each global secondary index, which has capacity of its own' : ''}; capacity is provisioned in whole units (§4)`),
        ...tableRcu.steps.map(where('table')),
        ...tableWcu.steps.map(where('table')),
        ...(gsiRcu?.steps.map(where('global index')) ?? []),
        ...(gsiWcu?.steps.map(where('global index')) ?? []),
        ...provCost.steps,
      ],
      answer: `${fmt(provisioned.rcu)} RCU, ${fmt(provisioned.wcu)} WCU${globalIndex ? ` (table ${fmt(tableWhole.rcu)} RCU and ${fmt(tableWhole.wcu)} WCU, global index ${fmt(gsiWhole?.rcu ?? 0)} RCU and ${fmt(gsiWhole?.wcu ?? 0)} WCU)` : ''}, ${fmtUsd(provCost.value)} per month`,
    });
  } else {
    explanations.push({
      title: 'On-demand cost',
      steps: [...(perMillionReads?.steps ?? []), ...(perMillionWrites?.steps ?? []), ...odCost.steps],
      answer: `${fmtUsd(odCost.value)} per month at a steady rate`,
    });
  }
  explanations.push({
    title: 'Provisioned or on-demand',
    steps: [
      assume('on-demand is priced on the steady average rate given; provisioned capacity is held all month'),
      { what: 'Provisioned per month', result: fmtUsd(provCost.value) },
      { what: 'On-demand per month', result: fmtUsd(odCost.value) },
      ...breakEven.steps,
    ],
    answer: `${cheaperMode} is cheaper at this steady rate`,
  });

  return {
    input,
    reads,
    writes,
    table,
    globalIndex,
    rcu,
    wcu,
    provisioned,
    cost: {
      provisionedMonthlyUsd: provCost.value,
      onDemandMonthlyUsd: odCost.value,
      onDemandPerMillionReadsUsd: perMillionReads?.value ?? null,
      onDemandPerMillionWritesUsd: perMillionWrites?.value ?? null,
      breakEvenUtilization: breakEven.value,
      cheaperMode,
    },
    explanations,
  };
}

/** Runs a calculator, prefixing the path of an InputError it throws so it points into the quick input. */
function atPath<T>(prefix: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError && e.location.path !== undefined) throw new InputError(e.message, { ...e.location, path: `${prefix}${e.location.path}` });
    throw e;
  }
}
