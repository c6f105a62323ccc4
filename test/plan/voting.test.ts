import { capacityOf, ex, findingOf, onDemandUsd, P, patternOf, planFixture, provisionedUsd, ps, tableOf } from './helpers.js';

/**
 * fixtures/specs/voting.yaml, by hand.
 *
 * Item: candidate_id (12 + 1) + voter_id (8 + 36) + ts (2 + 6: 1712345678 is 5 digit pairs + 1) = 65 B.
 * ByVoter entry (keys only): candidate_id 13 + voter_id 44 = 57 B.
 */
describe('voting.yaml: Votes (one partition-key value per candidate)', () => {
  const t = tableOf(planFixture('voting.yaml'), 'Votes');

  it('prices every access pattern', () => {
    // castVote: ceil(65 / 1,024) = 1 WCU for the item + ceil(57 / 1,024) = 1 WCU for the ByVoter entry.
    const cast = patternOf(t, 'castVote');
    expect([ex(cast.wcuPerCall), ...ps(cast.wcu)]).toEqual(['2', String(2500 * 2), String(5000 * 2)]);
    // hasVoted: one 57 B entry → 1 block × 0.5 = 0.5 RCU; 500/s and 1,000/s.
    const has = patternOf(t, 'hasVoted');
    expect([ex(has.rcuPerCall), ...ps(has.rcu)]).toEqual(['1/2', String(500 * 0.5), String(1000 * 0.5)]);
    // recentVotes: 20 × 65 = 1,300 B → 1 block × 0.5 = 0.5 RCU; 5/s.
    const recent = patternOf(t, 'recentVotes');
    expect([ex(recent.rcuPerCall), ...ps(recent.rcu), recent.requestsPerCall]).toEqual(['1/2', '5/2', '5/2', 1]);
  });

  it('sums the table and the index, and recommends capacity at 70 %', () => {
    const table = capacityOf(t, 'Votes');
    const gsi = capacityOf(t, 'ByVoter');
    expect([...ps(table.read.demand), ...ps(table.write.demand)]).toEqual(['5/2', '5/2', '2500', '5000']);
    expect([...ps(gsi.read.demand), ...ps(gsi.write.demand)]).toEqual(['250', '500', '2500', '5000']);
    // Table: ceil(2.5 / 0.7) = ceil(3.57) = 4 RCU; ceil(5,000 / 0.7) = ceil(7,142.86) = 7,143 WCU, min ceil(2,500 / 0.7) = 3,572.
    expect([table.read.recommendation.provisioned, table.read.recommendation.min, table.write.recommendation.provisioned, table.write.recommendation.min]).toEqual([4, 4, 7143, 3572]);
    // GSI: ceil(500 / 0.7) = ceil(714.29) = 715 RCU, min ceil(250 / 0.7) = 358; writes as the table's.
    expect([gsi.read.recommendation.provisioned, gsi.read.recommendation.min, gsi.write.recommendation.provisioned, gsi.write.recommendation.min]).toEqual([715, 358, 7143, 3572]);
    // The spec's 6,000 WCU cover the 5,000 WCU/s peak: no warning.
    expect(t.warnings).toEqual([]);
  });

  it('sizes storage and partitions', () => {
    // Items 20,000,000 × (65 + 100) B; ByVoter 20,000,000 × (57 + 100) B.
    expect([t.storage.itemBytes, t.storage.totalBytes]).toEqual([20_000_000 * 165, 20_000_000 * 165 + 20_000_000 * 157]);
    const table = capacityOf(t, 'Votes');
    // 4 / 3,000 + 7,143 / 1,000 = 7.1443 → 8; the peak: 2.5 / 3,000 + 5,000 / 1,000 = 5.0008 → 6.
    expect([table.partitions.estimate.partitions, table.partitions.forPeak]).toEqual([8, 6]);
    expect(table.partitions.estimate.byCapacity.toNumber()).toBeCloseTo(4 / 3000 + 7143 / 1000, 12);
  });

  it('costs a month in both classes and modes', () => {
    const storageGb = (20_000_000 * 165 + 20_000_000 * 157) / P.gb;
    // Provisioned: (4 + 715) RCU and (7,143 + 7,143) WCU all month.
    const provisioned = provisionedUsd(4 + 715, 7143 * 2) + storageGb * P.storageGb;
    // On demand: (2.5 + 250) RRU/s and (2,500 + 2,500) WRU/s on average.
    const onDemand = onDemandUsd(2.5 + 250, 2500 + 2500) + storageGb * P.storageGb;
    expect(t.cost.standard.provisioned.totalUsd).toBeCloseTo(provisioned, 6);
    expect(t.cost.standard.onDemand.totalUsd).toBeCloseTo(onDemand, 6);
    expect(t.cost.standardIa.provisioned.totalUsd).toBeCloseTo(provisionedUsd(719, 14286, P.ia) + storageGb * P.iaStorageGb, 6);
    expect(t.cost.standardIa.onDemand.totalUsd).toBeCloseTo(onDemandUsd(252.5, 5000, P.ia) + storageGb * P.iaStorageGb, 6);
    // A Lambda trigger reads the stream for free.
    expect(t.cost.standard.streamsUsd).toBe(0);
    expect(t.cost.cheapest).toMatchObject({ tableClass: 'standard', mode: 'provisioned' });
    // Break-even: $0.00065 ÷ (3,600 × $0.625 / 10^6) = 28.9 %.
    expect(t.cost.breakEvenUtilization.write).toBeCloseTo(0.00065 / ((3600 * 0.625) / 1e6), 12);
    // Average utilization of writes: (2,500 + 2,500) / (7,143 + 7,143).
    expect(t.cost.averageUtilization.write.toNumber()).toBeCloseTo(5000 / 14286, 12);
  });

  it('flags candidate_id critical and proposes 5 random shards, costing recentVotes 10 RCU/s', () => {
    const f = findingOf(t, null, 'castVote', 'write');
    // 5,000 WCU/s peak × 1/2 = 2,500 WCU/s on "A": 250 % of 1,000 WCU.
    expect([ex(f.hottestKeyShare), ex(f.unitsPerSecond.peak), ex(f.utilization), f.risk]).toEqual(['1/2', '2500', '5/2', 'critical']);
    // ceil(2,500 / 500) = 5 shards; no point read on the key → a random suffix.
    expect([f.recommendedShards, f.recommendedSuffix, f.remedy]).toEqual([5, 'random', 'write-sharding']);
    // recentVotes: 5 queries of ceil(1,300 / 5) = 260 B → 5 × 0.5 = 2.5 RCU instead of 0.5; × 5/s = +10 RCU/s.
    expect(f.readCost.map((c) => [c.accessPattern, c.requestsPerRead, ex(c.rcuPerReadAfter), ...ps(c.addedRcu)])).toEqual([['recentVotes', 5, '5/2', '10', '10']]);
    // The other keys are fine: ByVoter spreads over 20,000,000 voters.
    expect(t.hotKeys.filter((h) => h.risk !== 'ok').map((h) => h.accessPattern)).toEqual(['castVote']);
  });
});

