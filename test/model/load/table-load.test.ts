import type { TableInput } from '../../../src/model/spec/spec-schema.js';
import type { TableModel } from '../../../src/model/spec/spec-model.js';
import { itemCollectionBytes, oversizedItemCollection, specLoad, tableStorage, type TableLoad } from '../../../src/model/load/index.js';
import { aSpec, aTable, parsed } from '../../helpers/spec-builders.js';

/**
 * An orders table whose numbers are worked out by hand below.
 *
 * Item: customer_id 11 + 10 = 21 B, order_id 8 + 26 = 34 B, status 6 + 8 = 14 B, total 5 + 5 = 10 B,
 * body 4 + 1,500 = 1,504 B → 1,583 B (2 WCU, 1 read block).
 * ByStatus (GSI, include total): customer_id 21 + order_id 34 + status 14 + total 10 = 79 B.
 * ByTotal (LSI, keys only): customer_id 21 + order_id 34 + total 10 = 65 B.
 */
function orders(overrides: Partial<TableInput> = {}): TableInput {
  return aTable({
    name: 'Orders',
    partitionKey: { name: 'customer_id', type: 'S' },
    sortKey: { name: 'order_id', type: 'S' },
    attributes: {
      customer_id: { type: 'S', bytes: 10 },
      order_id: { type: 'S', bytes: 26 },
      status: { type: 'S', bytes: 8, cardinality: 5 },
      total: { type: 'N', bytes: 5 },
      body: { type: 'S', bytes: 1500 },
    },
    itemCount: 1_000_000,
    maxItemsPerPartitionKey: 2000,
    indexes: [
      { name: 'ByStatus', partitionKey: { name: 'status', type: 'S' }, sortKey: { name: 'order_id', type: 'S' }, projection: 'include', include: ['total'] },
      { name: 'ByTotal', type: 'local', sortKey: { name: 'total', type: 'N' }, projection: 'keys-only' },
    ],
    accessPatterns: [
      { name: 'placeOrder', operation: 'PutItem', rate: '100/s', peak: '300/s', keys: { customer_id: { cardinality: 1000 } } },
      { name: 'payOrder', operation: 'UpdateItem', rate: '50/s', changedAttributes: ['status'], keys: { customer_id: { cardinality: 1000 } } },
      { name: 'getOrder', operation: 'GetItem', rate: '200/s', consistency: 'strong', keys: { customer_id: { cardinality: 1000, distribution: { zipf: 1 } } } },
      { name: 'byStatus', operation: 'Query', index: 'ByStatus', rate: '10/s', itemsPerCall: 100, keys: { status: { weights: { PENDING: 3, PAID: 1 } } } },
      { name: 'recent', operation: 'Query', index: 'ByTotal', rate: '5/s', itemsPerCall: 10, consistency: 'strong', returnedAttributes: ['body'], keys: { customer_id: { cardinality: 1000 } } },
      { name: 'exportAll', operation: 'Scan', rate: '1/h' },
    ],
    ...overrides,
  });
}

function loadOf(table: TableInput): TableLoad {
  return specLoad(parsed(aSpec([table]))).tables[0] as TableLoad;
}

const s = (x: { toString(): string }): string => x.toString();

