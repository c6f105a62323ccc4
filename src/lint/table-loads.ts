/**
 * The load model's numbers for the design and capacity rules, computed once per table however many
 * rules ask (the model is frozen, so a table's load never changes). The arithmetic lives in
 * src/model/load; lint only compares its results with DynamoDB's limits.
 */
import { tableLoad, type TableLoad } from '../model/load/table-load.js';
import type { TableModel } from '../model/spec/spec-model.js';

const cache = new WeakMap<TableModel, TableLoad>();

/** Returns the load of a table: per pattern, per capacity, per index and per hot key. */
export function loadOf(table: TableModel): TableLoad {
  let load = cache.get(table);
  if (load === undefined) {
    load = tableLoad(table);
    cache.set(table, load);
  }
  return load;
}
