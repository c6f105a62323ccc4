import type { PriceTable } from '../calculators/price-table.js';
import { assume, type Explanation } from '../calculators/steps.js';
import { specLoad } from '../model/load/index.js';
import type { SpecModel } from '../model/spec/spec-model.js';
import { planTable, type TablePlan } from './table-plan.js';

/** The capacity plan of a spec: one table plan each, and what it rests on. */
export interface CapacityPlanResult {
  readonly model: SpecModel;
  /** The price table used (region and month). */
  readonly prices: PriceTable;
  readonly tables: readonly TablePlan[];
  /** Assumptions that hold for every table. */
  readonly assumptions: Explanation;
}

/**
 * Returns the capacity plan of a spec: for every table, what each access pattern consumes,
 * what to provision for the table and each GSI (or what on-demand costs), partitions, storage,
 * the monthly cost in both table classes and every capacity mode, and the hot keys with
 * write-sharding advice. Pure: the model and a dated price table in, a plain result out.
 */
export function plan(model: SpecModel, prices: PriceTable): CapacityPlanResult {
  const load = specLoad(model);
  const tables = load.tables.map((t) => planTable(t, model.plan, prices));
  const assumptions: Explanation = {
    title: 'Assumptions of this plan',
    steps: [
      assume(`prices: ${prices.region}, ${prices.asOf} (${prices.sources[0] ?? 'bundled price table'}); a month is ${prices.hoursPerMonth} hours`),
      assume('a rate counts logical requests: pages of 1 MB, shard queries and batch items are counted from it'),
      assume('units per second at peak add up over the patterns, as if all peaked together'),
      assume('the 3,000 RCU / 1,000 WCU ceilings bound one partition-key value; burst and adaptive capacity never lift them (§5)'),
      assume('TTL deletions consume no write capacity (§3)'),
    ],
  };
  return { model, prices, tables, assumptions };
}
