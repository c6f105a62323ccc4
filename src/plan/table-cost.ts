import { autoScaledMonthlyCost } from '../calculators/auto-scaled-cost.js';
import { breakEvenUtilization, onDemandMonthlyCost, pointInTimeRecoveryMonthlyCost, provisionedMonthlyCost, storageMonthlyCost, streamsReadMonthlyCost, type TableClass } from '../calculators/cost.js';
import { Fraction } from '../calculators/fraction.js';
import type { PriceTable } from '../calculators/price-table.js';
import { replicatedWritesMonthlyCost } from '../calculators/replicated-writes-cost.js';
import { assume, fmt, fmtUsd, type Explanation, type Step } from '../calculators/steps.js';
import { distinctSteps, type TableStorage } from '../model/load/index.js';
import type { PlanSettingsModel, TableModel } from '../model/spec/spec-model.js';
import type { CapacityPlan } from './capacity-plan.js';

/** How capacity is paid for: provisioned at the peak all month, auto scaled along the load profile, or on demand. */
export type CostMode = 'provisioned' | 'auto-scaled' | 'on-demand';

/** USD per month of one way of paying for capacity, in parts. */
export interface ModeCost {
  /** Reads and writes of the table and its GSIs in this region. */
  readonly capacityUsd: number;
  /** Replicated writes (and the replicas' minimum read capacity when provisioned) in the other regions of a global table. */
  readonly replicasUsd: number;
  /** Everything: capacity, replicas, storage, point-in-time recovery, streams. */
  readonly totalUsd: number;
}

/** Monthly cost of a table in one table class. */
export interface ClassCost {
  readonly tableClass: TableClass;
  readonly provisioned: ModeCost;
  /**
   * The capacity the spec itself provisions (a direction it leaves out at the plan's
   * recommendation), held all month; undefined unless the table is provisioned and says how much.
   * Shown beside the plan, never counted as the cheapest: it may not carry the load.
   */
  readonly asSpecified: ModeCost | undefined;
  /** Undefined without a load profile: the day's shape is unknown. */
  readonly autoScaled: ModeCost | undefined;
  readonly onDemand: ModeCost;
  /** Storage of every replica (items and index entries). */
  readonly storageUsd: number;
  readonly pointInTimeRecoveryUsd: number;
  readonly streamsUsd: number;
  readonly explanation: Explanation;
}

/** Monthly cost of a table: both classes, every mode, the cheapest, and the break-even utilization. */
export interface TableCost {
  /** The table's class as the spec says. */
  readonly tableClass: TableClass;
  readonly standard: ClassCost;
  readonly standardIa: ClassCost;
  /** The cheapest class and mode, in USD per month. */
  readonly cheapest: { readonly tableClass: TableClass; readonly mode: CostMode; readonly usdPerMonth: number };
  /** Average utilization of provisioned capacity below which on-demand costs less (same in both classes). */
  readonly breakEvenUtilization: { readonly read: number; readonly write: number };
  /** Average utilization of the recommended provisioned capacity, table and GSIs together. */
  readonly averageUtilization: { readonly read: Fraction; readonly write: Fraction };
  readonly explanation: Explanation;
}

/**
 * Returns the monthly cost of a table in both classes (DYNAMODB-RULES.md §7): provisioned at
 * the recommended capacity all month, auto scaled along the load profile (when there is one), and
 * on demand at the average rate; plus storage of every replica, point-in-time recovery, paid
 * stream reads and the replicated writes of a global table; the cheapest option, and the
 * break-even average utilization between provisioned and on-demand capacity.
 */
export function tableCost(table: TableModel, capacities: readonly CapacityPlan[], storage: TableStorage, settings: PlanSettingsModel, prices: PriceTable): TableCost {
  const standard = classCost(table, capacities, storage, settings, prices, 'standard');
  const standardIa = classCost(table, capacities, storage, settings, prices, 'standard-ia');
  const options: { tableClass: TableClass; mode: CostMode; usdPerMonth: number }[] = [];
  for (const c of [standard, standardIa]) {
    options.push({ tableClass: c.tableClass, mode: 'provisioned', usdPerMonth: c.provisioned.totalUsd });
    if (c.autoScaled) options.push({ tableClass: c.tableClass, mode: 'auto-scaled', usdPerMonth: c.autoScaled.totalUsd });
    options.push({ tableClass: c.tableClass, mode: 'on-demand', usdPerMonth: c.onDemand.totalUsd });
  }
  const cheapest = options.reduce((a, b) => (b.usdPerMonth < a.usdPerMonth ? b : a));
  const beRead = breakEvenUtilization('read', prices);
  const beWrite = breakEvenUtilization('write', prices);
  const averageUtilization = {
    read: sumOver(capacities, (c) => c.read.demand.average).div(sumOver(capacities, (c) => c.read.recommendation.provisioned)),
    write: sumOver(capacities, (c) => c.write.demand.average).div(sumOver(capacities, (c) => c.write.recommendation.provisioned)),
  };
  const pct = (f: Fraction): string => `${fmt(f.mul(100), 1)} %`;
  const label = (o: { tableClass: TableClass; mode: CostMode }): string => `${o.mode} (${CLASS_NAMES[o.tableClass]})`;
  const steps: Step[] = [
    ...options.map((o) => ({ what: label(o), result: fmtUsd(o.usdPerMonth) })),
    ...beRead.steps,
    ...beWrite.steps,
    { what: 'Average utilization of the provisioned reads', how: 'average RCU/s ÷ provisioned RCU, table and GSIs', result: pct(averageUtilization.read) },
    { what: 'Average utilization of the provisioned writes', how: 'average WCU/s ÷ provisioned WCU, table and GSIs', result: pct(averageUtilization.write) },
  ];
  return {
    tableClass: table.tableClass,
    standard,
    standardIa,
    cheapest,
    breakEvenUtilization: { read: beRead.value, write: beWrite.value },
    averageUtilization,
    explanation: { title: `${table.name}: the cheaper choice`, steps, answer: `${label(cheapest)} at ${fmtUsd(cheapest.usdPerMonth)} per month` },
  };
}

