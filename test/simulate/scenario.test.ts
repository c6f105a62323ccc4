import { readdirSync, readFileSync } from 'node:fs';
import { DEFAULT_MODEL_PARAMETERS } from '../../src/simulate/model-parameters.js';
import { RETRY_PROFILES } from '../../src/simulate/retry.js';
import { aRawScenario, aScenario, design, fixture, parseRaw, problemsOf, run } from './helpers.js';

/** A scenario in YAML from its parts, so that problems have stable lines and columns. */
function yaml(table: string, workload: string, extra = ''): string {
  return `version: 1\nduration: 1m\ntable:\n${table}\nworkload:\n${workload}\n${extra}`;
}
const TABLE = '  billing: provisioned\n  capacity: { read: 10, write: 10 }';
const WORKLOAD = '  - rate: 10/s\n    keys: { cardinality: 100 }';

describe('scenario v1: normalization', () => {
  it('fills in the defaults', () => {
    const s = aScenario();
    expect(s.seed).toBe(1);
    expect(s.durationMs).toBe(30_000);
    expect(s.model).toEqual(DEFAULT_MODEL_PARAMETERS);
    expect(s.client).toEqual({ retry: RETRY_PROFILES.none, instances: 1, attemptLatencyMs: 0 });
    expect(s.designs).toEqual([{ name: 'plain', shards: 1, suffix: 'none' }]);
    expect(s.table).toMatchObject({ name: 'T', billing: 'provisioned', capacity: { read: 1000, write: 1000 }, partitions: 2, initialBurstSeconds: 300, quota: { read: 40_000, write: 40_000 } });
    expect(s.workloads[0]).toMatchObject({ kind: 'generated', name: 'writes', operation: 'write', startMs: 0, endMs: 30_000, fromPerSecond: 100, toPerSecond: 100, arrivals: 'poisson', sizes: [{ bytes: 1024, share: 1 }], consistency: 'eventual', keys: { kind: 'uniform', cardinality: 1000 }, index: null });
  });

  it('parses rates, ramps, sizes, durations, retry profiles, designs and model overrides', () => {
    const s = aScenario({
      duration: '1h30m',
      table: { billing: 'provisioned', capacity: { read: 5, write: 500 }, burst: 120, autoscaling: { write: { min: 100, max: 2000, target: 0.5 } } },
      workload: [
        { name: 'ramp', start: '10m', duration: '20m', ramp: { from: '60/min', to: '7200/h' }, itemSize: [{ size: '1KB', share: 0.25 }, { size: '4.5KB', share: 0.75 }], keys: { hot: { share: 0.5 }, cardinality: 10 } },
        { name: 'reads', operation: 'Query', rate: '20/s', itemsPerCall: 10, consistency: 'strong', keys: { weights: { a: 3, b: 1 } } },
      ],
      client: { retry: { maxAttempts: 4, baseDelay: '25ms', maxDelay: '1s', quota: 100 }, instances: 8, attemptLatency: '5ms' },
      designs: [{ name: 'plain' }, { name: 'calc', shard: { count: 8, suffix: 'calculated' } }],
      model: { partitionBucketSeconds: 0.5, splitForHeat: false },
    });
    expect(s.durationMs).toBe(5_400_000);
    expect(s.table.initialBurstSeconds).toBe(120);
    expect(s.table.autoscaling).toEqual({ read: null, write: { minUnits: 100, maxUnits: 2000, targetUtilization: 0.5 } });
    expect(s.workloads[0]).toMatchObject({ startMs: 600_000, endMs: 1_800_000, fromPerSecond: 1, toPerSecond: 2, sizes: [{ bytes: 1024, share: 0.25 }, { bytes: 4608, share: 0.75 }] });
    expect(s.workloads[1]).toMatchObject({ operation: 'Query', itemsPerCall: 10, consistency: 'strong', keys: { kind: 'weights', values: ['a', 'b'], weights: [3, 1] } });
    expect(s.client).toEqual({
      retry: { name: 'custom', maxAttempts: 4, baseDelayMs: 25, maxDelayMs: 1000, jitter: 'full', quota: { tokens: 100, retryCost: 5, successRefund: 1 } },
      instances: 8,
      attemptLatencyMs: 5,
    });
    expect(s.designs[1]).toEqual({ name: 'calc', shards: 8, suffix: 'calculated' });
    expect(s.model.partitionBucketSeconds).toBe(0.5);
    expect(s.model.splitForHeat).toBe(false);
  });

  it('reads every fixture in fixtures/scenarios', () => {
    const files = readdirSync('fixtures/scenarios').filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) expect(() => fixture(f)).not.toThrow();
  });
});

