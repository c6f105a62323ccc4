import type { PriceTable } from '../calculators/price-table.js';
import { fmtBytes, type Explanation } from '../calculators/steps.js';
import { oversizedItemCollection, tableStorage, type TableLoad, type TableStorage } from '../model/load/index.js';
import { fieldPath } from '../model/spec/model-node.js';
import type { PlanSettingsModel, TableModel } from '../model/spec/spec-model.js';
import { planCapacity, type CapacityPlan } from './capacity-plan.js';
import { hotKeyFindings, unassessedKeyMessage, unassessedKeys, type HotKeyFinding } from './hot-key-findings.js';
import type { PlanWarning } from './plan-warning.js';
import { tableCost, type TableCost } from './table-cost.js';

/** The capacity plan of one table. */
export interface TablePlan {
  readonly table: TableModel;
  /** Per access pattern, per capacity, per index and per key: the load the plan is built on. */
  readonly load: TableLoad;
  /** The table's capacity (with its LSIs) first, then each GSI's. */
  readonly capacities: readonly CapacityPlan[];
  readonly storage: TableStorage;
  readonly cost: TableCost;
  readonly hotKeys: readonly HotKeyFinding[];
  readonly warnings: readonly PlanWarning[];
  /** The worked arithmetic: patterns, capacities, storage, cost, hot keys. */
  readonly explanations: readonly Explanation[];
}

/**
 * Returns the plan of one table from its load: each capacity's recommendation and partitions
 * (`planCapacity`), storage, the monthly cost (`tableCost`) and the hot keys
 * (`hotKeyFindings`), with every warning located at the field concerned.
 */
export function planTable(load: TableLoad, settings: PlanSettingsModel, prices: PriceTable): TablePlan {
  const { table } = load;
  const storage = tableStorage(table);
  const capacities = load.capacities.map((c) => {
    const bytes = c.capacity === 'table' ? storage.value.tableBytes : (storage.value.indexes.find((i) => i.index === c.capacity)?.bytes ?? 0);
    return planCapacity(table, c, bytes, settings);
  });
  const cost = tableCost(table, capacities, storage.value, settings, prices);
  const hotKeys = hotKeyFindings(load);
  const warnings: PlanWarning[] = [
    ...load.patterns.flatMap((p) => p.problems).map((p) => ({ ...p, table: table.name })),
    // A key's problem names the pattern and the index, as the same key is often on several.
    ...unassessedKeys(load).map((k) => ({ path: k.problem.path, message: unassessedKeyMessage(load, k), table: table.name })),
    ...capacities.flatMap((c) => c.warnings),
    ...itemCollectionWarnings(table),
  ];
  const explanations: Explanation[] = [
    ...load.patterns.map((p) => p.explanation),
    ...capacities.map((c) => c.explanation),
    { title: `${table.name}: storage`, steps: storage.steps, answer: fmtBytes(storage.value.totalBytes) },
    cost.standard.explanation,
    cost.standardIa.explanation,
    cost.explanation,
    ...hotKeys.map((h) => h.explanation),
  ];
  return { table, load, capacities, storage: storage.value, cost, hotKeys, warnings, explanations };
}

/** With a local index, one partition-key value's items and LSI entries cannot exceed 10 GB (§5): writes to a full collection fail. */
function itemCollectionWarnings(table: TableModel): PlanWarning[] {
  const over = oversizedItemCollection(table);
  if (over === undefined) return [];
  return [
    {
      path: fieldPath(table, 'maxItemsPerPartitionKey'),
      table: table.name,
      message: `the largest item collection of ${table.name} reaches ${fmtBytes(over.bytes)} with its LSI entries, above the 10 GB an item collection may hold with a local index: writes to it will fail (§5)`,
    },
  ];
}
