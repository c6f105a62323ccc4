import { autoScaledDay } from '../calculators/auto-scaled-cost.js';
import type { Fraction } from '../calculators/fraction.js';
import type { Direction } from '../calculators/hot-key-risk.js';
import { ON_DEMAND_INITIAL_READS, ON_DEMAND_INITIAL_WRITES, TABLE_UNITS_QUOTA } from '../calculators/limits.js';
import { estimatePartitions, type PartitionEstimate } from '../calculators/partitions.js';
import { recommendProvisioned, type ProvisionedRecommendation } from '../calculators/provisioned-recommendation.js';
import { assume, calc, fmt, fmtBytes, type Calculation, type Explanation, type Step } from '../calculators/steps.js';
import { distinctSteps, type CapacityLoad, type PerSecond } from '../model/load/index.js';
import { fieldPath } from '../model/spec/model-node.js';
import type { AutoscalingPolicyModel, IndexModel, PlanSettingsModel, TableModel } from '../model/spec/spec-model.js';
import type { PlanWarning } from './plan-warning.js';

/** Reads or writes of one capacity: demand, target and what to provision. */
export interface DirectionPlan {
  readonly direction: Direction;
  /** Units per second, average and peak. */
  readonly demand: PerSecond;
  /** Target utilization the recommendation is sized for. */
  readonly target: Fraction;
  /** Where the target comes from: the table's (or GSI's) auto scaling policy, or the spec's `plan.targetUtilization`. */
  readonly targetFrom: 'autoscaling' | 'plan';
  readonly recommendation: ProvisionedRecommendation;
  /** Units auto scaling holds in each UTC hour, when the load profile gives the day's shape. */
  readonly hourlyUnits: readonly number[] | undefined;
  /** Unit-hours a day under auto scaling, when the load profile gives the day's shape. */
  readonly unitHoursPerDay: number | undefined;
  /** Capacity the spec provisions, when it gives one. */
  readonly configured: number | undefined;
  /** Auto scaling the spec configures, when it does. */
  readonly configuredAutoscaling: AutoscalingPolicyModel | undefined;
}

/** Partitions of one capacity. */
export interface PartitionsPlan {
  /** The historic published estimate on the recommended provisioned capacity and the storage. */
  readonly estimate: PartitionEstimate;
  /** The fewest partitions that serve the peak under the per-partition ceilings, and hold the storage: ceil(max(peak RCU/3,000 + peak WCU/1,000, bytes/10 GB)), at least 1. */
  readonly forPeak: number;
}

/** The plan of one capacity: the table's (with its LSIs) or a GSI's own. */
export interface CapacityPlan {
  readonly name: string;
  /** The GSI; undefined for the table. */
  readonly index: IndexModel | undefined;
  readonly read: DirectionPlan;
  readonly write: DirectionPlan;
  /** Bytes the capacity's partitions hold: the items and LSI entries, or the GSI's entries (0 when the count is unknown). */
  readonly storageBytes: number;
  readonly partitions: PartitionsPlan;
  readonly warnings: readonly PlanWarning[];
  readonly explanation: Explanation;
}

/**
 * Returns the plan of one capacity: demand at average and peak, the units to provision at the
 * target utilization (the policy's target, else the spec's `plan.targetUtilization`), auto scaling
 * bounds and, with a load profile, the units held hour by hour; partitions by the published
 * estimate and by the per-partition ceilings; and warnings where the spec's own capacity, auto
 * scaling or the default quotas fall short of the demand (DYNAMODB-RULES.md §3, §4, §5).
 */
export function planCapacity(table: TableModel, load: CapacityLoad, storageBytes: number, settings: PlanSettingsModel): CapacityPlan {
  const index = load.capacity === 'table' ? undefined : load.capacity;
  const node = index ?? table;
  const label = index ? `GSI ${index.name}` : `table ${table.name}`;
  const steps: Step[] = [];
  const warnings: PlanWarning[] = [];
  const direction = (dir: Direction): DirectionPlan => {
    const unit = dir === 'read' ? 'RCU' : 'WCU';
    const demand = dir === 'read' ? load.rcu : load.wcu;
    const policy = node.autoscaling?.[dir];
    const target = policy?.target ?? settings.targetUtilization;
    const hourlyDemand = load.hourly?.[dir === 'read' ? 'rcu' : 'wcu'];
    const quietest = hourlyDemand?.reduce((a, b) => (b.compare(a) < 0 ? b : a));
    steps.push(demandStep(table, load, dir));
    if (policy === undefined) steps.push(assume(`${label} ${dir}s are sized for ${fmt(target.mul(100), 1)} % utilization (${settings.defaulted.includes('targetUtilization') ? 'the default' : 'the spec\'s plan.targetUtilization'}), as it has no auto scaling target`));
    const rec = recommendProvisioned({ averagePerSecond: demand.average, peakPerSecond: demand.peak, ...(quietest ? { quietestPerSecond: quietest } : {}), target, unit });
    steps.push(...rec.steps);
    let hourlyUnits: number[] | undefined;
    let unitHoursPerDay: number | undefined;
    if (hourlyDemand) {
      const day = autoScaledDay(hourlyDemand, target, unit);
      hourlyUnits = [...day.value.hourlyUnits];
      unitHoursPerDay = day.value.unitHoursPerDay;
      steps.push(...day.steps);
    }
    const plan: DirectionPlan = { direction: dir, demand, target, targetFrom: policy ? 'autoscaling' : 'plan', recommendation: rec.value, hourlyUnits, unitHoursPerDay, configured: node.capacity?.[dir], configuredAutoscaling: policy };
    warnings.push(...capacityWarnings(table, node, label, plan));
    return plan;
  };
  const read = direction('read');
  const write = direction('write');
  const partitions = partitionsOf(read, write, storageBytes);
  steps.push(...partitions.steps);
  const explanation: Explanation = {
    title: `${label}: capacity and partitions`,
    steps: distinctSteps(steps),
    answer: `provision ${fmt(read.recommendation.provisioned)} RCU and ${fmt(write.recommendation.provisioned)} WCU (auto scaling ${fmt(read.recommendation.min)}–${fmt(read.recommendation.max)} RCU, ${fmt(write.recommendation.min)}–${fmt(write.recommendation.max)} WCU); ${fmt(partitions.value.estimate.partitions)} partition${partitions.value.estimate.partitions === 1 ? '' : 's'}`,
  };
  return { name: load.name, index, read, write, storageBytes, partitions: partitions.value, warnings, explanation };
}

