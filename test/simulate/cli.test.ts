import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProgress } from '../../src/cli/progress.js';
import { runCli } from '../helpers/run-cli.js';

const HOT_KEY = 'fixtures/scenarios/04-single-hot-key.yaml';

describe('ddb-plan simulate', () => {
  it('shows the voting app: the plain key throttling, the sharded designs not, with reasons and collisions', async () => {
    const r = await runCli(['simulate', 'fixtures/scenarios/voting.yaml', '--no-chart']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const row = (name: string): string => r.stdout.split('\n').find((l) => l.startsWith(`│ ${name} `)) ?? '';
    expect(row('plain')).toMatch(/│\s+[\d,]+ \(4\d\.\d %\) │/);
    expect(row('random-10')).toMatch(/│\s+0 \(0 %\) │/);
    expect(row('calculated-10')).toMatch(/│\s+0 \(0 %\) │/);
    expect(r.stdout).toContain('throttled: TableWriteKeyRangeThroughputExceeded on Votes');
    expect(r.stdout).toMatch(/hot partition p\d+ of Votes .*mostly key candidate-A/);
    expect(r.stdout).toMatch(/shards of candidate-A \(50 % of castVote, 2,000 WCU\/s\): 10 shards on \d+ partitions, \d+ collisions? \(p\d+: #/);
    expect(r.stdout).toContain('60,407 logical reads sent as 604,070 requests (10 each)');
    expect(r.stdout).not.toContain('requests per second'); // --no-chart
    // The README shows this very run: keep it true.
    const readme = readFileSync('README.md', 'utf8');
    const shown = /\$ ddb-plan simulate fixtures\/scenarios\/voting\.yaml --no-chart\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(r.stdout);
  });

  it('prints the JSON contract with --json', async () => {
    const r = await runCli(['--json', 'simulate', HOT_KEY]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown> & { designs: Array<Record<string, unknown> & { timeline: unknown[]; latencyMs: object }> };
    expect(Object.keys(doc).slice(0, 4)).toEqual(['schemaVersion', 'seed', 'engine', 'durationSeconds']);
    expect(doc).toMatchObject({ schemaVersion: 1, seed: 42, engine: 'exact', durationSeconds: 120 });
    const d = doc.designs[0];
    expect(d).toMatchObject({ name: 'plain', offered: expect.any(Number), succeeded: expect.any(Number), throttledAttempts: expect.any(Number), failed: expect.any(Number), throttleRatio: expect.any(Number) });
    expect(Object.keys(d?.latencyMs ?? {})).toEqual(['p50', 'p99', 'max']);
    expect(d?.timeline).toHaveLength(120);
    expect(d?.timeline[3]).toEqual(expect.objectContaining({ t: 3, offered: expect.any(Number), succeeded: expect.any(Number), throttled: expect.any(Number) }));
  });

  it('is byte-identical for the same seed; --seed overrides the scenario’s', async () => {
    const a = await runCli(['--json', 'simulate', HOT_KEY]);
    const b = await runCli(['--json', 'simulate', HOT_KEY]);
    expect(b.stdout).toBe(a.stdout);
    const c = await runCli(['--json', 'simulate', HOT_KEY, '--seed', '7']);
    expect(JSON.parse(c.stdout).seed).toBe(7);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('accepts --engine exact and auto, and refuses fast with one line (exit 2)', async () => {
    expect((await runCli(['--json', 'simulate', HOT_KEY, '--engine', 'exact'])).code).toBe(0);
    const r = await runCli(['simulate', HOT_KEY, '--engine', 'fast']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: --engine fast: the fast engine lane is not available in this version of ddb-plan; use --engine exact (or auto)\n' });
    expect((await runCli(['simulate', HOT_KEY, '--engine', 'quick'])).code).toBe(2);
  });

  it('fails with exit 1 when a design breaks --fail-on, and still prints the report', async () => {
    const r = await runCli(['simulate', HOT_KEY, '--no-chart', '--fail-on', 'throttleRatio>0.01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('TableWriteKeyRangeThroughputExceeded');
    expect(r.stderr).toMatch(/^ddb-plan: --fail-on: design plain: throttleRatio is 0\.3\d+, which breaks throttleRatio>0\.01\n$/);
    expect((await runCli(['--json', 'simulate', HOT_KEY, '--fail-on', 'throttleRatio>0.5, plain:failed<0'])).code).toBe(0);
  });

  it('refuses a bad --fail-on or --seed before running (exit 2)', async () => {
    expect(await runCli(['simulate', HOT_KEY, '--fail-on', 'throttle ratio > 1%'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ddb-plan: --fail-on: cannot read "throttle ratio > 1%"; expected METRIC OP NUMBER such as throttleRatio>0.01, optionally DESIGN:METRIC OP NUMBER\n',
    });
    expect((await runCli(['simulate', HOT_KEY, '--fail-on', 'latency>1'])).stderr).toBe(
      'ddb-plan: --fail-on: unknown figure "latency"; expected one of offered, succeeded, failed, attempts, throttledAttempts, throttleRatio, failedRatio, latencyMs.p50, latencyMs.p99, latencyMs.max, timeToFirstThrottleSeconds\n',
    );
    const unknownDesign = await runCli(['simulate', HOT_KEY, '--fail-on', 'sharded:failed>0']);
    expect(unknownDesign.code).toBe(2);
    expect(unknownDesign.stderr).toBe('ddb-plan: --fail-on: "sharded:failed>0": no design named "sharded" (designs: plain)\n');
    expect(await runCli(['simulate', HOT_KEY, '--seed', '-3'])).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: --seed: invalid seed "-3": expected a whole number from 0 to 9,007,199,254,740,991\n' });
  });

  it('writes CloudWatch-style per-minute series with --metrics-csv, matching the report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-'));
    const file = join(dir, 'metrics.csv');
    const r = await runCli(['--json', 'simulate', HOT_KEY, '--metrics-csv', file]);
    expect(r.code).toBe(0);
    const rows = readFileSync(file, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('design,seconds,table,index,metric,statistic,unit,value');
    const value = (metric: string, seconds: number): number => Number(rows.find((l) => l.startsWith(`plain,${seconds},Counters,,${metric},`))?.split(',')[7]);
    const throttled = (JSON.parse(r.stdout) as { designs: Array<{ throttledAttempts: number }> }).designs[0]?.throttledAttempts;
    expect(value('WriteKeyRangeThroughputThrottleEvents', 0) + value('WriteKeyRangeThroughputThrottleEvents', 60)).toBe(throttled);
    expect(value('WriteThrottleEvents', 60)).toBe(value('WriteKeyRangeThroughputThrottleEvents', 60));
    expect(value('ThrottledRequests', 60)).toBe(value('WriteThrottleEvents', 60));
    expect(value('ProvisionedWriteCapacityUnits', 0)).toBe(4000);
    // The one hot key consumes its partition's 1,000 WCU/s: about 60,000 a minute.
    expect(Math.abs(value('ConsumedWriteCapacityUnits', 60) - 60_000)).toBeLessThan(100);
  });

  it('writes no metrics file when the input is unusable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-'));
    const scenario = join(dir, 'bad.yaml');
    writeFileSync(scenario, 'version: 1\nduration: 1m\ntable:\n  billing: on-demand\n  capacity: { read: 5, write: 5 }\nworkload:\n  - rate: 10\n    keys: { cardinality: 10 }\n');
    const r = await runCli(['simulate', scenario, '--metrics-csv', join(dir, 'out.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ddb-plan: ${scenario}:5:3: an on-demand table has no provisioned capacity: remove capacity, or set billing: provisioned on the table\n`);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('reads traces relative to the scenario, and says where a missing one is referenced', async () => {
    expect((await runCli(['--json', 'simulate', 'fixtures/scenarios/trace-replay.yaml'])).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-'));
    writeFileSync(join(dir, 's.yaml'), 'version: 1\ntable:\n  capacity: { read: 5, write: 5 }\nworkload:\n  - trace: requests.csv\n');
    const r = await runCli(['simulate', 's.yaml'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: s.yaml:5:12: trace file requests.csv: no such file\n' });
  });

  it('says in one line that a spec is not a scenario, and how a scenario takes a table from it', async () => {
    const r = await runCli(['simulate', 'fixtures/specs/voting.yaml']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "ddb-plan: fixtures/specs/voting.yaml:15:1: this is a ddb-plan spec (version and tables), not a simulation scenario: a scenario takes a spec's table with " +
        'table: { spec: voting.yaml, tableName: Votes } (the path relative to the scenario) and adds a workload; see docs/simulate.md\n',
    });
    // The advice works: a scenario beside the spec that does what the line says runs.
    const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-'));
    writeFileSync(join(dir, 'voting.yaml'), readFileSync('fixtures/specs/voting.yaml'));
    writeFileSync(join(dir, 's.yaml'), 'version: 1\nduration: 10s\ntable: { spec: voting.yaml, tableName: Votes }\nworkload:\n  - rate: 5/s\n    keys: { cardinality: 100 }\n');
    expect((await runCli(['--json', 'simulate', 's.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('reads a scenario from standard input with -', async () => {
    const scenario = 'version: 1\nduration: 10s\ntable:\n  capacity: { read: 10, write: 10 }\nworkload:\n  - rate: 5/s\n    keys: { cardinality: 100 }\n';
    const r = await runCli(['--json', 'simulate', '-'], { stdin: scenario });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).designs[0].throttledAttempts).toBe(0);
    expect(await runCli(['simulate', '-'], { stdin: 'version: 1\nduration: 10s\n' })).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^ddb-plan: <stdin>:1:1: /) });
  });

  it('draws the per-second chart with a legend, without colour when stdout is not a terminal', async () => {
    const r = await runCli(['simulate', HOT_KEY]);
    expect(r.stdout).toContain('plain: requests per second   .. offered   ## succeeded   xx throttled');
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('progress bar', () => {
  it('appears on a terminal only after a second, and is erased at the end', () => {
    let written = '';
    let now = 0;
    const p = createProgress({ isTTY: true, write: (s: string) => (written += s) }, 'simulating', () => now);
    p?.update(0.1);
    expect(written).toBe('');
    now = 1500;
    p?.update(0.5);
    expect(written).toBe(`\rsimulating [${'#'.repeat(15)}${' '.repeat(15)}]  50%`);
    p?.done();
    expect(written.endsWith('\r')).toBe(true);
  });

  it('never appears when standard error is not a terminal', () => {
    expect(createProgress({ isTTY: false, write: () => undefined }, 'simulating', () => 0)).toBeUndefined();
  });
});
