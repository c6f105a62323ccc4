import { capacityOf, ex, findingOf, harmonic, onDemandUsd, P, patternOf, planFixture, provisionedUsd, ps, tableOf } from './helpers.js';

/**
 * fixtures/specs/movies.yaml, by hand.
 *
 * Item: movie_id 8 + 10, title 5 + 40, movie_language 14 + 2, year 4 + 3, genres 6 + 30,
 * rating 6 + 3, plot 4 + 300 = 18 + 45 + 16 + 7 + 36 + 9 + 304 = 435 B.
 * ByLanguageYear entry (include title): movie_id 18 + movie_language 16 + year 7 + title 45 = 86 B.
 * Languages: en 50 of 100 weight → the hottest value takes exactly 1/2.
 */
const result = planFixture('movies.yaml');

describe('movies.yaml: MoviesById (a million movie_id values)', () => {
  const t = tableOf(result, 'MoviesById');

  it('prices every access pattern', () => {
    // getMovie: 435 B → 1 block × 0.5; 2,000/s and 8,000/s.
    expect([ex(patternOf(t, 'getMovie').rcuPerCall), ...ps(patternOf(t, 'getMovie').rcu)]).toEqual(['1/2', '1000', '4000']);
    // rateMovie changes rating, which ByLanguageYear does not project: 1 WCU for the item, none for the index.
    const rate = patternOf(t, 'rateMovie');
    expect(rate.writes?.indexes.map((i) => [i.change, ex(i.unitsPerCall)])).toEqual([['unprojected-change', '0']]);
    expect([ex(rate.wcuPerCall), ...ps(rate.wcu)]).toEqual(['1', '300', '3000']);
    // addMovie: 1 WCU item + 1 WCU index entry (86 B); 2/s.
    expect([ex(patternOf(t, 'addMovie').wcuPerCall), ...ps(patternOf(t, 'addMovie').wcu)]).toEqual(['2', '4', '4']);
    // moviesInLanguage: 25 × 86 = 2,150 B → 1 block × 0.5 = 0.5 RCU; 100/s and 400/s.
    expect([ex(patternOf(t, 'moviesInLanguage').rcuPerCall), ...ps(patternOf(t, 'moviesInLanguage').rcu)]).toEqual(['1/2', '50', '200']);
  });

  it('sums capacities and recommends them', () => {
    const table = capacityOf(t, 'MoviesById');
    const gsi = capacityOf(t, 'ByLanguageYear');
    // Table: reads 1,000 / 4,000; writes 300 + 2 = 302 / 3,000 + 2 = 3,002.
    expect([...ps(table.read.demand), ...ps(table.write.demand)]).toEqual(['1000', '4000', '302', '3002']);
    expect([...ps(gsi.read.demand), ...ps(gsi.write.demand)]).toEqual(['50', '200', '2', '2']);
    // ceil(4,000 / 0.7) = 5,715; ceil(1,000 / 0.7) = 1,429; ceil(3,002 / 0.7) = 4,289; ceil(302 / 0.7) = 432.
    expect([table.read.recommendation.provisioned, table.read.recommendation.min, table.write.recommendation.provisioned, table.write.recommendation.min]).toEqual([5715, 1429, 4289, 432]);
    // ceil(200 / 0.7) = 286; ceil(50 / 0.7) = 72; ceil(2 / 0.7) = 3.
    expect([gsi.read.recommendation.provisioned, gsi.read.recommendation.min, gsi.write.recommendation.provisioned]).toEqual([286, 72, 3]);
    // 5,715 / 3,000 + 4,289 / 1,000 = 6.194 → 7 partitions; the peak: 4,000 / 3,000 + 3,002 / 1,000 = 4.335 → 5.
    expect([table.partitions.estimate.partitions, table.partitions.forPeak]).toEqual([7, 5]);
  });

  it('costs a month (on-demand by default)', () => {
    // Items 1,000,000 × 535 B; index 1,000,000 × (86 + 100) B.
    const gb = (1_000_000 * 535 + 1_000_000 * 186) / P.gb;
    expect(t.storage.totalBytes).toBe(721_000_000);
    expect(t.cost.standard.provisioned.totalUsd).toBeCloseTo(provisionedUsd(5715 + 286, 4289 + 3) + gb * P.storageGb, 6);
    expect(t.cost.standard.onDemand.totalUsd).toBeCloseTo(onDemandUsd(1000 + 50, 302 + 2) + gb * P.storageGb, 6);
    expect(t.cost.cheapest).toMatchObject({ tableClass: 'standard', mode: 'on-demand' });
  });

  it('is not flagged: every hot-key check is ok', () => {
    // The most popular movie: 1/H(1,000,000, 1) of the requests.
    const share = 1 / harmonic(1_000_000, 1);
    const get = findingOf(t, null, 'getMovie', 'read');
    expect(get.unitsPerSecond.peak.toNumber()).toBeCloseTo(4000 * share, 8);
    expect(findingOf(t, null, 'rateMovie', 'write').unitsPerSecond.peak.toNumber()).toBeCloseTo(3000 * share, 8);
    // ByLanguageYear takes 2 WCU/s of new movies and 200 RCU/s of browsing: half of each on "en".
    expect(ex(findingOf(t, 'ByLanguageYear', 'moviesInLanguage', 'read').unitsPerSecond.peak)).toBe('100');
    // One finding per pattern and key it loads, then the table key's writes together (rateMovie + addMovie).
    expect(t.hotKeys.map((h) => [h.index, h.accessPattern, h.direction, h.risk])).toEqual([
      [null, 'getMovie', 'read', 'ok'],
      [null, 'rateMovie', 'write', 'ok'],
      [null, 'addMovie', 'write', 'ok'],
      ['ByLanguageYear', 'addMovie', 'write', 'ok'],
      ['ByLanguageYear', 'moviesInLanguage', 'read', 'ok'],
      [null, null, 'write', 'ok'],
    ]);
  });
});