describe('scenario v1: bad input is reported where it is, every problem at once', () => {
  it.each([
    ['an on-demand table with provisioned capacity', yaml('  billing: on-demand\n  capacity: { read: 10, write: 10 }', WORKLOAD), ['5:3: an on-demand table has no provisioned capacity: remove capacity, or set billing: provisioned on the table']],
    ['an on-demand table with auto scaling', yaml('  billing: on-demand\n  autoscaling: { min: 1, max: 10, target: 0.7 }', WORKLOAD), ['5:3: auto scaling applies to provisioned capacity; an on-demand table scales by itself']],
    ['a provisioned table with maximum on-demand throughput', yaml(`${TABLE}\n  maxThroughput: { write: 10 }`, WORKLOAD), ['6:3: maximum throughput is an on-demand setting; a provisioned table is limited by its capacity']],
    ['a provisioned table without capacity', yaml('  billing: provisioned', WORKLOAD), ['4:3: a provisioned table needs capacity: { read, write } (units per second)']],
    ['capacity above the table quota', yaml('  capacity: { read: 10, write: 50000 }', WORKLOAD), ['4:32: 50,000 WCU is above the per-table quota of 40,000; raise quota: if your account has a higher one']],
    ['a zero duration', 'version: 1\nduration: 0s\ntable:\n  capacity: { read: 1, write: 1 }\nworkload:\n  - rate: 1\n    keys: { cardinality: 1 }\n', ['2:11: duration must be above zero']],
    ['a negative duration', 'version: 1\nduration: -5m\ntable:\n  capacity: { read: 1, write: 1 }\nworkload:\n  - rate: 1\n    keys: { cardinality: 1 }\n', ['2:11: duration cannot be negative']],
    ['a missing duration', 'version: 1\ntable:\n  capacity: { read: 1, write: 1 }\nworkload:\n  - rate: 1\n    keys: { cardinality: 1 }\n', ['1:1: duration is required (a workload entry that is not a trace runs to the end of the scenario)']],
    ['a zero rate', yaml(TABLE, '  - rate: 0/s\n    keys: { cardinality: 100 }'), ['7:11: rate must be above zero (remove the entry for no load)']],
    ['a negative rate', yaml(TABLE, '  - rate: -5/s\n    keys: { cardinality: 100 }'), ['7:11: rate cannot be negative']],
    ['a rate above 10^9/s', yaml(TABLE, '  - rate: 2000000000/s\n    keys: { cardinality: 100 }'), ['7:11: workload[0].rate: invalid rate "2000000000/s": above 1,000,000,000 per second']],
    ['a workload entry of zero duration', yaml(TABLE, '  - rate: 1/s\n    duration: 0s\n    keys: { cardinality: 100 }'), ['8:15: duration must be above zero']],
    ['a ramp from 0 to 0', yaml(TABLE, '  - ramp: { from: 0, to: 0 }\n    keys: { cardinality: 100 }'), ['7:11: a ramp from 0 to 0 offers no load']],
    ['rate and ramp both', yaml(TABLE, '  - rate: 10/s\n    ramp: { from: 1, to: 2 }\n    keys: { cardinality: 100 }'), ['8:5: give rate or ramp, not both']],
    ['an unknown distribution', yaml(TABLE, '  - rate: 10/s\n    keys: { cardinality: 100, distribution: pareto }'), ['8:45: unknown distribution "pareto"; expected uniform or { zipf: s }']],
    ['an unknown distribution form', yaml(TABLE, '  - rate: 10/s\n    keys: { cardinality: 100, distribution: { lognormal: 2 } }'), ['8:45: unknown distribution { lognormal }; expected uniform or { zipf: s }']],
    ['a zipf exponent that is not a number', yaml(TABLE, '  - rate: 10/s\n    keys: { cardinality: 100, distribution: { zipf: high } }'), ['8:53: the zipf exponent must be a number above 0 and at most 10 (0.99 is typical of web traffic)']],
    ['keys of no known form', yaml(TABLE, '  - rate: 10/s\n    keys: { count: 100 }'), ['8:11: keys: no key popularity given; give { cardinality: N, distribution: uniform | { zipf: s } }, { values: [..] }, { weights: { A: 0.7, B: 0.3 } } or { hot: { share: 0.3 }, cardinality: N }']],
    ['missing keys', yaml(TABLE, '  - rate: 10/s'), ['7:5: workload[0] needs keys: the popularity of its partition-key values, e.g. { cardinality: 1000000, distribution: uniform }']],
    ['an unknown retry profile', yaml(TABLE, WORKLOAD, 'client:\n  retry: sdk-v9'), ['10:10: unknown retry profile "sdk-v9"; expected none, sdk-v3-standard, sdk-v2-dynamodb or a custom { maxAttempts, baseDelay, maxDelay }']],
    ['an unknown operation', yaml(TABLE, '  - rate: 10/s\n    operation: BatchWriteItem\n    keys: { cardinality: 100 }'), ['8:16: workload[0].operation: expected one of "read", "write", "GetItem", "Query", "TransactGetItems", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems"; got "BatchWriteItem"']],
    ['a misspelt field', yaml(TABLE, '  - rate: 10/s\n    keyz: { cardinality: 100 }'), ['8:5: unknown field "keyz" (did you mean "keys"?)']],
    ['a read of an index that does not exist', yaml(TABLE, '  - rate: 10/s\n    operation: Query\n    index: Nope\n    keys: { cardinality: 100 }'), ['9:12: no index named "Nope" under table.indexes']],
    ['a strongly consistent read of a GSI', yaml(`${TABLE}\n  indexes: [ { name: G, capacity: { read: 1, write: 1 }, keys: { cardinality: 5 } } ]`, '  - rate: 10/s\n    operation: GetItem\n    index: G\n    consistency: strong\n    keys: { cardinality: 100 }'), ['11:18: a strong read on a global secondary index is invalid: GSI reads are eventually consistent only']],
    ['an item above 400 KB', yaml(TABLE, '  - rate: 10/s\n    itemSize: 500KB\n    keys: { cardinality: 100 }'), ['8:15: workload[0].itemSize: 512,000 bytes is above the 400 KB item limit']],
    ['a workload that starts after the end', yaml(TABLE, '  - rate: 10/s\n    start: 2m\n    keys: { cardinality: 100 }'), ['8:12: workload[0] starts at 2m, after the scenario ends (1m)']],
    ['a burst beyond the reservoir', yaml(`${TABLE}\n  burst: 500`, WORKLOAD), ['6:10: burst: 500 seconds is more than the 300 s the reservoir holds (model.burstSeconds)']],
    ['capacity outside the auto scaling range', yaml(`${TABLE}\n  autoscaling: { write: { min: 100, max: 1000, target: 0.7 } }`, WORKLOAD), ['6:25: capacity.write 10 is outside auto scaling\'s range 100–1,000']],
    ['a design defined twice', yaml(TABLE, WORKLOAD, 'designs:\n  - name: a\n  - name: a'), ['11:11: design "a" is defined twice']],
    ['a sharding suffix that does not exist', yaml(TABLE, WORKLOAD, 'designs:\n  - name: a\n    shard: { count: 4, suffix: modulo }'), ['11:32: designs[0].shard.suffix: expected one of "random", "calculated"; got "modulo"']],
    ['more requests than the exact lane runs', yaml(TABLE, '  - rate: 5000000/s\n    keys: { cardinality: 100 }'), ['6:1: the workload offers about 300,000,000 requests; the exact engine lane runs at most 100,000,000 per design — shorten the duration or lower the rates']],
  ])('%s', (_what, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  it('reports several problems in one go, in file order: first those of shape, then those across fields', () => {
    const shape = yaml(TABLE, '  - rate: -1/s\n    keys: { cardinality: 100, distribution: pareto }', 'client:\n  retry: sdk-v9');
    expect(problemsOf(shape)).toEqual([
      '7:11: rate cannot be negative',
      '8:45: unknown distribution "pareto"; expected uniform or { zipf: s }',
      '10:10: unknown retry profile "sdk-v9"; expected none, sdk-v3-standard, sdk-v2-dynamodb or a custom { maxAttempts, baseDelay, maxDelay }',
    ]);
    const across = yaml('  billing: on-demand\n  capacity: { read: 10, write: 10 }', '  - rate: 0/s\n    keys: { cardinality: 100 }\n  - rate: 1/s\n    start: 5m\n    keys: { cardinality: 100 }');
    expect(problemsOf(across)).toEqual([
      '5:3: an on-demand table has no provisioned capacity: remove capacity, or set billing: provisioned on the table',
      '7:11: rate must be above zero (remove the entry for no load)',
      '10:12: workload[1] starts at 5m, after the scenario ends (1m)',
    ]);
  });
});

describe('scenario v1: a spec given instead of a scenario', () => {
  it('is one problem that says so, naming the spec’s first table, instead of the schema’s three', () => {
    expect(problemsOf('version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n  - name: Users\n')).toEqual([
      "1:1: this is a ddb-plan spec (version and tables), not a simulation scenario: a scenario takes a spec's table with table: { spec: scenario.yaml, tableName: Orders } (the path relative to the scenario) and adds a workload; see docs/simulate.md",
    ]);
  });

  it('leaves a scenario with a workload to the usual checks', () => {
    expect(problemsOf('version: 1\nduration: 1m\ntables: []\nworkload:\n  - rate: 1\n    keys: { cardinality: 1 }\n')).toEqual(['1:1: table is required', '3:1: unknown field "tables" (did you mean "table"?)']);
  });
});

describe('scenario v1: key spaces beyond 10^8 values', () => {
  it('runs 10^12 uniform keys and a 10^12-key zipf without allocating per key', () => {
    const before = process.memoryUsage().heapUsed;
    const report = run(
      aScenario({
        duration: '20s',
        table: { billing: 'on-demand' },
        workload: [
          { name: 'uniform', rate: '2000/s', keys: { cardinality: 1e12 } },
          { name: 'zipf', rate: '1000/s', keys: { cardinality: 1e12, distribution: { zipf: 1.1 } } },
        ],
      }),
    );
    const grown = process.memoryUsage().heapUsed - before;
    const d = design(report);
    expect(d.offered).toBeGreaterThan(55_000);
    expect(d.succeeded).toBe(d.offered);
    // A byte per key would be a terabyte; the run stays within a few tens of megabytes.
    expect(grown).toBeLessThan(200 * 1024 * 1024);
  });

  it('accepts a cardinality of 10^12 and refuses one above', () => {
    expect(parseRaw(aRawScenario({ workload: [{ rate: 1, keys: { cardinality: 1e12 } }] })).workloads[0]).toMatchObject({ keys: { kind: 'uniform', cardinality: 1e12 } });
    expect(problemsOf(aRawScenario({ workload: [{ rate: 1, keys: { cardinality: 1e12 + 1 } }] }))).toEqual([
      '18:24: workload[0].keys.cardinality: too big: expected number to be <=1000000000000',
    ]);
  });
});

describe('scenario v1: a table from a spec', () => {
  const specText = readFileSync('fixtures/specs/url-shortener.yaml', 'utf8');

  it('takes capacity, auto scaling, size, item bytes and global indexes from the spec', () => {
    const s = fixture('url-shortener-peak.yaml');
    expect(s.table).toMatchObject({
      name: 'Links',
      billing: 'provisioned',
      capacity: { read: 2000, write: 100 },
      initialBurstSeconds: 0,
      autoscaling: { read: { minUnits: 500, maxUnits: 8000, targetUtilization: 0.7 }, write: { minUnits: 50, maxUnits: 400, targetUtilization: 0.7 } },
    });
    expect(s.table.tableBytes).toBeGreaterThan(25_000_000 * 200);
    // ByAccount's keys come from the access pattern that queries it; its entry size from the projection.
    expect(s.table.indexes).toHaveLength(1);
    expect(s.table.indexes[0]).toMatchObject({ name: 'ByAccount', capacity: { read: 50, write: 100 }, keys: { kind: 'zipf', cardinality: 40_000, exponent: 0.8 }, coverage: 1 });
    // A workload entry without itemSize writes the spec's average item.
    const w = s.workloads[0];
    expect(w?.kind === 'generated' && w.sizes).toEqual([{ bytes: expect.any(Number), share: 1 }]);
    expect(w?.kind === 'generated' && w.sizes[0]?.bytes).toBeGreaterThan(200);
  });

  const withSpec = (table: Record<string, unknown>, text = specText): string[] =>
    problemsOf(aRawScenario({ table: { spec: 'links.yaml', ...table } }), { 'links.yaml': text });

  it('says which fields come from the spec, and which table it needs', () => {
    expect(withSpec({ capacity: { read: 1, write: 1 } })).toEqual(['7:5: capacity comes from the spec (links.yaml); remove it here, or describe the table inline without spec:']);
    expect(withSpec({ tableName: 'Nope' })).toEqual(['7:18: no table named "Nope" in links.yaml (tables: Links)']);
    const two = `${specText}\n  - name: Other\n    billing: on-demand\n    partitionKey: { name: id, type: S }\n`;
    expect(withSpec({}, two)).toEqual(['6:13: links.yaml has 2 tables; say which with tableName: (one of Links, Other)']);
    expect(problemsOf(aRawScenario({ table: { name: 'T', capacity: { read: 1, write: 1 }, tableName: 'X' } }))).toEqual(['11:5: tableName goes with spec: (a table taken from a spec file); an inline table has a name']);
  });

  it('reports a broken spec at its own lines', () => {
    expect(withSpec({}, 'version: 1\ntables:\n  - name: Links\n    billing: sometimes\n    partitionKey: { name: code, type: S }\n')).toEqual([
      'links.yaml:4:14: tables[0].billing: expected one of "provisioned", "on-demand"; got "sometimes"',
    ]);
  });
});