describe('tableLoad: per access pattern', () => {
  const load = loadOf(orders());
  const byName = (name: string) => load.patterns.find((p) => p.pattern.name === name);

  it('prices a put with its index fan-out: item 2 WCU, GSI insert 1, LSI insert 1', () => {
    const p = byName('placeOrder');
    // ceil(1,583 / 1,024) = 2; ByStatus entry 79 B → 1; ByTotal entry 65 B → 1.
    expect(p?.uses.map((u) => [u.capacity === 'table' ? 'table' : u.capacity.name, u.index?.name, s(u.wcuPerCall)])).toEqual([
      ['table', undefined, '2'],
      ['ByStatus', 'ByStatus', '1'],
      ['table', 'ByTotal', '1'],
    ]);
    expect([s(p?.wcuPerCall ?? ''), s(p?.wcu.average ?? ''), s(p?.wcu.peak ?? '')]).toEqual(['4', '400', '1200']);
  });

  it('prices an update of an index key as a delete and a put, and skips an index that projects nothing it changes', () => {
    const p = byName('payOrder');
    expect(p?.writes?.indexes.map((i) => [i.index.name, i.change, s(i.unitsPerCall)])).toEqual([
      ['ByStatus', 'key-change', '2'],
      ['ByTotal', 'unprojected-change', '0'],
    ]);
    // Item: max(1,583, 1,583) → 2 WCU; + 2 index units = 4 per call; 50/s → 200 WCU/s.
    expect([s(p?.wcuPerCall ?? ''), s(p?.wcu.average ?? '')]).toEqual(['4', '200']);
  });

  it('prices reads by consistency, pages and base-table fetches', () => {
    // GetItem strong: 1 block → 1 RCU; 200/s → 200 RCU/s.
    expect(s(byName('getOrder')?.rcuPerCall ?? '')).toBe('1');
    // GSI Query: 100 × 79 B = 7,900 B → 2 blocks × 0.5 = 1 RCU.
    expect(s(byName('byStatus')?.rcuPerCall ?? '')).toBe('1');
    // LSI Query strong: 10 × 65 B = 650 B → 1 RCU; body is not projected: 10 fetches × 1 block = 10 RCU → 11.
    const recent = byName('recent');
    expect([s(recent?.rcuPerCall ?? ''), s(recent?.reads?.fetchUnitsPerCall ?? ''), recent?.uses[0]?.capacity]).toEqual(['11', '10', 'table']);
    // Scan: 1,000,000 × 1,583 B = 1,583,000,000 B → 386,475 blocks × 0.5 = 386,475/2 RCU, in 1,510 pages of 1 MB.
    const scan = byName('exportAll');
    expect([s(scan?.rcuPerCall ?? ''), scan?.requestsPerCall]).toEqual(['386475/2', 1510]);
    // at 1/h: 386,475/2 ÷ 3,600 = 386,475/7,200 = 5,153/96 RCU/s.
    expect(s(scan?.rcu.average ?? '')).toBe('5153/96');
  });

  it('sums the capacities: the table with its LSI, the GSI apart', () => {
    const [table, gsi] = load.capacities;
    // Reads on the table: getOrder 200 + recent 5 × 11 = 55 + exportAll 5,153/96 → (255 × 96 + 5,153)/96 = (24,480 + 5,153)/96.
    expect(s(table?.rcu.average ?? '')).toBe('29633/96');
    // Writes on the table: placeOrder 100 × (2 + 1 LSI) = 300, payOrder 50 × 2 = 100 → 400; peak 300 × 3 + 100 = 1,000.
    expect([s(table?.wcu.average ?? ''), s(table?.wcu.peak ?? '')]).toEqual(['400', '1000']);
    // GSI: reads 10 × 1 = 10; writes placeOrder 100 × 1 + payOrder 50 × 2 = 200, peak 300 + 100 = 400.
    expect([gsi?.name, s(gsi?.rcu.average ?? ''), s(gsi?.wcu.average ?? ''), s(gsi?.wcu.peak ?? '')]).toEqual(['ByStatus', '10', '200', '400']);
    // Per index: the LSI's reads (recent, 55) and entry writes (placeOrder 100) are part of the table's.
    const lsi = load.indexes.find((i) => i.index.name === 'ByTotal');
    expect([s(lsi?.rcu.average ?? ''), s(lsi?.wcu.average ?? ''), lsi?.capacity]).toEqual(['55', '100', 'table']);
  });

  it('finds the hottest value of every key a pattern loads', () => {
    const keys = load.keys.map((k) => [k.load.pattern.name, k.index?.name ?? 'table', k.direction, k.perShardUnitsPerSecond?.peak.toDecimalString(6), k.verdict?.risk]);
    expect(keys).toEqual([
      // peak 300/s × (2 WCU item + 1 WCU LSI entry) = 900 WCU/s on the table × 1/1,000
      ['placeOrder', 'table', 'write', '0.9', 'ok'],
      // status is not in the pattern's keys: uniform over its cardinality 5 → 300 × 1/5
      ['placeOrder', 'ByStatus', 'write', '60', 'ok'],
      ['payOrder', 'table', 'write', '0.1', 'ok'],
      ['payOrder', 'ByStatus', 'write', '20', 'ok'],
      // zipf(1000, 1): 200 RCU/s × 1/H(1000, 1) = 200 / 7.485470860550345 = 26.718426…
      ['getOrder', 'table', 'read', '26.718426', 'ok'],
      // 10 RCU/s × 3/4
      ['byStatus', 'ByStatus', 'read', '7.5', 'ok'],
      // recent: 5/s × 11 RCU = 55 RCU/s × 1/1,000
      ['recent', 'table', 'read', '0.055', 'ok'],
    ]);
    const zipfShare = load.keys[4]?.perShardUnitsPerSecond?.peak.toNumber() ?? 0;
    expect(zipfShare).toBeCloseTo(200 / 7.485470860550345, 10);
  });

  it('groups patterns on one key: their hottest values added up', () => {
    const groups = load.keyGroups.map((g) => [g.index?.name ?? 'table', g.direction, s(g.perShardUnitsPerSecond.peak)]);
    expect(groups.find((g) => g[0] === 'ByStatus' && g[1] === 'write')).toEqual(['ByStatus', 'write', '80']);
    // placeOrder 9/10 + payOrder 50/s × 2 WCU × 1/1,000 = 1/10
    expect(groups.find((g) => g[0] === 'table' && g[1] === 'write')).toEqual(['table', 'write', '1']);
  });

  it('sizes storage and the largest item collection', () => {
    const t = load.table;
    const st = tableStorage(t).value;
    // Items 1,000,000 × (1,583 + 100); ByTotal 1,000,000 × (65 + 100); ByStatus 1,000,000 × (79 + 100).
    expect([st.itemBytes, st.tableBytes, st.totalBytes, st.complete]).toEqual([1_683_000_000, 1_848_000_000, 2_027_000_000, true]);
    // 2,000 × (1,583 + 100 + 65 + 100)
    expect(itemCollectionBytes(t).value).toBe(3_696_000);
  });
});

