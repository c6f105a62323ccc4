import type { Explanation } from '../../calculators/steps.js';
import { sumPerSecond } from '../../model/load/index.js';
import type { CapacityPlan, DirectionPlan } from '../../plan/capacity-plan.js';
import type { CapacityPlanResult } from '../../plan/plan.js';
import type { ClassCost, ModeCost } from '../../plan/table-cost.js';
import type { TablePlan } from '../../plan/table-plan.js';
import { hotKeyFindingJson } from './hotkeys-json.js';
import { jsonNumber, jsonPerSecond, jsonUsd, locate } from './plan-values.js';

/**
 * Returns the `--json` body of `ddb-plan capacity SPEC...` (ARCHITECTURE.md, JSON contract):
 * `tables[]` with `name`, `rcu`/`wcu` `{ average, peak }` per second on the table's own capacity
 * (its LSIs included), `partitions`, `monthlyCost { provisioned, onDemand }` in USD for the table
 * and its GSIs, `indexes[]` and `accessPatterns[]` (`rcuPerCall`, `wcuPerCall`, `rcu`, `wcu`),
 * and more fields beside them. Every table names the file it came from.
 */
export function planJson(results: readonly CapacityPlanResult[], explain: boolean): Record<string, unknown> {
  const first = results[0];
  return {
    prices: first ? { region: first.prices.region, asOf: first.prices.asOf, currency: first.prices.currency } : null,
    files: results.map((r) => ({ file: r.model.source.file, tables: r.tables.map((t) => t.table.name) })),
    tables: results.flatMap((r) => r.tables.map((t) => tableJson(r, t, explain))),
    ...(explain ? { assumptions: first?.assumptions ?? null } : {}),
  };
}

function tableJson(r: CapacityPlanResult, t: TablePlan, explain: boolean): Record<string, unknown> {
  const [own, ...gsis] = t.capacities as [CapacityPlan, ...CapacityPlan[]];
  const total = { rcu: sumPerSecond(t.capacities.map((c) => c.read.demand)), wcu: sumPerSecond(t.capacities.map((c) => c.write.demand)) };
  return {
    file: r.model.source.file,
    name: t.table.name,
    billing: t.table.billing,
    tableClass: t.table.tableClass,
    rcu: jsonPerSecond(own.read.demand),
    wcu: jsonPerSecond(own.write.demand),
    total: { rcu: jsonPerSecond(total.rcu), wcu: jsonPerSecond(total.wcu) },
    partitions: own.partitions.estimate.partitions,
    monthlyCost: {
      provisioned: jsonUsd(classOf(t).provisioned.totalUsd),
      onDemand: jsonUsd(classOf(t).onDemand.totalUsd),
      autoScaled: classOf(t).autoScaled ? jsonUsd((classOf(t).autoScaled as ModeCost).totalUsd) : null,
      standard: classJson(t.cost.standard),
      standardIa: classJson(t.cost.standardIa),
      cheapest: { tableClass: t.cost.cheapest.tableClass, mode: t.cost.cheapest.mode, usdPerMonth: jsonUsd(t.cost.cheapest.usdPerMonth) },
      breakEvenUtilization: t.cost.breakEvenUtilization,
      averageUtilization: { read: jsonNumber(t.cost.averageUtilization.read), write: jsonNumber(t.cost.averageUtilization.write) },
    },
    ...capacityJson(own),
    storage: { itemBytes: t.storage.itemBytes ?? null, tableBytes: t.storage.tableBytes, totalBytes: t.storage.totalBytes, complete: t.storage.complete },
    indexes: t.table.indexes.map((index) => {
      const load = t.load.indexes.find((l) => l.index === index);
      const gsi = gsis.find((c) => c.index === index);
      return {
        name: index.name,
        type: index.type,
        capacity: index.type === 'global' ? 'own' : 'table',
        entryBytes: index.itemBytes,
        rcu: load ? jsonPerSecond(load.rcu) : { average: 0, peak: 0 },
        wcu: load ? jsonPerSecond(load.wcu) : { average: 0, peak: 0 },
        ...(gsi ? capacityJson(gsi) : {}),
        storageBytes: t.storage.indexes.find((s) => s.index === index)?.bytes ?? null,
      };
    }),
    accessPatterns: t.load.patterns.map((p) => {
      const at = locate(r.model, p.pattern.path);
      return {
        name: p.pattern.name,
        operation: p.pattern.operation,
        index: p.index?.name ?? null,
        planned: p.planned,
        rate: jsonPerSecond(p.rate),
        rcuPerCall: jsonNumber(p.rcuPerCall),
        wcuPerCall: jsonNumber(p.wcuPerCall),
        rcu: jsonPerSecond(p.rcu),
        wcu: jsonPerSecond(p.wcu),
        requestsPerCall: p.requestsPerCall,
        byCapacity: p.uses
          .filter((u) => !u.rcuPerCall.isZero() || !u.wcuPerCall.isZero())
          .map((u) => ({ capacity: u.capacity === 'table' ? t.table.name : u.capacity.name, index: u.index?.name ?? null, rcuPerCall: jsonNumber(u.rcuPerCall), wcuPerCall: jsonNumber(u.wcuPerCall), rcu: jsonPerSecond(u.rcu), wcu: jsonPerSecond(u.wcu) })),
        indexWrites: (p.writes?.indexes ?? []).map((i) => ({ index: i.index.name, change: i.change, assumed: i.assumed, writesPerCall: jsonNumber(i.writesPerCall), wcuPerCall: jsonNumber(i.unitsPerCall) })),
        problems: p.problems.map((x) => x.message),
        line: at.line ?? null,
        column: at.column ?? null,
      };
    }),
    hotKeys: t.hotKeys.map((f) => hotKeyFindingJson(r.model, f)),
    warnings: t.warnings.map((w) => {
      const at = locate(r.model, w.path);
      return { message: w.message, file: at.file, line: at.line ?? null, column: at.column ?? null, path: w.path };
    }),
    ...(explain ? { explanations: t.explanations as readonly Explanation[] } : {}),
  };
}