describe('voting.yaml: VotesSharded (candidate_id with a random suffix 1..10)', () => {
  const t = tableOf(planFixture('voting.yaml'), 'VotesSharded');

  it('keeps the writes, and pays for scatter-gather reads', () => {
    expect(ps(patternOf(t, 'castVote').wcu)).toEqual(['5000', '10000']);
    // recentVotes: 10 queries of ceil(1,300 / 10) = 130 B → 10 × 1 block × 0.5 = 5 RCU; × 5/s = 25 RCU/s.
    const recent = patternOf(t, 'recentVotes');
    expect([ex(recent.rcuPerCall), ...ps(recent.rcu), recent.requestsPerCall]).toEqual(['5', '25', '25', 10]);
    // Table reads: ceil(25 / 0.7) = ceil(35.71) = 36 RCU.
    expect(capacityOf(t, 'VotesSharded').read.recommendation.provisioned).toBe(36);
    expect(t.cost.standard.provisioned.capacityUsd).toBeCloseTo(provisionedUsd(36 + 715, 7143 * 2), 6);
  });

  it('is ok: 2,500 WCU/s on "A" over 10 shards is 250 WCU/s per shard', () => {
    const f = findingOf(t, null, 'castVote', 'write');
    expect([f.shards, ex(f.logicalUnitsPerSecond.peak), ex(f.unitsPerSecond.peak), f.risk, f.recommendedShards]).toEqual([10, '2500', '250', 'ok', 10]);
    expect(t.hotKeys.every((h) => h.risk === 'ok')).toBe(true);
  });
});
