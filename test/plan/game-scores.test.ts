import { itemCollectionBytes } from '../../src/model/load/index.js';
import { capacityOf, ex, findingOf, harmonic, onDemandUsd, P, patternOf, planFixture, provisionedUsd, ps, tableOf } from './helpers.js';

/**
 * fixtures/specs/game-scores.yaml, by hand.
 *
 * Item: UserId 6 + 12 = 18, GameTitle 9 + 20 = 29, TopScore 8 + 4 = 12, TopScoreDateTime 16 + 20 = 36,
 * Wins 4 + 3 = 7, Losses 6 + 3 = 9, History 7 + 600 = 607 → 718 B (1 WCU, 1 read block).
 * UserTopScores (LSI, keys only): 18 + 29 + 12 = 59 B. Leaderboard (GSI, include Wins, Losses): 59 + 7 + 9 = 75 B.
 * Load profile weights sum to 68: the factor of an hour of weight w is 24w/68 = 6w/17. Hours by weight:
 * w=1 ×7, w=2 ×5, w=3 ×5, w=4 ×2, w=5 ×2, w=6 ×3.
 */
const t = tableOf(planFixture('game-scores.yaml'), 'GameScores');
const HOURS_BY_WEIGHT: ReadonlyArray<[number, number]> = [
  [1, 7],
  [2, 5],
  [3, 5],
  [4, 2],
  [5, 2],
  [6, 3],
];

/** Unit-hours a day when each hour holds ceil(demand at weight w ÷ 0.7). */
function unitHours(unitsPerWeight: (w: number) => number): number {
  return HOURS_BY_WEIGHT.reduce((sum, [w, hours]) => sum + hours * unitsPerWeight(w), 0);
}