function classOf(t: TablePlan): ClassCost {
  return t.cost.tableClass === 'standard' ? t.cost.standard : t.cost.standardIa;
}

function modeJson(m: ModeCost | undefined): Record<string, number> | null {
  return m ? { capacity: jsonUsd(m.capacityUsd), replicas: jsonUsd(m.replicasUsd), total: jsonUsd(m.totalUsd) } : null;
}

function classJson(c: ClassCost): Record<string, unknown> {
  return {
    provisioned: modeJson(c.provisioned),
    asSpecified: modeJson(c.asSpecified),
    autoScaled: modeJson(c.autoScaled),
    onDemand: modeJson(c.onDemand),
    storage: jsonUsd(c.storageUsd),
    pointInTimeRecovery: jsonUsd(c.pointInTimeRecoveryUsd),
    streams: jsonUsd(c.streamsUsd),
  };
}

function directionJson(d: DirectionPlan): Record<string, unknown> {
  return {
    target: jsonNumber(d.target),
    provisioned: d.recommendation.provisioned,
    autoscaling: { min: d.recommendation.min, max: d.recommendation.max },
    averageUtilization: jsonNumber(d.recommendation.averageUtilization),
    configured: d.configured ?? null,
    hourly: d.hourlyUnits ?? null,
  };
}

/** The recommendation of one capacity (table or GSI). */
function capacityJson(c: CapacityPlan): Record<string, unknown> {
  return {
    recommendation: { read: directionJson(c.read), write: directionJson(c.write) },
    partitionEstimate: {
      byCapacity: jsonNumber(c.partitions.estimate.byCapacity),
      bySize: jsonNumber(c.partitions.estimate.bySize),
      partitions: c.partitions.estimate.partitions,
      forPeak: c.partitions.forPeak,
    },
    storageBytes: c.storageBytes,
  };
}

