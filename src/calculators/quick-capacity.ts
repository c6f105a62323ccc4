import { InputError } from '../errors.js';
import { breakEvenUtilization, costPerMillionRequests, onDemandMonthlyCost, provisionedMonthlyCost, type TableClass } from './cost.js';
import { Fraction } from './fraction.js';
import { MIN_PROVISIONED_UNITS } from './limits.js';
import type { PriceTable } from './price-table.js';
import { consistencyLabel, itemReadUnits, type ReadConsistency } from './read-units.js';
import { describeBytes } from './size.js';
import { assume, fmt, fmtUsd, type Explanation, type Step } from './steps.js';
import { roundUpUnits, unitsPerSecond } from './units.js';
import { itemWriteUnits } from './write-units.js';

/** Capacity mode of a table. */
export type CapacityMode = 'provisioned' | 'on-demand';

/** Inputs of a quick capacity question: one item size, a read rate and/or a write rate. */
export interface QuickCapacityInput {
  readonly itemBytes: number;
  readonly readsPerSecond?: Fraction;
  readonly writesPerSecond?: Fraction;
  readonly consistency: ReadConsistency;
  readonly transactionalWrites: boolean;
  readonly mode: CapacityMode;
  readonly tableClass: TableClass;
}

/** Reads side of a quick answer. */
export interface QuickReads {
  readonly ratePerSecond: Fraction;
  readonly consistency: ReadConsistency;
  /** Read units one read costs. */
  readonly unitsPerRead: Fraction;
  /** Read units per second, exact. */
  readonly unitsPerSecond: Fraction;
}

/** Writes side of a quick answer. */
export interface QuickWrites {
  readonly ratePerSecond: Fraction;
  readonly transactional: boolean;
  /** Write units one write costs. */
  readonly unitsPerWrite: Fraction;
  /** Write units per second, exact. */
  readonly unitsPerSecond: Fraction;
}

/** The answer to a quick capacity question, with the explanation of every number. */
export interface QuickCapacity {
  readonly input: QuickCapacityInput;
  readonly reads: QuickReads | null;
  readonly writes: QuickWrites | null;
  /** Read units per second, exact (0 without reads). */
  readonly rcu: Fraction;
  /** Write units per second, exact (0 without writes). */
  readonly wcu: Fraction;
  /** Whole units to provision: ceil, at least 1 each (a provisioned table needs 1 RCU and 1 WCU). */
  readonly provisioned: { readonly rcu: number; readonly wcu: number };
  readonly cost: {
    readonly provisionedMonthlyUsd: number;
    readonly onDemandMonthlyUsd: number;
    readonly onDemandPerMillionReadsUsd: number | null;
    readonly onDemandPerMillionWritesUsd: number | null;
    /** Average utilization below which on-demand is cheaper than provisioned (writes, or reads when there are no writes). */
    readonly breakEvenUtilization: number;
  };
  readonly explanations: readonly Explanation[];
}

