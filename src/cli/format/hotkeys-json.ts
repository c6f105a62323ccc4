import type { Explanation } from '../../calculators/steps.js';
import type { TableLoad } from '../../model/load/index.js';
import type { SpecModel } from '../../model/spec/spec-model.js';
import { unassessedKeys, type HotKeyFinding } from '../../plan/hot-key-findings.js';
import type { CapacityPlanResult } from '../../plan/plan.js';
import { jsonNumber, jsonPerSecond, locate } from './plan-values.js';

/**
 * Returns the `--json` body of `ddb-plan hotkeys SPEC...` (ARCHITECTURE.md, JSON contract): the
 * files, every finding of every table, the keys that could not be assessed, and with `explain`
 * the worked arithmetic of each finding.
 */
export function hotKeysJson(results: readonly CapacityPlanResult[], explain: boolean): Record<string, unknown> {
  return {
    files: results.map((r) => r.model.source.file),
    findings: results.flatMap((r) => r.tables.flatMap((t) => t.hotKeys.map((f) => hotKeyFindingJson(r.model, f)))),
    unassessed: results.flatMap((r) => r.tables.flatMap((t) => unassessedJson(r.model, t.load))),
    ...(explain ? { explanations: results.flatMap(hotKeyExplanations) } : {}),
  };
}

/** Returns the worked arithmetic of every hot-key finding of a plan, table by table. */
export function hotKeyExplanations(r: CapacityPlanResult): Explanation[] {
  return r.tables.flatMap((t) => t.hotKeys.map((f) => f.explanation));
}

/**
 * Returns one hot-key finding as its `--json` object: the contract's fields (table, index,
 * accessPattern, key, hottestKeyShare, unitsPerSecond at peak on the hottest value, partitionLimit,
 * risk, recommendedShards), then the rest of the finding and its position in the spec.
 */
export function hotKeyFindingJson(model: SpecModel, f: HotKeyFinding): Record<string, unknown> {
  const at = locate(model, f.path);
  return {
    table: f.table,
    index: f.index,
    accessPattern: f.accessPattern,
    key: f.key,
    hottestKeyShare: jsonNumber(f.hottestKeyShare),
    unitsPerSecond: jsonNumber(f.unitsPerSecond.peak),
    partitionLimit: f.partitionLimit,
    risk: f.risk,
    recommendedShards: f.recommendedShards,
    direction: f.direction,
    hottestKey: f.hottestKey,
    shareExact: f.shareExact,
    averageUnitsPerSecond: jsonNumber(f.unitsPerSecond.average),
    logicalUnitsPerSecond: jsonPerSecond(f.logicalUnitsPerSecond),
    utilization: jsonNumber(f.utilization),
    shards: f.shards,
    suffix: f.suffix ?? null,
    recommendedSuffix: f.recommendedSuffix ?? null,
    remedy: f.remedy,
    backPressure: f.backPressure,
    readCost: f.readCost.map((c) => ({
      accessPattern: c.accessPattern,
      operation: c.operation,
      requestsPerRead: c.requestsPerRead,
      rcuPerReadBefore: jsonNumber(c.rcuPerReadBefore),
      rcuPerReadAfter: jsonNumber(c.rcuPerReadAfter),
      addedRcu: jsonPerSecond(c.addedRcu),
    })),
    advice: f.advice,
    file: at.file,
    line: at.line ?? null,
    column: at.column ?? null,
    path: f.path,
  };
}

/** Returns the keys a table's patterns load whose popularity the spec does not give, as `--json` objects. */
function unassessedJson(model: SpecModel, load: TableLoad): Record<string, unknown>[] {
  return unassessedKeys(load).map((k) => {
    const at = locate(model, k.problem.path);
    return {
      table: load.table.name,
      index: k.index?.name ?? null,
      accessPattern: k.load.pattern.name,
      key: k.key.name,
      direction: k.direction,
      reason: k.problem.message,
      file: at.file,
      line: at.line ?? null,
      column: at.column ?? null,
    };
  });
}
