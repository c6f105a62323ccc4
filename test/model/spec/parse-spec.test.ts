import { readFileSync } from 'node:fs';
import type { Fraction } from '../../../src/calculators/fraction.js';
import { fieldPath, isDefaulted } from '../../../src/model/spec/model-node.js';
import { parseSpec } from '../../../src/model/spec/parse-spec.js';
import type { AccessPatternModel, SpecModel, TableModel } from '../../../src/model/spec/spec-model.js';
import { aSpec, aTable, parsed } from '../../helpers/spec-builders.js';

const fixture = (name: string): SpecModel => parseSpec(readFileSync(`fixtures/specs/${name}`, 'utf8'), `fixtures/specs/${name}`);
const exact = (f: Fraction | undefined): string | undefined => f?.toString();
const firstTable = (m: SpecModel): TableModel => m.tables[0] as TableModel;
const pattern = (t: TableModel, name: string): AccessPatternModel => {
  const p = t.accessPatterns.find((x) => x.name === name);
  if (!p) throw new Error(`no pattern ${name}`);
  return p;
};

describe('parseSpec: the minimal spec and its defaults', () => {
  const m = fixture('minimal.yaml');
  const t = firstTable(m);

  it('fills every table default and marks it as defaulted', () => {
    expect(m).toMatchObject({ version: 1, origin: 'spec', path: '', description: undefined });
    expect(t).toMatchObject({ name: 'Sessions', billing: 'on-demand', tableClass: 'standard', pointInTimeRecovery: false, deletionProtection: false, replicas: [], indexes: [] });
    expect(t.capacity).toBeUndefined();
    expect(t.autoscaling).toBeUndefined();
    expect(t.defaulted).toEqual(['itemBytes', 'billing', 'tableClass', 'pointInTimeRecovery', 'deletionProtection', 'replicas', 'indexes']);
    expect(m.lint).toEqual({ rules: [], path: '/lint', defaulted: ['rules'] });
    expect(exact(m.plan.targetUtilization)).toBe('7/10');
    expect(m.plan.freeTier).toBe(false);
    expect(m.plan.defaulted).toEqual(['targetUtilization', 'freeTier']);
  });

  it('derives the item size from names and values: 42 + 19 + 31 = 92 bytes', () => {
    expect(t.attributes.map((a) => [a.name, a.nameBytes, a.valueBytes, a.bytes, a.declared])).toEqual([
      ['session_id', 10, 32, 42, true],
      ['user_id', 7, 12, 19, true],
      // A Number without `bytes` is assumed at its largest, 21 bytes.
      ['expires_at', 10, 21, 31, true],
    ]);
    expect(t.attributes[2]?.defaulted).toEqual(['valueBytes']);
    expect(t.itemBytes).toBe(92);
    expect(t.itemBytesFromAttributes).toBe(92);
    expect(isDefaulted(t, 'itemBytes')).toBe(true);
  });

  it('reads the TTL shorthand and the access patterns with their defaults', () => {
    expect(t.ttl).toEqual({ attribute: 'expires_at', enabled: true, path: '/tables/0/ttl', defaulted: ['enabled'] });
    const get = pattern(t, 'getSession');
    expect(get).toMatchObject({ operation: 'GetItem', kind: 'read', consistency: 'eventual', itemBytes: 92, itemsPerCall: 1, scannedItemsPerCall: 1, writeKind: undefined, previousItemBytes: undefined });
    expect([exact(get.rate), exact(get.peak), exact(get.conditionalFailureRate)]).toEqual(['300', '300', '0']);
    expect(get.keys).toEqual([{ attribute: 'session_id', popularity: { kind: 'uniform', cardinality: 2_000_000 }, path: '/tables/0/accessPatterns/0/keys/session_id', defaulted: [] }]);
    const put = pattern(t, 'createSession');
    // 1,200 a minute is exactly 20 a second.
    expect(exact(put.rate)).toBe('20');
    expect(put).toMatchObject({ kind: 'write', writeKind: 'insert', consistency: undefined, previousItemBytes: undefined, changesIndexKeys: [], skipsIndexes: [], changedAttributes: undefined });
    expect(put.defaulted).toEqual(['peak', 'itemBytes', 'itemsPerCall', 'scannedItemsPerCall', 'writeKind', 'conditionalFailureRate', 'changesIndexKeys', 'skipsIndexes']);
  });

  it('gives the same model from the same spec written as JSON', () => {
    const json = parseSpec(JSON.stringify({ version: 1, tables: [{ name: 'Sessions', partitionKey: { name: 'session_id', type: 'S' }, attributes: { session_id: { type: 'S', bytes: 32 }, user_id: { type: 'S', bytes: 12 }, expires_at: 'N' }, ttl: 'expires_at' }] }, null, 2), 's.json');
    expect(json.source.format).toBe('json');
    expect(firstTable(json).itemBytes).toBe(92);
    expect(json.source.sourceMap.locate(fieldPath(firstTable(json), 'ttl'))).toMatchObject({ line: 21, column: 14 });
  });
});

