import { readFileSync } from 'node:fs';
import { parsePriceTable, type PriceTable } from '../../src/calculators/price-table.js';
import type { Fraction } from '../../src/calculators/fraction.js';
import type { AccessPatternLoad, PerSecond } from '../../src/model/load/index.js';
import { parseSpec } from '../../src/model/spec/parse-spec.js';
import type { CapacityPlan } from '../../src/plan/capacity-plan.js';
import type { HotKeyFinding } from '../../src/plan/hot-key-findings.js';
import { plan, type CapacityPlanResult } from '../../src/plan/plan.js';
import type { TablePlan } from '../../src/plan/table-plan.js';

/** The bundled price table (us-east-1, 2026-11). */
export const PRICES: PriceTable = parsePriceTable(JSON.parse(readFileSync('data/prices.json', 'utf8')));

/**
 * The prices of DYNAMODB-RULES.md §7, written out so that expected costs are computed by hand in
 * the tests rather than by the code under test.
 */
export const P = {
  hours: 730,
  seconds: 730 * 3600,
  rcuHour: 0.00013,
  wcuHour: 0.00065,
  millionRru: 0.125,
  millionWru: 0.625,
  gb: 1024 ** 3,
  storageGb: 0.25,
  iaStorageGb: 0.1,
  ia: 1.25,
  pitrGb: 0.2,
  streamsPer100k: 0.02,
  streamsFree: 2_500_000,
} as const;

/** USD a month for provisioned units held all month. */
export function provisionedUsd(rcu: number, wcu: number, multiplier = 1): number {
  return (rcu * P.hours * P.rcuHour + wcu * P.hours * P.wcuHour) * multiplier;
}

/** USD a month on demand at steady averages of request units per second. */
export function onDemandUsd(rru: number, wru: number, multiplier = 1): number {
  return ((rru * P.seconds) / 1e6) * P.millionRru * multiplier + ((wru * P.seconds) / 1e6) * P.millionWru * multiplier;
}

/** Plans a bundled fixture spec with the bundled prices. */
export function planFixture(name: string): CapacityPlanResult {
  const file = `fixtures/specs/${name}`;
  return plan(parseSpec(readFileSync(file, 'utf8'), file), PRICES);
}

/** The plan of one table. */
export function tableOf(r: CapacityPlanResult, name: string): TablePlan {
  const t = r.tables.find((x) => x.table.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

/** The load of one access pattern. */
export function patternOf(t: TablePlan, name: string): AccessPatternLoad {
  const p = t.load.patterns.find((x) => x.pattern.name === name);
  if (!p) throw new Error(`no pattern ${name}`);
  return p;
}

/** The plan of one capacity (the table's, or a GSI's). */
export function capacityOf(t: TablePlan, name: string): CapacityPlan {
  const c = t.capacities.find((x) => x.name === name);
  if (!c) throw new Error(`no capacity ${name}`);
  return c;
}

/** A per-second pair as exact fraction strings: `['2500', '5000']`. */
export function ps(p: PerSecond): [string, string] {
  return [p.average.toString(), p.peak.toString()];
}

/** An exact value as a string ('1/2', '2500/3'). */
export function ex(f: Fraction): string {
  return f.toString();
}

/** The finding of one pattern (or `null`: all patterns) on one key and direction. */
export function findingOf(t: TablePlan, index: string | null, accessPattern: string | null, direction: 'read' | 'write'): HotKeyFinding {
  const f = t.hotKeys.find((x) => x.index === index && x.accessPattern === accessPattern && x.direction === direction);
  if (!f) throw new Error(`no finding ${index}/${accessPattern}/${direction}`);
  return f;
}

/** Σ k^−s for k = 1..n, summed by hand (the reference for zipf shares). */
export function harmonic(n: number, s: number): number {
  let sum = 0;
  for (let k = n; k >= 1; k--) sum += k ** -s;
  return sum;
}
