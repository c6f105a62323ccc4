import { capacityOf, ex, findingOf, harmonic, onDemandUsd, P, patternOf, planFixture, provisionedUsd, ps, tableOf } from './helpers.js';

/**
 * fixtures/specs/ecommerce.yaml, by hand.
 *
 * Average item: PK 2 + 24, SK 2 + 24, GSI1PK 6 + 24, GSI1SK 6 + 30, GSI2PK 6 + 12, GSI2SK 6 + 30,
 * GSI3PK 6 + 20, GSI3SK 6 + 20, entity 6 + 8, data 4 + 600 = 26 + 26 + 30 + 36 + 18 + 36 + 26 + 26 + 14 + 604 = 842 B.
 * GSI1 (all): 842 B. GSI2 (keys only): PK 26 + SK 26 + GSI2PK 18 + GSI2SK 36 = 106 B.
 * GSI3 (include data): PK 26 + SK 26 + GSI3PK 26 + GSI3SK 26 + data 604 = 708 B.
 */
const t = tableOf(planFixture('ecommerce.yaml'), 'Shop');

describe('ecommerce.yaml: single-table design, three GSIs, transactions, a replica', () => {
  it('prices the transactions: 2 WCU per KB per item, their index writes at 1×', () => {
    const place = patternOf(t, 'placeOrder');
    // 3 items of 700 B: 3 × 1 block × 2 = 6 WCU; GSI1 3 puts of 842 B = 3; GSI2 3 puts of 106 B = 3; GSI3 skipped.
    expect(place.writes?.indexes.map((i) => [i.index.name, i.change, ex(i.unitsPerCall)])).toEqual([
      ['GSI1', 'insert', '3'],
      ['GSI2', 'insert', '3'],
      ['GSI3', 'sparse', '0'],
    ]);
    expect([ex(place.writes?.itemUnitsPerCall ?? place.wcuPerCall), ex(place.wcuPerCall), ...ps(place.wcu)]).toEqual(['6', '12', '480', '2400']);
    // The 2 % conditional failures cancel the transaction: not priced, and the plan says so.
    expect(place.problems.map((p) => p.path)).toEqual(['/tables/0/accessPatterns/0/conditionalFailureRate']);
    const ship = patternOf(t, 'shipOrder');
    // Items 6; GSI1 (all) projects every change: 3 puts = 3; GSI2 key change: 3 × (delete + put) = 6.
    expect(ship.writes?.indexes.map((i) => [i.index.name, i.change, ex(i.unitsPerCall)])).toEqual([
      ['GSI1', 'projected-change', '3'],
      ['GSI2', 'key-change', '6'],
      ['GSI3', 'sparse', '0'],
    ]);
    expect([ex(ship.wcuPerCall), ...ps(ship.wcu)]).toEqual(['15', '450', '1800']);
    // checkout: TransactGetItems of 3 × 600 B → 3 blocks × 2 = 6 RCU; 40/s, 200/s.
    expect([ex(patternOf(t, 'checkout').rcuPerCall), ...ps(patternOf(t, 'checkout').rcu)]).toEqual(['6', '240', '1200']);
  });

  it('prices the reads of the table and of each index', () => {
    // getCustomer 400 B → 0.5; getOrderWithLines 3 × 700 = 2,100 B → 1 block → 0.5.
    expect([ex(patternOf(t, 'getCustomer').rcuPerCall), ex(patternOf(t, 'getOrderWithLines').rcuPerCall)]).toEqual(['1/2', '1/2']);
    // ordersOfCustomer on GSI1: 20 × 842 = 16,840 B → 5 blocks × 0.5 = 2.5.
    // openOrders on GSI2: 50 × 106 = 5,300 B → 2 blocks × 0.5 = 1.
    // productsInCategory on GSI3: 24 × 708 = 16,992 B → 5 blocks × 0.5 = 2.5.
    expect(['ordersOfCustomer', 'openOrders', 'productsInCategory'].map((n) => ex(patternOf(t, n).rcuPerCall))).toEqual(['5/2', '1', '5/2']);
    // updateProduct: 800 B → 1 WCU, GSI3 projects data → 1 put of 708 B; GSI1 and GSI2 skipped.
    expect(ex(patternOf(t, 'updateProduct').wcuPerCall)).toBe('2');
  });

  it('sums each capacity and recommends it', () => {
    const rows = ['Shop', 'GSI1', 'GSI2', 'GSI3'].map((n) => {
      const c = capacityOf(t, n);
      return [n, ...ps(c.read.demand), ...ps(c.write.demand), c.read.recommendation.provisioned, c.write.recommendation.provisioned];
    });
    expect(rows).toEqual([
      // Reads 150 + 200 + 240 = 590 / 450 + 600 + 1,200 = 2,250; writes 240 + 180 + 2 = 422 / 1,200 + 720 + 2 = 1,922.
      // ceil(2,250 / 0.7) = 3,215; ceil(1,922 / 0.7) = 2,746.
      ['Shop', '590', '2250', '422', '1922', 3215, 2746],
      // Reads 25; writes placeOrder 40 × 3 = 120 / 600, shipOrder 30 × 3 = 90 / 360 → 210 / 960; ceil(25 / 0.7) = 36, ceil(960 / 0.7) = 1,372.
      ['GSI1', '25', '25', '210', '960', 36, 1372],
      // Reads 5; writes 40 × 3 = 120 / 600 + 30 × 6 = 180 / 720 → 300 / 1,320; ceil(5 / 0.7) = 8, ceil(1,320 / 0.7) = 1,886.
      ['GSI2', '5', '5', '300', '1320', 8, 1886],
      // Reads 1,250 / 5,000; writes 2; ceil(5,000 / 0.7) = 7,143, ceil(2 / 0.7) = 3.
      ['GSI3', '1250', '5000', '2', '2', 7143, 3],
    ]);
  });

  it('stores a global table twice, with 48 more bytes per item', () => {
    // Items 50,000,000 × (842 + 100 + 48); GSI1 20,000,000 × (842 + 100); GSI2 200,000 × (106 + 100); GSI3 100,000 × (708 + 100).
    const total = 50_000_000 * 990 + 20_000_000 * 942 + 200_000 * 206 + 100_000 * 808;
    expect([t.storage.tableBytes, t.storage.totalBytes]).toEqual([50_000_000 * 990, total]);
    expect(t.cost.standard.storageUsd).toBeCloseTo(2 * (total / P.gb) * P.storageGb, 6);
  });

  it('costs a month with the replica in eu-west-1', () => {
    const total = 50_000_000 * 990 + 20_000_000 * 942 + 200_000 * 206 + 100_000 * 808;
    const fixed = 2 * (total / P.gb) * P.storageGb + ((50_000_000 * 990) / P.gb) * P.pitrGb;
    // On demand: 590 + 25 + 5 + 1,250 = 1,870 RRU/s; 422 + 210 + 300 + 2 = 934 WRU/s, replicated once more.
    const onDemand = onDemandUsd(1870, 934) + onDemandUsd(0, 934);
    expect(t.cost.standard.onDemand.replicasUsd).toBeCloseTo(onDemandUsd(0, 934), 6);
    expect(t.cost.standard.onDemand.totalUsd).toBeCloseTo(onDemand + fixed, 6);
    // Provisioned: 3,215 + 36 + 8 + 7,143 = 10,402 RCU; 2,746 + 1,372 + 1,886 + 3 = 6,007 WCU; the replica holds
    // 6,007 rWCU and the minimum 1 RCU for its table and each of its 3 GSIs.
    const provisioned = provisionedUsd(10_402, 6007) + provisionedUsd(4, 6007);
    expect(t.cost.standard.provisioned.totalUsd).toBeCloseTo(provisioned + fixed, 6);
    expect(t.cost.cheapest).toMatchObject({ tableClass: 'standard', mode: 'on-demand' });
  });

  it('warns about GSI2: every new order enters as PENDING', () => {
    const place = findingOf(t, 'GSI2', 'placeOrder', 'write');
    // 200/s × 3 WCU × share 1 = 600 WCU/s: 60 % of the ceiling; ceil(600 / 500) = 2 shards, random (no point reads).
    expect([ex(place.unitsPerSecond.peak), place.risk, place.backPressure, place.recommendedShards, place.recommendedSuffix]).toEqual(['600', 'warning', true, 2, 'random']);
    // openOrders: 2 queries of ceil(5,300 / 2) = 2,650 B → 2 × 0.5 = 1 RCU, as before.
    expect(place.readCost.map((c) => [c.accessPattern, c.requestsPerRead, ex(c.rcuPerReadAfter), ex(c.addedRcu.peak)])).toEqual([['openOrders', 2, '1', '0']]);
    // With shipOrder: 120/s × 6 WCU × 1/2 (PACKED, SHIPPED) = 360 → 960 WCU/s.
    expect([ex(findingOf(t, 'GSI2', null, 'write').unitsPerSecond.peak), findingOf(t, 'GSI2', null, 'write').risk]).toEqual(['960', 'warning']);
    // The busiest category: 5,000 RCU/s × 1/H(200, 1) ≈ 850.6 RCU/s: ok.
    const category = findingOf(t, 'GSI3', 'productsInCategory', 'read');
    expect(category.unitsPerSecond.peak.toNumber()).toBeCloseTo(5000 / harmonic(200, 1), 8);
    expect(category.risk).toBe('ok');
    expect(t.hotKeys.filter((h) => h.risk !== 'ok').map((h) => `${h.index}:${h.accessPattern}`)).toEqual(['GSI2:placeOrder', 'GSI2:null']);
  });
});
