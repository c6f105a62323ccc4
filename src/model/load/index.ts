/**
 * The load model: what each access pattern of a spec asks of DynamoDB, in capacity units per
 * request and per second (average and peak), on the table's and each GSI's capacity, and on the
 * hottest value of every partition key. The capacity plan (`src/plan/`) and the lint rules
 * (`src/lint/`) both read it, so a rule and the plan never disagree on a number.
 *
 *     const load = specLoad(model);
 *     for (const t of load.tables) {
 *       for (const p of t.patterns) p.rcu.peak;                  // Fraction, RCU per second
 *       for (const c of t.capacities) c.wcu.average;             // table, then each GSI
 *       for (const k of t.keys) k.verdict?.risk;                 // 'ok' | 'warning' | 'critical'
 *     }
 */
export { accessPatternLoad, capacityName, type AccessPatternLoad, type Capacity, type CapacityUse } from './access-pattern-load.js';
export { distinctSteps } from './distinct-steps.js';
export { indexChangeOfWrite, projectedAttributes, type IndexChangeOfWrite } from './index-change.js';
export { patternKeyLoads, type KeyLoad } from './key-load.js';
export { keyPopularityOf, type KeyPopularityOf, type PopularitySource } from './key-popularity-of.js';
export type { LoadProblem } from './load-problem.js';
export { patternReadUnits, type PatternReadUnits } from './pattern-read-units.js';
export { patternWriteUnits, writeUnitsOn, type IndexWritePerCall, type PatternWriteUnits } from './pattern-write-units.js';
export { addPerSecond, scalePerSecond, sumPerSecond, ZERO_PER_SECOND, type PerSecond } from './per-second.js';
export { itemCollectionBytes, oversizedItemCollection, tableStorage, type IndexStorage, type OversizedItemCollection, type TableStorage } from './table-storage.js';
export { specLoad, tableLoad, type CapacityLoad, type Contribution, type HourlyUnits, type IndexLoad, type KeyLoadGroup, type SpecLoad, type TableLoad } from './table-load.js';