describe('oversizedItemCollection: the 10 GB item collection limit of a table with a local index (lint W3010 and the plan)', () => {
  // One item and its ByTotal entry: 1,583 + 100 + 65 + 100 = 1,848 B; 10 GB = 10,737,418,240 B holds 5,810,291 of them (10,737,417,768 B).
  const table = (overrides: Partial<TableInput>): TableModel => parsed(aSpec([orders(overrides)])).tables[0] as TableModel;

  it('is over the limit from one byte past 10 GB', () => {
    expect(oversizedItemCollection(table({ maxItemsPerPartitionKey: 5_810_291 }))).toBeUndefined();
    expect(oversizedItemCollection(table({ maxItemsPerPartitionKey: 5_810_292 }))).toEqual({ items: 5_810_292, bytes: 10_737_419_616, limitBytes: 10_737_418_240 });
  });

  it('does not apply without a local index, or without maxItemsPerPartitionKey', () => {
    expect(oversizedItemCollection(table({ maxItemsPerPartitionKey: 100_000_000, indexes: [] }))).toBeUndefined();
    expect(oversizedItemCollection(table({ maxItemsPerPartitionKey: undefined }))).toBeUndefined();
  });
});

describe('tableLoad: sharded keys', () => {
  it('divides writes over the shards and makes reads scatter-gather', () => {
    const load = loadOf(orders({ partitionKey: { name: 'customer_id', type: 'S', sharding: { count: 4, suffix: 'random' } } }));
    const get = load.patterns.find((p) => p.pattern.name === 'getOrder');
    // Random suffix, strong: 1 block for the shard that holds the item + 3 × 1 block for the others = 4 RCU.
    expect([s(get?.rcuPerCall ?? ''), get?.requestsPerCall]).toEqual(['4', 4]);
    const recent = load.patterns.find((p) => p.pattern.name === 'recent');
    // 4 queries of ceil(650 / 4) = 163 B → 4 × 1 block strong = 4, + 10 base fetches = 14.
    expect(s(recent?.rcuPerCall ?? '')).toBe('14');
    const place = load.keys.find((k) => k.load.pattern.name === 'placeOrder' && k.index === undefined);
    // 900 WCU/s × 1/1,000 ÷ 4 shards
    expect([place?.shards, s(place?.perShardUnitsPerSecond?.peak ?? '')]).toEqual([4, '9/40']);
  });

  it('splits the keys a batch or transaction must try over calls of at most 100 items', () => {
    const load = loadOf(
      orders({
        partitionKey: { name: 'customer_id', type: 'S', sharding: { count: 4, suffix: 'random' } },
        accessPatterns: [
          { name: 'batch', operation: 'BatchGetItem', rate: 1, itemsPerCall: 30 },
          { name: 'tx', operation: 'TransactGetItems', rate: 1, itemsPerCall: 25 },
        ],
      }),
    );
    // 30 items × 4 shards = 120 keys → 2 calls; 25 × 4 = 100 keys → 1 call.
    expect(load.patterns.map((p) => [p.pattern.name, p.requestsPerCall])).toEqual([
      ['batch', 2],
      ['tx', 1],
    ]);
  });
});