describe('parseSpec: every field', () => {
  const m = fixture('every-field.yaml');
  const t = firstTable(m);

  it('reads the table fields', () => {
    expect(m.description).toBe('Reference of every spec field');
    expect(t).toMatchObject({
      name: 'Orders',
      description: 'Orders and their lines, one item collection per customer',
      billing: 'provisioned',
      tableClass: 'standard-ia',
      itemBytes: 2048,
      itemBytesFromAttributes: 1727,
      itemCount: 40_000_000,
      maxItemsPerPartitionKey: 3000,
      pointInTimeRecovery: true,
      deletionProtection: true,
    });
    expect(t.capacity).toEqual({ read: 400, write: 200, path: '/tables/0/capacity', defaulted: [] });
    expect(t.maxThroughput).toBeUndefined();
    expect(t.ttl).toMatchObject({ attribute: 'expires_at', enabled: true, defaulted: [] });
    expect(t.stream).toMatchObject({ viewType: 'NEW_AND_OLD_IMAGES', path: '/tables/0/stream', fieldPaths: { readRequestsPerSecond: '/tables/0/stream/readRequests' } });
    expect(exact(t.stream?.readRequestsPerSecond)).toBe('20');
    expect(t.replicas.map((r) => [r.region, r.tableClass, r.defaulted])).toEqual([
      ['us-east-1', 'standard-ia', ['tableClass']],
      ['eu-west-1', 'standard', []],
    ]);
  });

  it('applies one auto scaling policy to reads and writes alike', () => {
    const a = t.autoscaling;
    expect(a?.read).toBe(a?.write);
    expect(a?.read).toMatchObject({ min: 100, max: 2000, path: '/tables/0/autoscaling', defaulted: [] });
    expect(exact(a?.read?.target)).toBe('3/5');
  });

  it('resolves keys: the type from the attributes, sharding with its suffix', () => {
    expect(t.partitionKey).toEqual({
      name: 'customer_id',
      type: 'S',
      sharding: { count: 4, suffix: 'calculated', path: '/tables/0/partitionKey/sharding', defaulted: [] },
      path: '/tables/0/partitionKey',
      defaulted: [],
    });
    expect(t.sortKey).toEqual({ name: 'order_id', type: 'S', sharding: undefined, path: '/tables/0/sortKey', defaulted: ['type'] });
  });

  it('sizes every attribute, and adds the index key attribute the spec does not declare', () => {
    expect(t.attributes.map((a) => `${a.name} ${a.type} ${a.nameBytes}+${a.valueBytes}=${a.bytes}${a.declared ? '' : ' undeclared'}`)).toEqual([
      'customer_id S 11+10=21',
      'order_id S 8+26=34',
      'status S 6+8=14',
      'total N 5+5=10',
      'lines L 5+1536=1541',
      'tags SS 4+36=40',
      'gift BOOL 4+1=5',
      'expires_at N 10+21=31',
      'created_at N 10+21=31 undeclared',
    ]);
    expect(t.attributes.map((a) => a.valueBytesFrom)).toEqual(['bytes', 'example', 'bytes', 'example', 'bytes', 'type', 'type', 'type', 'type']);
    // The example's size, by the item-size rules: 26 characters; 12999.5 is the digit pairs 01|29|99|50, + 1.
    expect(t.attributes[1]).toMatchObject({ example: 'ORD-2026-11-22-00000000001', fieldPaths: { valueBytes: '/tables/0/attributes/order_id/example' } });
    expect(t.attributes[3]).toMatchObject({ example: 12999.5, valueBytes: 5 });
    const status = t.attributes.find((a) => a.name === 'status');
    expect(status).toMatchObject({ cardinality: 5, description: 'PENDING, PAID, SHIPPED, DELIVERED or CANCELLED', fieldPaths: { valueBytes: '/tables/0/attributes/status/bytes' } });
    // Located at the key that names it.
    expect(t.attributes.find((a) => a.name === 'created_at')?.path).toBe('/tables/0/indexes/0/sortKey');
  });

  it('scales the daily profile so that its mean is exactly 1', () => {
    const factors = t.loadProfile?.hourlyFactors.map(exact) ?? [];
    expect(factors.slice(0, 9)).toEqual(['8/21', '8/21', '8/21', '8/21', '8/21', '8/21', '16/21', '8/7', '32/21']);
    expect(t.loadProfile?.hourlyWeights.map(exact)).toEqual(['1', '1', '1', '1', '1', '1', '2', '3', '4', '4', '4', '4', '4', '4', '4', '4', '4', '4', '3', '3', '2', '2', '1', '1']);
  });

  it('reads the indexes: projections, entry sizes, the local index default key', () => {
    const [byStatus, byTotal, everything] = t.indexes;
    // Table keys 21 + 34, index keys 14 + 31, included total 10.
    expect(byStatus).toMatchObject({ name: 'ByStatus', type: 'global', projection: 'include', include: ['total'], itemBytes: 110, itemCount: 200_000, defaulted: ['itemBytes'] });
    expect(byStatus?.capacity).toMatchObject({ read: 20, write: 200 });
    expect(exact(byStatus?.autoscaling?.read?.target)).toBe('7/10');
    expect(byStatus?.autoscaling?.read?.defaulted).toEqual(['target']);
    expect(exact(byStatus?.autoscaling?.write?.target)).toBe('4/5');
    // keys-only: customer_id 21 + order_id 34 + total 10.
    expect(byTotal).toMatchObject({ type: 'local', projection: 'keys-only', include: [], itemBytes: 65, itemCount: 40_000_000 });
    expect(byTotal?.defaulted).toEqual(['partitionKey', 'include', 'itemBytes', 'itemCount']);
    expect(byTotal?.partitionKey).toMatchObject({ name: 'customer_id', type: 'S', sharding: { count: 4 }, path: '/tables/0/indexes/1/partitionKey' });
    expect(everything).toMatchObject({ type: 'global', projection: 'all', itemBytes: 2100, partitionKey: { name: 'order_id', type: 'S', defaulted: ['type'] } });
    expect(everything?.maxThroughput).toMatchObject({ read: 100, write: 50 });
  });

  it('reads every access pattern field and default', () => {
    const getOrder = pattern(t, 'getOrder');
    expect(getOrder).toMatchObject({ consistency: 'strong', itemBytes: 2048, returnedAttributes: ['order_id', 'status', 'total'] });
    expect([exact(getOrder.rate), exact(getOrder.peak)]).toEqual(['120', '400']);
    expect(getOrder.keys.map((k) => k.popularity)).toEqual([
      { kind: 'zipf', cardinality: 500_000, exponent: 0.9 },
      { kind: 'uniform', cardinality: 40_000_000 },
    ]);
    const byStatus = pattern(t, 'ordersByStatus');
    // The index entry size is what a read of the index is sized on.
    expect(byStatus).toMatchObject({ index: 'ByStatus', itemBytes: 110, itemsPerCall: 50, scannedItemsPerCall: 60 });
    expect(exact(byStatus.rate)).toBe('1');
    expect(byStatus.keys[0]?.popularity).toEqual({ kind: 'weights', values: ['PENDING', 'PAID', 'SHIPPED'], weights: [0.6, 0.3, 0.1] });
    expect(byStatus.loadProfile?.hourlyFactors.map(exact)).toEqual([...Array(8).fill('0'), ...Array(9).fill('8/3'), ...Array(7).fill('0')]);
    expect(byStatus.loadProfile?.path).toBe('/tables/0/accessPatterns/1/loadProfile');
    const recent = pattern(t, 'recentBigOrders');
    expect(recent).toMatchObject({ itemBytes: 65, returnedAttributes: ['lines'] });
    expect(exact(recent.rate)).toBe('5/2');
    expect(recent.keys[0]?.popularity).toEqual({ kind: 'hot', cardinality: 500_000, hotShare: 0.05 });
    // Other patterns inherit the table's profile, the same node.
    expect(recent.loadProfile).toBe(t.loadProfile);
    expect(isDefaulted(recent, 'loadProfile')).toBe(true);
    const scan = pattern(t, 'exportAll');
    expect(exact(scan.rate)).toBe('1/86400');
    expect(scan).toMatchObject({ itemsPerCall: 1, scannedItemsPerCall: 40_000_000, itemBytes: 2048, consistency: 'eventual' });
    const place = pattern(t, 'placeOrder');
    expect(place).toMatchObject({ writeKind: 'insert', itemsPerCall: 3, previousItemBytes: undefined });
    expect(exact(place.conditionalFailureRate)).toBe('1/50');
    expect(place.keys[0]?.popularity).toEqual({ kind: 'weights', values: ['c1', 'c2', 'c3'], weights: [1, 1, 1] });
    expect(pattern(t, 'payOrder')).toMatchObject({ writeKind: 'update', itemBytes: 2048, previousItemBytes: 1900, changesIndexKeys: ['ByStatus'], changedAttributes: ['status'] });
    const archive = pattern(t, 'archiveOrders');
    expect(archive).toMatchObject({ writeKind: 'delete', itemsPerCall: 25, skipsIndexes: ['ByStatus'] });
    expect(exact(archive.rate)).toBe('1/2');
    expect(pattern(t, 'getCarts')).toMatchObject({ consistency: 'eventual', itemsPerCall: 100 });
    expect(pattern(t, 'readOrderAndLines')).toMatchObject({ consistency: 'transactional', defaulted: expect.arrayContaining(['consistency']) });
    expect(pattern(t, 'cancelOrder')).toMatchObject({ writeKind: 'delete', previousItemBytes: undefined, itemBytes: 2048 });
  });

  it('reads the lint and plan sections', () => {
    expect(m.lint.rules.map((r) => [r.ruleId, r.severity, r.options, r.path])).toEqual([
      ['I9001', 'off', {}, '/lint/rules/I9001'],
      ['W3006', 'warning', {}, '/lint/rules/W3006'],
      ['W3002', 'error', { threshold: 0.95 }, '/lint/rules/W3002'],
    ]);
    expect(exact(m.plan.targetUtilization)).toBe('3/4');
    expect(m.plan).toMatchObject({ freeTier: true, defaulted: [] });
  });

  it('locates every node and field at its exact line and column', () => {
    const map = m.source.sourceMap;
    const at = (pointer: string, which: 'value' | 'key' = 'value'): string => {
      const p = map.locate(pointer, which);
      return `${p?.line}:${p?.column}`;
    };
    expect(at(t.path)).toBe('9:5');
    expect(at(fieldPath(t, 'name'))).toBe('9:11');
    expect(at(fieldPath(t, 'billing'), 'key')).toBe('11:5');
    expect(at(fieldPath(t.partitionKey, 'type'))).toBe('15:46');
    // The sort key is written in short form: its type is found at the key.
    expect(at(fieldPath(t.sortKey!, 'type'))).toBe('16:14');
    const status = t.attributes.find((a) => a.name === 'status')!;
    expect(at(fieldPath(status, 'valueBytes'))).toBe('22:16');
    expect(at(fieldPath(t.stream!, 'readRequestsPerSecond'))).toBe('34:59');
    expect(at(t.replicas[1]!.path)).toBe('37:27');
    expect(at(fieldPath(t.indexes[0]!.autoscaling!.write!, 'target'))).toBe('52:48');
    // A defaulted node is found at the nearest node that is written: the local index.
    expect(at(t.indexes[1]!.partitionKey.path)).toBe('53:9');
    const scan = pattern(t, 'exportAll');
    expect(at(fieldPath(scan, 'rate'))).toBe('92:15');
    expect(at(fieldPath(scan, 'consistency'))).toBe('90:9');
    expect(at(pattern(t, 'getOrder').keys[1]!.path, 'key')).toBe('71:11');
    expect(at(m.lint.rules[1]!.path)).toBe('128:12');
    expect(at(fieldPath(m.plan, 'targetUtilization'))).toBe('131:22');
  });
});

