import { Fraction } from '../../calculators/fraction.js';
import { hotKeyRisk, type Direction, type HotKeyVerdict } from '../../calculators/hot-key-risk.js';
import type { IndexModel, KeyAttributeModel, SpecModel, TableModel } from '../spec/spec-model.js';
import { accessPatternLoad, type AccessPatternLoad, type Capacity, type CapacityUse } from './access-pattern-load.js';
import { patternKeyLoads, type KeyLoad } from './key-load.js';
import type { LoadProblem } from './load-problem.js';
import { sumPerSecond, type PerSecond } from './per-second.js';

/** One pattern's part of a capacity's or an index's load. */
export interface Contribution {
  readonly load: AccessPatternLoad;
  readonly use: CapacityUse;
}

/** Hourly units of a capacity over a day, from the load profiles. */
export interface HourlyUnits {
  /** 24 read units per second, one per UTC hour from 00:00, at each pattern's average rate times its profile. */
  readonly rcu: readonly Fraction[];
  readonly wcu: readonly Fraction[];
}

/** The load on one capacity: the table's (its items and its LSIs) or one GSI's own. */
export interface CapacityLoad {
  readonly capacity: Capacity;
  /** The table's or the GSI's name. */
  readonly name: string;
  /** Read units per second, summed over the patterns (peaks add up: the patterns may peak together). */
  readonly rcu: PerSecond;
  /** Write units per second, summed over the patterns. */
  readonly wcu: PerSecond;
  /** The day hour by hour, when a pattern on this capacity has a load profile. */
  readonly hourly: HourlyUnits | undefined;
  readonly contributions: readonly Contribution[];
}

/** The load that goes through one secondary index: reads of it and writes of its entries. */
export interface IndexLoad {
  readonly index: IndexModel;
  /** The GSI itself, or the table for an LSI (its load is part of the table's). */
  readonly capacity: Capacity;
  /** Read units per second of the index's reads. */
  readonly rcu: PerSecond;
  /** Write units per second of the index's entry writes. */
  readonly wcu: PerSecond;
  readonly contributions: readonly Contribution[];
}

/** Every pattern's load on the hottest value of one partition key, in one direction. */
export interface KeyLoadGroup {
  readonly capacity: Capacity;
  /** The GSI whose key this is; undefined for the table's partition key. */
  readonly index: IndexModel | undefined;
  readonly key: KeyAttributeModel;
  readonly direction: Direction;
  /** The patterns' key loads whose popularity is known. */
  readonly keyLoads: readonly KeyLoad[];
  /**
   * Units per second on the hottest physical value, summed over the patterns: conservative, it
   * assumes their hottest values are the same value.
   */
  readonly perShardUnitsPerSecond: PerSecond;
  readonly verdict: HotKeyVerdict;
}

/** The load of a table: per pattern, per capacity, per index, per hot key. */
export interface TableLoad {
  readonly table: TableModel;
  /** One per access pattern, in the spec's order (unplanned ones included). */
  readonly patterns: readonly AccessPatternLoad[];
  /** The table's capacity first, then each GSI's, in the spec's order. */
  readonly capacities: readonly CapacityLoad[];
  /** One per secondary index (global and local), in the spec's order. */
  readonly indexes: readonly IndexLoad[];
  /** Every pattern's load on every partition key it loads, assessed or not. */
  readonly keys: readonly KeyLoad[];
  /** Per partition key and direction, when more than one pattern loads it: their hottest values together. */
  readonly keyGroups: readonly KeyLoadGroup[];
  /** The patterns' problems and keys that could not be assessed. */
  readonly problems: readonly LoadProblem[];
}

/** The load of every table of a spec. */
export interface SpecLoad {
  readonly model: SpecModel;
  readonly tables: readonly TableLoad[];
}

/** Returns the load of every table of a spec (see `tableLoad`). */
export function specLoad(model: SpecModel): SpecLoad {
  return { model, tables: model.tables.map(tableLoad) };
}

/**
 * Returns the load of a table: each access pattern's load (`accessPatternLoad`), summed per
 * capacity (the table's, with its LSIs; each GSI's own) and per index, and each pattern's load on
 * the hottest value of every partition key it loads (`patternKeyLoads`), grouped per key when
 * several patterns share one. Pure; the same numbers feed `ddb-plan capacity`, `hotkeys` and lint.
 */
export function tableLoad(table: TableModel): TableLoad {
  const patterns = table.accessPatterns.map((p) => accessPatternLoad(table, p));
  const contributions: Contribution[] = patterns.flatMap((load) => load.uses.map((use) => ({ load, use })));
  const capacityOf = (capacity: Capacity, name: string): CapacityLoad => {
    const mine = contributions.filter((c) => c.use.capacity === capacity);
    return { capacity, name, rcu: sumPerSecond(mine.map((c) => c.use.rcu)), wcu: sumPerSecond(mine.map((c) => c.use.wcu)), hourly: hourlyUnits(mine), contributions: mine };
  };
  const capacities = [capacityOf('table', table.name), ...table.indexes.filter((i) => i.type === 'global').map((i) => capacityOf(i, i.name))];
  const indexes = table.indexes.map((index): IndexLoad => {
    const mine = contributions.filter((c) => c.use.index === index);
    return { index, capacity: index.type === 'global' ? index : 'table', rcu: sumPerSecond(mine.map((c) => c.use.rcu)), wcu: sumPerSecond(mine.map((c) => c.use.wcu)), contributions: mine };
  });
  const keys = patterns.flatMap(patternKeyLoads);
  const problems = [...patterns.flatMap((p) => p.problems), ...keys.flatMap((k) => (k.problem ? [k.problem] : []))];
  return { table, patterns, capacities, indexes, keys, keyGroups: keyGroups(keys), problems };
}

function hourlyUnits(contributions: readonly Contribution[]): HourlyUnits | undefined {
  if (!contributions.some((c) => c.load.hourlyFactors !== undefined)) return undefined;
  const hours = Array.from({ length: 24 }, (_, h) => h);
  const at = (h: number, pick: (u: CapacityUse) => Fraction): Fraction =>
    contributions.reduce((sum, c) => sum.add(c.load.rate.average.mul(c.load.hourlyFactors?.[h] ?? Fraction.ONE).mul(pick(c.use))), Fraction.ZERO);
  return { rcu: hours.map((h) => at(h, (u) => u.rcuPerCall)), wcu: hours.map((h) => at(h, (u) => u.wcuPerCall)) };
}

function keyGroups(keys: readonly KeyLoad[]): KeyLoadGroup[] {
  const groups = new Map<string, KeyLoad[]>();
  for (const k of keys) {
    if (k.perShardUnitsPerSecond === undefined) continue;
    const id = `${k.index?.name ?? ''}\u0000${k.direction}`;
    groups.set(id, [...(groups.get(id) ?? []), k]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const first = g[0] as KeyLoad;
      const perShard = sumPerSecond(g.map((k) => k.perShardUnitsPerSecond as PerSecond));
      return { capacity: first.capacity, index: first.index, key: first.key, direction: first.direction, keyLoads: g, perShardUnitsPerSecond: perShard, verdict: hotKeyRisk(perShard.peak, first.direction).value };
    });
}