describe('game-scores.yaml', () => {
  it('prices every access pattern with its index fan-out', () => {
    // recordMatch: item 1 WCU; the LSI projects none of Wins, Losses, History (0); the leaderboard projects Wins, Losses (1 put of 75 B).
    const match = patternOf(t, 'recordMatch');
    expect(match.writes?.indexes.map((i) => [i.index.name, i.change, ex(i.unitsPerCall)])).toEqual([
      ['UserTopScores', 'unprojected-change', '0'],
      ['Leaderboard', 'projected-change', '1'],
    ]);
    expect([ex(match.wcuPerCall), ...ps(match.wcu)]).toEqual(['2', '800', '3200']);
    // newTopScore changes TopScore, the sort key of both indexes: delete + put in each → 1 + 2 + 2 = 5 WCU.
    const top = patternOf(t, 'newTopScore');
    expect(top.writes?.indexes.map((i) => i.change)).toEqual(['key-change', 'key-change']);
    expect([ex(top.wcuPerCall), ...ps(top.wcu)]).toEqual(['5', '100', '400']);
    // getScore: 0.5 RCU; 300/s, 700/s.
    expect(ps(patternOf(t, 'getScore').rcu)).toEqual(['150', '350']);
    // userBestGames: 5 × 59 = 295 B → 0.5 RCU, + Wins is not projected: 5 fetches × 1 block × 0.5 = 2.5 → 3 RCU.
    const best = patternOf(t, 'userBestGames');
    expect([ex(best.rcuPerCall), ex(best.reads?.fetchUnitsPerCall ?? best.rcuPerCall), ...ps(best.rcu)]).toEqual(['3', '5/2', '150', '360']);
    // leaderboardTop100: 100 × 75 = 7,500 B → 2 blocks × 0.5 = 1 RCU; 200/s, 1,000/s.
    expect([ex(patternOf(t, 'leaderboardTop100').rcuPerCall), ...ps(patternOf(t, 'leaderboardTop100').rcu)]).toEqual(['1', '200', '1000']);
  });

  it('sums the table (with its LSI) and the leaderboard', () => {
    const table = capacityOf(t, 'GameScores');
    const gsi = capacityOf(t, 'Leaderboard');
    // Table reads: getScore 150/350 + userBestGames 150/360. Writes: recordMatch 400 × 1 / 1,600 × 1 + newTopScore 20 × 3 / 80 × 3.
    expect([...ps(table.read.demand), ...ps(table.write.demand)]).toEqual(['300', '710', '460', '1840']);
    // Leaderboard: reads 200/1,000; writes recordMatch 400/1,600 + newTopScore 20 × 2 / 80 × 2.
    expect([...ps(gsi.read.demand), ...ps(gsi.write.demand)]).toEqual(['200', '1000', '440', '1760']);
    // The LSI's part of the table's load: userBestGames' reads, newTopScore's entry writes (2 × 20/s, 2 × 80/s).
    const lsi = t.load.indexes.find((i) => i.index.name === 'UserTopScores');
    expect([...ps(lsi?.rcu ?? table.read.demand), ...ps(lsi?.wcu ?? table.read.demand)]).toEqual(['150', '360', '40', '160']);
  });

  it('recommends capacity at the auto scaling targets, the minimum from the quietest hour', () => {
    const table = capacityOf(t, 'GameScores');
    const gsi = capacityOf(t, 'Leaderboard');
    // ceil(710 / 0.7) = ceil(1,014.29) = 1,015; quietest hour (w = 1): 300 × 6/17 = 105.88 RCU/s → ceil(151.26) = 152.
    expect([table.read.recommendation.provisioned, table.read.recommendation.min]).toEqual([1015, 152]);
    // ceil(1,840 / 0.7) = 2,629; quietest 460 × 6/17 = 162.35 → ceil(231.93) = 232.
    expect([table.write.recommendation.provisioned, table.write.recommendation.min]).toEqual([2629, 232]);
    // ceil(1,000 / 0.7) = 1,429, quietest 200 × 6/17 → ceil(100.84) = 101; ceil(1,760 / 0.7) = 2,515, quietest 440 × 6/17 → ceil(221.85) = 222.
    expect([gsi.read.recommendation.provisioned, gsi.read.recommendation.min, gsi.write.recommendation.provisioned, gsi.write.recommendation.min]).toEqual([1429, 101, 2515, 222]);
    expect([table.read.targetFrom, gsi.write.targetFrom]).toEqual(['autoscaling', 'autoscaling']);
    // The policies' maxima (4,000 and 2,000) are above the peaks: no warning.
    expect(t.warnings).toEqual([]);
  });

  it('holds capacity hour by hour along the load profile', () => {
    // Each hour: ceil(average × 6w/17 ÷ 0.7) = ceil(average × 60w/119).
    const table = capacityOf(t, 'GameScores');
    const gsi = capacityOf(t, 'Leaderboard');
    const at = (average: number) => (w: number) => Math.ceil((average * 60 * w) / 119 - 1e-9);
    // Table reads 300: 152, 303, 454, 606, 757, 908 → 7×152 + 5×303 + 5×454 + 2×606 + 2×757 + 3×908 = 10,299.
    expect(unitHours(at(300))).toBe(10_299);
    expect(table.read.unitHoursPerDay).toBe(10_299);
    // Table writes 460: 232, 464, 696, 928, 1,160, 1,392 → 15,776.
    expect(table.write.unitHoursPerDay).toBe(unitHours(at(460)));
    expect(table.write.unitHoursPerDay).toBe(15_776);
    // Leaderboard reads 200 → 6,868; writes 440 → 15,096.
    expect([gsi.read.unitHoursPerDay, gsi.write.unitHoursPerDay]).toEqual([6868, 15_096]);
    expect(table.read.hourlyUnits?.slice(16, 21)).toEqual([606, 757, 908, 908, 908]);
  });

  it('costs a month: auto scaling along the profile is the cheapest', () => {
    const tableBytes = 10_000_000 * (718 + 100) + 10_000_000 * (59 + 100);
    const totalBytes = tableBytes + 10_000_000 * (75 + 100);
    expect([t.storage.tableBytes, t.storage.totalBytes]).toEqual([tableBytes, totalBytes]);
    const fixed = (totalBytes / P.gb) * P.storageGb + (tableBytes / P.gb) * P.pitrGb;
    expect(t.cost.standard.provisioned.totalUsd).toBeCloseTo(provisionedUsd(1015 + 1429, 2629 + 2515) + fixed, 6);
    // Auto scaled: (10,299 + 6,868) RCU-hours and (15,776 + 15,096) WCU-hours a day, 730/24 days.
    const auto = ((17_167 * P.rcuHour + 30_872 * P.wcuHour) * P.hours) / 24;
    expect(t.cost.standard.autoScaled?.totalUsd).toBeCloseTo(auto + fixed, 6);
    expect(t.cost.standard.onDemand.totalUsd).toBeCloseTo(onDemandUsd(300 + 200, 460 + 440) + fixed, 6);
    expect(t.cost.cheapest).toMatchObject({ tableClass: 'standard', mode: 'auto-scaled' });
  });

  it('sizes the largest item collection (LSI): 50 × (718 + 100 + 59 + 100) B', () => {
    expect(itemCollectionBytes(t.table).value).toBe(50 * 977);
  });

  it('warns that the most played game heats the leaderboard index with writes', () => {
    // 1/H(50, 1.2) of the leaderboard's writes go to the most played game.
    const share = 1 / harmonic(50, 1.2);
    const all = findingOf(t, 'Leaderboard', null, 'write');
    // (1,600 + 160) WCU/s × share ≈ 531.8 WCU/s: above half of 1,000 WCU.
    expect(all.unitsPerSecond.peak.toNumber()).toBeCloseTo(1760 * share, 8);
    expect([all.risk, all.backPressure, all.recommendedShards, all.recommendedSuffix]).toEqual(['warning', true, 2, 'random']);
    // Each pattern alone is ok: 1,600 × share ≈ 483 and 160 × share ≈ 48.
    expect([findingOf(t, 'Leaderboard', 'recordMatch', 'write').risk, findingOf(t, 'Leaderboard', 'newTopScore', 'write').risk]).toEqual(['ok', 'ok']);
    expect(findingOf(t, 'Leaderboard', 'leaderboardTop100', 'read').unitsPerSecond.peak.toNumber()).toBeCloseTo(1000 * share, 8);
  });
});