describe('parseSpec: defaults that depend on other fields', () => {
  const table = (overrides: Parameters<typeof aTable>[0]): TableModel => firstTable(parsed(aSpec([aTable(overrides)])));

  it('bills provisioned when capacity or auto scaling is written, on-demand otherwise', () => {
    expect(table({ capacity: { read: 5, write: 5 } }).billing).toBe('provisioned');
    expect(table({ autoscaling: { min: 1, max: 10 } }).billing).toBe('provisioned');
    expect(table({}).billing).toBe('on-demand');
    expect(table({ billing: 'on-demand', capacity: { read: 5 } })).toMatchObject({ billing: 'on-demand', capacity: { read: 5, write: undefined } });
  });

  it('sizes key attributes the spec does not declare by their type, and as strings without one', () => {
    const t = table({ partitionKey: { name: 'pk', type: 'N' }, sortKey: 'sk', attributes: undefined });
    expect(t.attributes.map((a) => [a.name, a.type, a.bytes, a.declared])).toEqual([
      ['pk', 'N', 2 + 21, false],
      ['sk', undefined, 2 + 36, false],
    ]);
    expect(t.itemBytes).toBe(61);
    expect(t.sortKey?.type).toBeUndefined();
  });

  it('sizes an attribute from its example by the item-size rules, every digit of a long number kept', () => {
    const t = firstTable(
      parseSpec(
        [
          'version: 1',
          'tables:',
          '  - name: T',
          '    partitionKey: { name: id, type: S }',
          '    attributes:',
          '      id: { type: S, example: "ORDER#000123" }',
          '      ts: { type: N, example: 1712345678 }',
          '      round: { type: N, example: 1700000000 }',
          '      long: { type: N, example: 12345678901234567890123 }',
          '      neg: { type: N, example: "-1.5" }',
          '      blob: { type: B, example: AAEC }',
          '      tags: { type: SS, example: [a, bb] }',
          '      list: { type: L, example: [1, x] }',
          '      map: { type: M, example: { a: 1 } }',
          '      flag: { type: BOOL, example: true }',
          '      nothing: { type: NULL, example: null }',
          '      both: { type: S, bytes: 100, example: short }',
          '',
        ].join('\n'),
        's.yaml',
      ),
    );
    expect(Object.fromEntries(t.attributes.map((a) => [a.name, [a.valueBytes, a.valueBytesFrom]]))).toEqual({
      id: [12, 'example'],
      ts: [6, 'example'],
      // 17 × 10^8: one significant pair, + 1.
      round: [2, 'example'],
      // 23 digits: 12 pairs + 1; read through a double it would have been 10.
      long: [13, 'example'],
      neg: [4, 'example'],
      blob: [3, 'example'],
      tags: [3, 'example'],
      // 3 + (N 2 + 1) + (S 1 + 1).
      list: [8, 'example'],
      // 3 + (key 1 + N 2 + 1).
      map: [7, 'example'],
      flag: [1, 'example'],
      nothing: [1, 'example'],
      // bytes wins over the example.
      both: [100, 'bytes'],
    });
  });

  it('reads the NULL type that YAML reads as null', () => {
    const t = firstTable(parseSpec('version: 1\ntables:\n  - name: T\n    partitionKey: { name: id, type: NULL }\n    attributes: { a: NULL, b: { type: NULL } }\n', 's.yaml'));
    expect([t.partitionKey.type, ...t.attributes.map((a) => `${a.name} ${a.type} ${a.valueBytes}`)]).toEqual(['NULL', 'a NULL 1', 'b NULL 1', 'id NULL 1']);
  });

  it('takes a key type from the attributes, and keeps a key type that disagrees with them for lint', () => {
    expect(table({ partitionKey: 'id', attributes: { id: 'N' } }).partitionKey).toMatchObject({ type: 'N', defaulted: ['type'] });
    const t = table({ partitionKey: { name: 'id', type: 'S' }, attributes: { id: { type: 'N', bytes: 4 } } });
    expect(t.partitionKey).toMatchObject({ type: 'S', defaulted: [] });
    expect(t.attributes[0]).toMatchObject({ type: 'N', valueBytes: 4 });
  });

  it('sizes a read on an index on its entry, and a write on the table item', () => {
    const t = table({
      partitionKey: 'id',
      attributes: { id: { type: 'S', bytes: 10 }, status: { type: 'S', bytes: 6 }, body: { type: 'S', bytes: 1000 } },
      indexes: [{ name: 'ByStatus', partitionKey: 'status', projection: 'keys-only' }],
      accessPatterns: [
        { name: 'q', operation: 'Query', index: 'ByStatus', rate: 1 },
        { name: 'w', operation: 'UpdateItem', index: 'ByStatus', rate: 1 },
        { name: 'missing', operation: 'Query', index: 'NoSuchIndex', rate: 1 },
      ],
    });
    // id 2 + 10, status 6 + 6, body 4 + 1000.
    expect(t.itemBytes).toBe(1028);
    expect(t.indexes[0]?.itemBytes).toBe(24);
    expect(t.accessPatterns.map((p) => [p.name, p.itemBytes, p.index])).toEqual([
      ['q', 24, 'ByStatus'],
      ['w', 1028, 'ByStatus'],
      ['missing', 1028, 'NoSuchIndex'],
    ]);
  });

  it('defaults a Scan to the whole table, or to its items per call when the table size is unknown', () => {
    const scan = { name: 's', operation: 'Scan' as const, rate: 1, itemsPerCall: 20 };
    expect(table({ itemCount: 5000, accessPatterns: [scan] }).accessPatterns[0]?.scannedItemsPerCall).toBe(5000);
    expect(table({ accessPatterns: [scan] }).accessPatterns[0]?.scannedItemsPerCall).toBe(20);
    expect(table({ itemCount: 5, accessPatterns: [scan] }).accessPatterns[0]?.scannedItemsPerCall).toBe(20);
  });

  it('keeps exact values: decimal rates, rates per period, percentages, scientific notation', () => {
    const t = firstTable(
      parseSpec(
        ['version: 1', 'tables:', '  - name: T', '    partitionKey: id', '    autoscaling: { min: 1, max: 2, target: 0.1 }', '    accessPatterns:', '      - { name: a, operation: GetItem, rate: 0.1 }', '      - { name: b, operation: GetItem, rate: 100/min }', '      - { name: c, operation: GetItem, rate: 1e3 }', '      - { name: d, operation: PutItem, rate: "1_000/h", conditionalFailureRate: 12.5% }', '      - { name: e, operation: PutItem, rate: 0.30000000000000004 }', ''].join('\n'),
        's.yaml',
      ),
    );
    expect(exact(t.autoscaling?.read?.target)).toBe('1/10');
    expect(t.accessPatterns.map((p) => exact(p.rate))).toEqual(['1/10', '5/3', '1000', '5/18', '7500000000000001/25000000000000000']);
    expect(exact(t.accessPatterns[3]?.conditionalFailureRate)).toBe('1/8');
  });

  it('keeps design problems in the model for lint instead of rejecting them', () => {
    const t = table({
      name: 'ab',
      billing: 'on-demand',
      capacity: { read: 0, write: 0 },
      autoscaling: { min: 50, max: 10, target: 0.95 },
      partitionKey: { name: 'flag', type: 'BOOL' },
      stream: {},
      indexes: [
        { name: 'L', type: 'local', sortKey: 'ts', projection: 'all', include: ['x'] },
        { name: 'G', partitionKey: 'status' },
        { name: 'G', partitionKey: 'status' },
      ],
      accessPatterns: [
        { name: 'strongGsi', operation: 'Query', index: 'G', consistency: 'strong', rate: 1 },
        { name: 'noKey', operation: 'Query', rate: 1, keys: { other: { cardinality: 3 } } },
        { name: 'hugeBatch', operation: 'BatchWriteItem', rate: 1, itemsPerCall: 500 },
        { name: 'peakBelowRate', operation: 'GetItem', rate: 10, peak: 5 },
        { name: 'readWithWriteKind', operation: 'GetItem', rate: 1, writeKind: 'delete', consistency: 'strong' },
        { name: 'writeWithConsistency', operation: 'PutItem', rate: 1, consistency: 'strong' },
      ],
    });
    expect(t).toMatchObject({ name: 'ab', billing: 'on-demand', capacity: { read: 0, write: 0 }, partitionKey: { type: 'BOOL' }, stream: { viewType: undefined }, sortKey: undefined });
    expect(exact(t.autoscaling?.read?.target)).toBe('19/20');
    expect(t.indexes.map((x) => [x.name, x.type, x.projection, x.include])).toEqual([
      ['L', 'local', 'all', ['x']],
      ['G', 'global', 'all', []],
      ['G', 'global', 'all', []],
    ]);
    expect(t.accessPatterns.map((p) => [p.name, p.consistency, p.writeKind, p.itemsPerCall])).toEqual([
      ['strongGsi', 'strong', undefined, 1],
      ['noKey', 'eventual', undefined, 1],
      ['hugeBatch', undefined, 'insert', 500],
      ['peakBelowRate', 'eventual', undefined, 1],
      ['readWithWriteKind', 'strong', 'delete', 1],
      ['writeWithConsistency', 'strong', 'insert', 1],
    ]);
    expect(exact(t.accessPatterns[3]?.peak)).toBe('5');
  });
});

describe('the model is frozen', () => {
  const m = fixture('every-field.yaml');
  const t = firstTable(m);

  it('freezes every node, list and exact number', () => {
    for (const v of [m, m.tables, t, t.attributes, t.attributes[0], t.indexes[0], t.indexes[0]?.include, t.accessPatterns[0], t.accessPatterns[0]?.keys[0]?.popularity, t.accessPatterns[0]?.rate, t.loadProfile?.hourlyFactors, m.lint.rules[2]?.options, m.source, m.source.value]) {
      expect(Object.isFrozen(v)).toBe(true);
    }
  });

  it('refuses changes', () => {
    expect(() => {
      (t as { billing: string }).billing = 'on-demand';
    }).toThrow(TypeError);
    expect(() => (t.indexes as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (t.accessPatterns[0]?.rate as unknown as { num: bigint }).num = 1n;
    }).toThrow(TypeError);
    expect(t.billing).toBe('provisioned');
  });
});