const CLASS_NAMES: Readonly<Record<TableClass, string>> = { standard: 'Standard', 'standard-ia': 'Standard-IA' };

/** Returns the sum of a quantity over the table's capacities: its own and each GSI's. */
function sumOver(capacities: readonly CapacityPlan[], pick: (c: CapacityPlan) => Fraction | number): Fraction {
  return capacities.reduce((a, c) => a.add(pick(c)), Fraction.ZERO);
}

function classCost(table: TableModel, capacities: readonly CapacityPlan[], storage: TableStorage, settings: PlanSettingsModel, prices: PriceTable, tableClass: TableClass): ClassCost {
  const steps: Step[] = [];
  // Replicas that follow the table's class switch with it; one written with its own class keeps it.
  const others = table.replicas.slice(1).map((r) => (r.defaulted.includes('tableClass') ? tableClass : r.tableClass));
  const unitsOf = (pick: (c: CapacityPlan) => number): number => capacities.reduce((a, c) => a + pick(c), 0);
  const rcu = unitsOf((c) => c.read.recommendation.provisioned);
  const wcu = unitsOf((c) => c.write.recommendation.provisioned);

  const prov = provisionedMonthlyCost({ rcu, wcu, tableClass }, prices);
  const specified = table.billing === 'provisioned' && capacities.some((c) => c.read.configured !== undefined || c.write.configured !== undefined);
  const specRcu = unitsOf((c) => c.read.configured ?? c.read.recommendation.provisioned);
  const specWcu = unitsOf((c) => c.write.configured ?? c.write.recommendation.provisioned);
  const asSpecifiedCost = specified ? provisionedMonthlyCost({ rcu: specRcu, wcu: specWcu, tableClass }, prices) : undefined;
  if (asSpecifiedCost) {
    steps.push(
      { what: 'Capacity the spec provisions, table and GSIs', how: capacities.map((c) => `${c.name} ${fmt(c.read.configured ?? c.read.recommendation.provisioned)} RCU + ${fmt(c.write.configured ?? c.write.recommendation.provisioned)} WCU`).join('; '), result: `${fmt(specRcu)} RCU, ${fmt(specWcu)} WCU` },
      ...asSpecifiedCost.steps.map((s) => ({ ...s, what: `${s.what} (as the spec provisions)` })),
    );
  }
  steps.push({ what: 'Provisioned capacity, table and GSIs', how: capacities.map((c) => `${c.name} ${fmt(c.read.recommendation.provisioned)} RCU + ${fmt(c.write.recommendation.provisioned)} WCU`).join('; '), result: `${fmt(rcu)} RCU, ${fmt(wcu)} WCU` }, ...prov.steps);

  let autoCapacity: number | undefined;
  let autoWriteUnitHoursPerDay = 0;
  if (capacities.some((c) => c.read.unitHoursPerDay !== undefined || c.write.unitHoursPerDay !== undefined)) {
    // A capacity without a profile holds its provisioned peak all day.
    const perDay = (pick: (c: CapacityPlan) => number | undefined, fixed: (c: CapacityPlan) => number): number => capacities.reduce((a, c) => a + (pick(c) ?? fixed(c) * 24), 0);
    autoWriteUnitHoursPerDay = perDay((c) => c.write.unitHoursPerDay, (c) => c.write.recommendation.provisioned);
    const auto = autoScaledMonthlyCost({ readUnitHoursPerDay: perDay((c) => c.read.unitHoursPerDay, (c) => c.read.recommendation.provisioned), writeUnitHoursPerDay: autoWriteUnitHoursPerDay, tableClass }, prices);
    autoCapacity = auto.value;
    steps.push(...auto.steps);
  }

  const rru = sumOver(capacities, (c) => c.read.demand.average);
  const wru = sumOver(capacities, (c) => c.write.demand.average);
  const od = onDemandMonthlyCost({ readUnitsPerSecond: rru, writeUnitsPerSecond: wru, tableClass }, prices);
  steps.push(assume('on-demand is charged on the average rate: the load profile moves requests between hours but keeps the month’s total'), ...od.steps);

  let replicasProvisioned = 0;
  let replicasSpecified = 0;
  let replicasAutoScaled = 0;
  let replicasOnDemand = 0;
  for (const [i, replicaClass] of others.entries()) {
    const region = table.replicas[i + 1]?.region ?? '';
    const rp = replicatedWritesMonthlyCost({ otherReplicas: 1, tableClass: replicaClass, mode: 'provisioned', wcu }, prices);
    // A provisioned replica needs read capacity too: at least 1 RCU for its table and each GSI (§4).
    const minReads = provisionedMonthlyCost({ rcu: capacities.length, wcu: 0, tableClass: replicaClass }, prices);
    const ro = replicatedWritesMonthlyCost({ otherReplicas: 1, tableClass: replicaClass, mode: 'on-demand', wruPerSecond: wru }, prices);
    replicasProvisioned += rp.value + minReads.value;
    replicasOnDemand += ro.value;
    // A replica holds the same write capacity as this region: the spec's, when it gives one.
    if (asSpecifiedCost) replicasSpecified += replicatedWritesMonthlyCost({ otherReplicas: 1, tableClass: replicaClass, mode: 'provisioned', wcu: specWcu }, prices).value + minReads.value;
    if (autoCapacity !== undefined) {
      // The replica's write capacity scales with the same writes: the day's average of the units held.
      const ra = replicatedWritesMonthlyCost({ otherReplicas: 1, tableClass: replicaClass, mode: 'provisioned', wcu: autoWriteUnitHoursPerDay / 24 }, prices);
      replicasAutoScaled += ra.value + minReads.value;
      steps.push(...ra.steps.map((s) => ({ ...s, what: `${s.what.replace('(provisioned)', '(auto scaled)')}, ${region}` })));
    }
    steps.push(
      assume(`replica ${region} serves none of the spec's reads (they are in this region), takes every write, and is priced like ${prices.region}`),
      ...rp.steps.map((s) => ({ ...s, what: `${s.what}, ${region}` })),
      { ...(minReads.steps[0] as Step), what: `Minimum read capacity, ${region}`, rule: 'a provisioned replica needs at least 1 RCU for the table and each GSI (§4)' },
      ...ro.steps.map((s) => ({ ...s, what: `${s.what}, ${region}` })),
    );
  }

  const replicaCount = Math.max(1, table.replicas.length);
  let storageUsd = 0;
  const classes = [tableClass, ...others];
  for (const c of classes.slice(0, replicaCount)) {
    const st = storageMonthlyCost({ bytes: storage.totalBytes, tableClass: c, freeTier: settings.freeTier && storageUsd === 0 }, prices);
    storageUsd += st.value;
    steps.push(...st.steps.map((s) => (replicaCount > 1 ? { ...s, what: `${s.what} (one replica)` } : s)));
  }
  if (!storage.complete) steps.push(assume('storage leaves out what the spec gives no item count for'));
  let pitrUsd = 0;
  if (table.pointInTimeRecovery) {
    const pitr = pointInTimeRecoveryMonthlyCost(storage.tableBytes, prices);
    pitrUsd = pitr.value;
    steps.push(assume('point-in-time recovery is billed on the table size (items and LSI entries) in this region'), ...pitr.steps);
  }
  let streamsUsd = 0;
  if (table.stream) {
    const requests = table.stream.readRequestsPerSecond.mul(prices.hoursPerMonth * 3600).toNumber();
    const st = streamsReadMonthlyCost(requests, prices);
    streamsUsd = st.value;
    steps.push(assume('Lambda triggers and global-table replication read the stream for free; only the readRequests given are paid'), ...st.steps);
  }
  const fixed = storageUsd + pitrUsd + streamsUsd;
  const mode = (capacityUsd: number, replicasUsd: number): ModeCost => ({ capacityUsd, replicasUsd, totalUsd: capacityUsd + replicasUsd + fixed });
  const provisioned = mode(prov.value, replicasProvisioned);
  const asSpecified = asSpecifiedCost ? mode(asSpecifiedCost.value, replicasSpecified) : undefined;
  const autoScaled = autoCapacity === undefined ? undefined : mode(autoCapacity, replicasAutoScaled);
  const onDemand = mode(od.value, replicasOnDemand);
  const answer = `provisioned ${fmtUsd(provisioned.totalUsd)}${autoScaled ? `, auto scaled ${fmtUsd(autoScaled.totalUsd)}` : ''}, on-demand ${fmtUsd(onDemand.totalUsd)} per month`;
  return {
    tableClass,
    provisioned,
    asSpecified,
    autoScaled,
    onDemand,
    storageUsd,
    pointInTimeRecoveryUsd: pitrUsd,
    streamsUsd,
    explanation: { title: `${table.name}: monthly cost, ${CLASS_NAMES[tableClass]}`, steps: distinctSteps(steps), answer },
  };
}