/** Returns read and write units per second for one item size and rates, the whole units to provision and the monthly cost in both modes. */
export function quickCapacity(input: QuickCapacityInput, prices: PriceTable): QuickCapacity {
  if (input.readsPerSecond === undefined && input.writesPerSecond === undefined) {
    throw new InputError('give a read rate (--reads) or a write rate (--writes), or both');
  }
  const explanations: Explanation[] = [];
  const od = input.mode === 'on-demand';
  const readUnit = od ? 'RRU' : 'RCU';
  const writeUnit = od ? 'WRU' : 'WCU';
  const modeSteps: Step[] = od
    ? [assume('on-demand: request units are sized exactly like capacity units (1 RRU per 4 KB strongly consistent read, 1 WRU per 1 KB write) (§2, §3)')]
    : [];

  let reads: QuickReads | null = null;
  if (input.readsPerSecond !== undefined) {
    const perRead = itemReadUnits(input.itemBytes, input.consistency);
    const perSecond = unitsPerSecond(input.readsPerSecond, perRead.value, 'RCU', 'reads');
    reads = { ratePerSecond: input.readsPerSecond, consistency: input.consistency, unitsPerRead: perRead.value, unitsPerSecond: perSecond.value };
    explanations.push({
      title: `Reads: ${fmt(input.readsPerSecond)} ${consistencyLabel(input.consistency)} reads/s of ${describeBytes(input.itemBytes)} items`,
      steps: [...modeSteps, ...relabel(perRead.steps, readUnit), ...relabel(perSecond.steps, readUnit)],
      answer: `${fmt(perSecond.value)} ${readUnit}`,
    });
  }

  let writes: QuickWrites | null = null;
  if (input.writesPerSecond !== undefined) {
    const perWrite = itemWriteUnits(input.itemBytes, input.transactionalWrites ? 'transactional' : 'standard');
    const perSecond = unitsPerSecond(input.writesPerSecond, perWrite.value, 'WCU', 'writes');
    writes = { ratePerSecond: input.writesPerSecond, transactional: input.transactionalWrites, unitsPerWrite: perWrite.value, unitsPerSecond: perSecond.value };
    explanations.push({
      title: `Writes: ${fmt(input.writesPerSecond)} ${input.transactionalWrites ? 'transactional ' : ''}writes/s of ${describeBytes(input.itemBytes)} items`,
      steps: [...modeSteps, ...relabel(perWrite.steps, writeUnit), ...relabel(perSecond.steps, writeUnit)],
      answer: `${fmt(perSecond.value)} ${writeUnit}`,
    });
  }

  const rcu = reads?.unitsPerSecond ?? Fraction.ZERO;
  const wcu = writes?.unitsPerSecond ?? Fraction.ZERO;
  const provRcu = roundUpUnits(rcu, 'RCU', MIN_PROVISIONED_UNITS);
  const provWcu = roundUpUnits(wcu, 'WCU', MIN_PROVISIONED_UNITS);
  const provisioned = { rcu: provRcu.value, wcu: provWcu.value };

  const provCost = provisionedMonthlyCost({ rcu: provisioned.rcu, wcu: provisioned.wcu, tableClass: input.tableClass }, prices);
  const odCost = onDemandMonthlyCost({ readUnitsPerSecond: rcu, writeUnitsPerSecond: wcu, tableClass: input.tableClass }, prices);
  const perMillionReads = reads ? costPerMillionRequests(reads.unitsPerRead, 'read', input.tableClass, prices) : null;
  const perMillionWrites = writes ? costPerMillionRequests(writes.unitsPerWrite, 'write', input.tableClass, prices) : null;
  const breakEven = breakEvenUtilization(writes ? 'write' : 'read', prices);

  if (!od) {
    explanations.push({
      title: 'Provisioned capacity',
      steps: [
        assume('a provisioned table needs at least 1 RCU and 1 WCU; capacity is provisioned in whole units (§4)'),
        ...provRcu.steps,
        ...provWcu.steps,
        ...provCost.steps,
      ],
      answer: `${fmt(provisioned.rcu)} RCU, ${fmt(provisioned.wcu)} WCU, ${fmtUsd(provCost.value)} per month`,
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
    answer: provCost.value <= odCost.value ? 'provisioned is cheaper at this steady rate' : 'on-demand is cheaper at this steady rate',
  });

  return {
    input,
    reads,
    writes,
    rcu,
    wcu,
    provisioned,
    cost: {
      provisionedMonthlyUsd: provCost.value,
      onDemandMonthlyUsd: odCost.value,
      onDemandPerMillionReadsUsd: perMillionReads?.value ?? null,
      onDemandPerMillionWritesUsd: perMillionWrites?.value ?? null,
      breakEvenUtilization: breakEven.value,
    },
    explanations,
  };
}

/** Renames capacity units to request units in on-demand explanations. */
function relabel(steps: readonly Step[], unit: string): readonly Step[] {
  if (unit === 'RCU' || unit === 'WCU') return steps;
  const from = unit === 'RRU' ? /\bRCU\b/g : /\bWCU\b/g;
  return steps.map((s) => ({
    ...s,
    what: s.what.replace(from, unit),
    ...(s.how === undefined ? {} : { how: s.how.replace(from, unit) }),
    result: s.result.replace(from, unit),
  }));
}
