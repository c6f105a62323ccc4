import { runCli } from '../helpers/run-cli.js';

// Parsed JSON is walked freely here; each field's type is what the assertions check.
/* eslint-disable @typescript-eslint/no-explicit-any */

// ARCHITECTURE.md, "JSON output contract": the required fields of every command's --json, checked
// on real runs. Fields may be added freely; these must not change (docs/json-output.md).

async function json(argv: readonly string[], code = 0): Promise<Record<string, any>> {
  const run = await runCli(['--json', ...argv]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code, stderr: '' });
  const doc = JSON.parse(run.stdout) as Record<string, any>;
  expect(doc.schemaVersion).toBe(1);
  return doc;
}

describe('JSON contract', () => {
  it('capacity quick mode: exact rcu/wcu, rounded provisioned, reads/writes or null', async () => {
    expect(await json(['capacity', '--reads', '16', '--item-size', '12KB'])).toMatchObject({ rcu: 24, wcu: 0, provisioned: { rcu: 24, wcu: 1 }, writes: null, reads: expect.any(Object) });
    expect(await json(['capacity', '--reads', '15', '--item-size', '12KB'])).toMatchObject({ rcu: 22.5, provisioned: { rcu: 23 } });
    expect(await json(['capacity', '--writes', '6', '--item-size', '4.5KB'])).toMatchObject({ rcu: 0, wcu: 30, reads: null, writes: expect.any(Object) });
  });

  it('item-size: items with bytes, wcu, rcu by consistency and attributes', async () => {
    const doc = await json(['item-size', 'fixtures/items/order.json']);
    expect(doc.items).toHaveLength(1);
    for (const item of doc.items) {
      expect(item).toMatchObject({
        bytes: expect.any(Number),
        wcu: expect.any(Number),
        rcu: { strong: expect.any(Number), eventual: expect.any(Number), transactional: expect.any(Number) },
      });
      expect(item.attributes.every((a: any) => typeof a.name === 'string' && Number.isInteger(a.bytes))).toBe(true);
      expect(item.attributes.reduce((n: number, a: any) => n + a.bytes, 0)).toBe(item.bytes);
    }
  });

  it('partitions: byCapacity and bySize unrounded, partitions rounded up', async () => {
    expect(await json(['partitions', '--rcu', '5000', '--wcu', '2000'])).toMatchObject({ byCapacity: 11 / 3, bySize: 0, partitions: 4 });
    expect(await json(['partitions', '--rcu', '1000', '--wcu', '500', '--size', '25GB'])).toMatchObject({ bySize: 2.5, partitions: 3 });
  });

  it('lint: files with findings, error and warning counts', async () => {
    const doc = await json(['lint', 'fixtures/cloudformation/bad-lsi-without-sort-key.yaml'], 1);
    expect(doc).toMatchObject({ errorCount: expect.any(Number), warningCount: expect.any(Number) });
    const [file] = doc.files;
    expect(file).toMatchObject({ file: 'fixtures/cloudformation/bad-lsi-without-sort-key.yaml', format: expect.any(String) });
    expect(file.findings).toContainEqual(expect.objectContaining({ ruleId: 'E1006', severity: 'error', message: expect.any(String), line: 21, column: 11, path: expect.any(String) }));
  });

  it('capacity SPEC: tables with average/peak units, partitions, monthly cost, indexes and access patterns', async () => {
    const doc = await json(['capacity', 'fixtures/specs/voting.yaml']);
    const avgPeak = { average: expect.any(Number), peak: expect.any(Number) };
    // Every loop below has something to check: voting.yaml has two tables, each with an index and patterns.
    expect([doc.tables.length, doc.tables.flatMap((t: any) => t.indexes).length > 0, doc.tables.flatMap((t: any) => t.accessPatterns).length > 0]).toEqual([2, true, true]);
    for (const t of doc.tables) {
      expect(t).toMatchObject({ name: expect.any(String), rcu: avgPeak, wcu: avgPeak, partitions: expect.any(Number), monthlyCost: { provisioned: expect.any(Number), onDemand: expect.any(Number) } });
      for (const i of t.indexes) expect(i).toMatchObject({ name: expect.any(String), rcu: avgPeak, wcu: avgPeak });
      for (const p of t.accessPatterns) expect(p).toMatchObject({ name: expect.any(String), rcuPerCall: expect.any(Number), wcuPerCall: expect.any(Number), rcu: avgPeak, wcu: avgPeak });
    }
    expect(doc.tables[0].wcu).toEqual({ average: 2500, peak: 5000 });
  });

  it('hotkeys: findings with share, units, limit, risk and recommended shards', async () => {
    const doc = await json(['hotkeys', 'fixtures/specs/voting.yaml']);
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ table: 'Votes', index: null, accessPattern: 'castVote', key: 'candidate_id', hottestKeyShare: 0.5, unitsPerSecond: 2500, partitionLimit: 1000, risk: 'critical', recommendedShards: 5 }),
    );
    expect(doc.findings.every((f: any) => ['ok', 'warning', 'critical'].includes(f.risk))).toBe(true);
  });

  it('simulate: seed, engine, duration and per-design counters with a per-second timeline', async () => {
    const doc = await json(['simulate', 'fixtures/scenarios/04-single-hot-key.yaml']);
    expect(doc).toMatchObject({ seed: expect.any(Number), engine: 'exact', durationSeconds: expect.any(Number) });
    expect(doc.designs.length).toBeGreaterThan(0);
    for (const d of doc.designs) {
      expect(d).toMatchObject({
        name: expect.any(String),
        offered: expect.any(Number),
        succeeded: expect.any(Number),
        throttledAttempts: expect.any(Number),
        failed: expect.any(Number),
        throttleRatio: expect.any(Number),
        latencyMs: { p50: expect.any(Number), p99: expect.any(Number), max: expect.any(Number) },
      });
      expect(d.timeline).toHaveLength(doc.durationSeconds);
      expect(d.timeline[0]).toMatchObject({ t: 0, offered: expect.any(Number), succeeded: expect.any(Number), throttled: expect.any(Number) });
      expect(d.succeeded).toBeLessThanOrEqual(d.offered);
    }
  });
});