describe('tableLoad: patterns it cannot price', () => {
  it('leaves them unplanned with the problem at the field', () => {
    const load = loadOf(
      orders({
        accessPatterns: [
          { name: 'strongGsi', operation: 'Query', index: 'ByStatus', rate: 1, consistency: 'strong' },
          { name: 'noSuchIndex', operation: 'Query', index: 'Nope', rate: 1 },
          { name: 'unknownKey', operation: 'GetItem', rate: 1 },
        ],
      }),
    );
    expect(load.patterns.map((p) => [p.pattern.name, p.planned, p.problems[0]?.path])).toEqual([
      ['strongGsi', false, '/tables/0/accessPatterns/0/consistency'],
      ['noSuchIndex', false, '/tables/0/accessPatterns/1/index'],
      ['unknownKey', true, undefined],
    ]);
    expect(load.keys.map((k) => [k.load.pattern.name, k.verdict, k.problem?.message])).toEqual([
      ['unknownKey', undefined, 'the popularity of customer_id is not known: give the pattern keys.customer_id, or the attribute\'s cardinality'],
    ]);
  });
});

describe('tableLoad: load profiles', () => {
  it('raises a peak below the busiest hour, and sums the day hour by hour', () => {
    // Weights 1 × 12 hours and 3 × 12 hours sum to 48: factors 24/48 = 1/2 and 3/2.
    const hourly = [...Array(12).fill(1), ...Array(12).fill(3)] as number[];
    const load = loadOf(
      aTable({
        partitionKey: { name: 'id', type: 'S' },
        loadProfile: { hourly },
        accessPatterns: [
          // No peak: the peak is the rate, 100/s, below the busiest hour's 100 × 3/2 = 150/s.
          { name: 'get', operation: 'GetItem', rate: 100 },
          // Peak 400/s is above 150/s: it stays.
          { name: 'put', operation: 'PutItem', rate: 100, peak: 400 },
        ],
      }),
    );
    const [get, put] = load.patterns;
    expect([s(get?.rate.peak ?? ''), s(put?.rate.peak ?? '')]).toEqual(['150', '400']);
    // Reads: 0.5 RCU × 100/s × 1/2 = 25 in the quiet hours, × 3/2 = 75 in the busy ones.
    const hours = load.capacities[0]?.hourly;
    expect([s(hours?.rcu[0] ?? ''), s(hours?.rcu[23] ?? ''), s(hours?.wcu[0] ?? ''), s(hours?.wcu[23] ?? '')]).toEqual(['25', '75', '50', '150']);
  });
});

describe('keyPopularityOf', () => {
  it('reads the pattern, else the attribute cardinality, else one item per value', () => {
    const load = loadOf(
      aTable({
        partitionKey: { name: 'id', type: 'S' },
        attributes: { id: { type: 'S', bytes: 8 }, kind: { type: 'S', bytes: 4, cardinality: 3 } },
        itemCount: 500,
        indexes: [{ name: 'ByKind', partitionKey: { name: 'kind', type: 'S' } }],
        accessPatterns: [{ name: 'put', operation: 'PutItem', rate: 30 }],
      }),
    );
    expect(load.keys.map((k) => [k.key.name, k.popularity?.source, s(k.hottest?.share ?? ''), s(k.perShardUnitsPerSecond?.peak ?? '')])).toEqual([
      // 30 WCU/s over 500 items: 3/50 per value; 30 WCU/s into ByKind over 3 kinds: 10.
      ['id', 'item-count', '1/500', '3/50'],
      ['kind', 'attribute-cardinality', '1/3', '10'],
    ]);
  });
});

describe('tableLoad: a peak below the average', () => {
  it('plans the average as the peak, and says so at the field', () => {
    const load = loadOf(aTable({ accessPatterns: [{ name: 'get', operation: 'GetItem', rate: 100, peak: 40, keys: { id: { cardinality: 10 } } }] }));
    const get = load.patterns[0];
    // 100/s × 0.5 RCU at average and at peak.
    expect([s(get?.rate.peak ?? ''), s(get?.rcu.peak ?? '')]).toEqual(['100', '50']);
    expect(get?.problems).toEqual([{ path: '/tables/0/accessPatterns/0/peak', message: 'the peak of 40/s is below the average rate of 100/s: the plan takes the average as the peak' }]);
  });
});