function demandStep(table: TableModel, load: CapacityLoad, dir: Direction): Step {
  const unit = dir === 'read' ? 'RCU' : 'WCU';
  const demand = dir === 'read' ? load.rcu : load.wcu;
  const parts = load.contributions
    .map((c) => ({ name: c.use.index && c.use.capacity === 'table' ? `${c.load.pattern.name} (${c.use.index.name})` : c.load.pattern.name, units: dir === 'read' ? c.use.rcu : c.use.wcu }))
    .filter((p) => !p.units.peak.isZero() || !p.units.average.isZero());
  const list = (pick: (u: PerSecond) => Fraction): string => (parts.length === 0 ? '0' : parts.map((p) => `${fmt(pick(p.units))} ${p.name}`).join(' + '));
  return {
    what: `${unit}/s on ${load.capacity === 'table' ? `table ${table.name}` : `GSI ${load.name}`}`,
    how: `average ${list((u) => u.average)}; peak ${list((u) => u.peak)}`,
    result: `${fmt(demand.average)} ${unit}/s average, ${fmt(demand.peak)} ${unit}/s peak`,
    rule: 'peaks are added as if every pattern peaked at once (a conservative plan)',
  };
}

function partitionsOf(read: DirectionPlan, write: DirectionPlan, bytes: number): Calculation<PartitionsPlan> {
  const est = estimatePartitions({ rcu: read.recommendation.provisioned, wcu: write.recommendation.provisioned, tableBytes: bytes });
  // The same formula on the peak demand instead of the provisioned units; its own step says so.
  const forPeak = estimatePartitions({ rcu: read.demand.peak, wcu: write.demand.peak, tableBytes: bytes }).value.partitions;
  return calc({ estimate: est.value, forPeak }, [
    ...est.steps,
    {
      what: 'Partitions the peak needs',
      how: `ceil(max(${fmt(read.demand.peak)} RCU/s ÷ 3,000 + ${fmt(write.demand.peak)} WCU/s ÷ 1,000, ${fmtBytes(bytes)} ÷ 10 GB)), at least 1`,
      result: fmt(forPeak),
      rule: 'each partition serves at most 3,000 RCU and 1,000 WCU per second and holds about 10 GB (§5)',
    },
  ]);
}

/** Returns the warnings of one direction's plan: where the spec's capacity, auto scaling or the default quotas fall short of its demand. */
function capacityWarnings(table: TableModel, node: TableModel | IndexModel, label: string, plan: DirectionPlan): PlanWarning[] {
  const { direction: dir, demand, recommendation: rec, configured, configuredAutoscaling: policy } = plan;
  const unit = dir === 'read' ? 'RCU' : 'WCU';
  const out: PlanWarning[] = [];
  const at = (path: string, message: string): void => {
    out.push({ path, message, table: table.name });
  };
  const isGsi = node !== table;
  if (table.billing === 'provisioned') {
    // With auto scaling the written capacity is only where it starts; its maximum is checked below.
    if (configured !== undefined && policy === undefined && demand.peak.compare(configured) > 0) {
      const backPressure = isGsi && dir === 'write' ? '; GSI back-pressure throttles the table\'s writes too (§3)' : '';
      at(node.capacity ? fieldPath(node.capacity, dir) : node.path, `${label} provisions ${fmt(configured)} ${unit}, below the peak demand of ${fmt(demand.peak, 2)} ${unit}/s: requests throttle once burst capacity runs out (§4)${backPressure}`);
    }
    if (policy !== undefined && demand.peak.compare(policy.max) > 0) {
      at(fieldPath(policy, 'max'), `${label} auto scaling stops at ${fmt(policy.max)} ${unit}, below the peak demand of ${fmt(demand.peak, 2)} ${unit}/s; the plan recommends a maximum of ${fmt(rec.max)} ${unit}`);
    }
    if (rec.provisioned > TABLE_UNITS_QUOTA) {
      at(node.path, `${label} needs ${fmt(rec.provisioned)} ${unit}, above the default quota of ${fmt(TABLE_UNITS_QUOTA)} ${unit} per table and per GSI: request a quota increase (§4)`);
    }
  } else if (!isGsi) {
    const initial = dir === 'read' ? ON_DEMAND_INITIAL_READS : ON_DEMAND_INITIAL_WRITES;
    if (demand.peak.compare(initial) > 0) {
      at(fieldPath(table, 'billing'), `table ${table.name} peaks at ${fmt(demand.peak, 2)} ${unit}/s; a new on-demand table serves ${fmt(initial)} ${dir}s per second at once and doubles from its previous peak: pre-warm it (warm throughput) or ramp up (§4)`);
    }
  }
  if (table.billing === 'on-demand' && demand.peak.compare(TABLE_UNITS_QUOTA) > 0) {
    at(node.path, `${label} peaks at ${fmt(demand.peak, 2)} ${unit}/s, above the default on-demand quota of ${fmt(TABLE_UNITS_QUOTA)} request units per second per table: request a quota increase (§4)`);
  }
  return out;
}