describe('movies.yaml: MoviesByLanguage (nine movie_language values)', () => {
  const t = tableOf(result, 'MoviesByLanguage');

  it('reads a language in one Query of 25 items', () => {
    // 25 × 435 = 10,875 B → ceil(10,875 / 4,096) = 3 blocks × 0.5 = 1.5 RCU; 100/s and 400/s.
    expect([ex(patternOf(t, 'moviesInLanguage').rcuPerCall), ...ps(patternOf(t, 'moviesInLanguage').rcu)]).toEqual(['3/2', '150', '600']);
    expect([...ps(capacityOf(t, 'MoviesByLanguage').read.demand)]).toEqual([String(1000 + 150), String(4000 + 600)]);
  });

  it('is flagged: rating night puts 1,500 WCU/s on "en" (critical), reads 2,000 RCU/s (warning)', () => {
    const rate = findingOf(t, null, 'rateMovie', 'write');
    // 3,000 WCU/s × 1/2 = 1,500 WCU/s: 150 % of the ceiling; ceil(1,500 / 500) = 3 shards.
    expect([ex(rate.hottestKeyShare), ex(rate.unitsPerSecond.peak), rate.risk, rate.recommendedShards]).toEqual(['1/2', '1500', 'critical', 3]);
    // getMovie is a point read, so the suffix is calculated (from movie_id): it still reads one shard.
    expect(rate.recommendedSuffix).toBe('calculated');
    // moviesInLanguage: 3 queries of ceil(10,875 / 3) = 3,625 B → 3 × 0.5 = 1.5 RCU, as before.
    expect(rate.readCost.map((c) => [c.accessPattern, c.requestsPerRead, ex(c.rcuPerReadAfter), ex(c.addedRcu.average)])).toEqual([
      ['getMovie', 1, '1/2', '0'],
      ['moviesInLanguage', 3, '3/2', '0'],
    ]);
    const get = findingOf(t, null, 'getMovie', 'read');
    // 4,000 RCU/s × 1/2 = 2,000 RCU/s: 66.7 % of 3,000 → warning; sharding cannot split one item's reads: DAX.
    expect([ex(get.unitsPerSecond.peak), get.risk, get.remedy, get.recommendedShards]).toEqual(['2000', 'warning', 'dax', 1]);
  });

  it('adds the patterns on "en" together', () => {
    const writes = findingOf(t, null, null, 'write');
    // rateMovie 1,500 + addMovie 2 × 1/2 = 1 → 1,501 WCU/s; ceil(1,501 / 500) = 4 shards.
    expect([ex(writes.unitsPerSecond.peak), writes.risk, writes.recommendedShards]).toEqual(['1501', 'critical', 4]);
    // With 4 shards moviesInLanguage reads 4 × ceil(10,875 / 4) = 4 × 2,719 B → 4 × 0.5 = 2 RCU: +0.5 × 100/s = 50 RCU/s.
    expect(writes.readCost.map((c) => [c.accessPattern, ex(c.rcuPerReadAfter), ...ps(c.addedRcu)])).toEqual([
      ['getMovie', '1/2', '0', '0'],
      ['moviesInLanguage', '2', '50', '200'],
    ]);
    const reads = findingOf(t, null, null, 'read');
    // getMovie 2,000 + moviesInLanguage 600 × 1/2 = 300 → 2,300 RCU/s.
    expect([ex(reads.unitsPerSecond.peak), reads.risk]).toEqual(['2300', 'warning']);
  });
});
