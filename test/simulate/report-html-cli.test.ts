import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageVersion } from '../../src/cli/version.js';
import { wellFormedProblems } from '../helpers/html-well-formed.js';
import { runCli } from '../helpers/run-cli.js';

/** One hot key at 1,500 writes/s for 20 s: throttles from the first second, and runs in a blink. */
const SMALL = 'version: 1\nseed: 3\nduration: 20s\ntable:\n  name: Votes\n  capacity: { read: 100, write: 4000 }\n  partitions: 4\nworkload:\n  - name: votes\n    rate: 1500/s\n    keys: { values: [A] }\n';

/** A fresh folder holding the small scenario as s.yaml. */
function workdir(scenario = SMALL): string {
  const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-report-'));
  writeFileSync(join(dir, 's.yaml'), scenario);
  return dir;
}

describe('ddb-plan simulate --report FILE', () => {
  it('writes the HTML report after the run, through a temporary file that does not stay, and prints the text report as without it', async () => {
    const dir = workdir();
    const r = await runCli(['simulate', 's.yaml', '--report', 'out.html'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe((await runCli(['simulate', 's.yaml'], { cwd: dir })).stdout);
    expect(readdirSync(dir).sort()).toEqual(['out.html', 's.yaml']);
    const page = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(wellFormedProblems(page)).toEqual([]);
    expect(page).toContain('<h1>Simulation of <code>s.yaml</code></h1>');
    expect(page).toContain('<p class="meta">seed 3 · exact engine · 20s simulated · 1 design</p>');
    expect(page).toContain(`<meta name="generator" content="ddb-plan ${packageVersion()}">`);
    expect(page).toContain('<tr><th scope="row"><code>TableWriteKeyRangeThroughputExceeded</code></th><td>Votes</td>');
  });

  it('works with --json: the JSON on stdout, the report in the file', async () => {
    const dir = workdir();
    const r = await runCli(['--json', 'simulate', 's.yaml', '--report', 'out.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await runCli(['--json', 'simulate', 's.yaml'], { cwd: dir })).stdout);
    expect(JSON.parse(r.stdout).designs[0].name).toBe('plain');
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n/);
  });

  it('is byte-identical for the same scenario and seed, and differs for another seed', async () => {
    const dir = workdir();
    for (const [file, seed] of [['a.html', '3'], ['b.html', '3'], ['c.html', '4']]) {
      expect((await runCli(['simulate', 's.yaml', '--seed', seed as string, '--report', file as string], { cwd: dir })).code).toBe(0);
    }
    const [a, b, c] = ['a.html', 'b.html', 'c.html'].map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('writes the report of a run that breaks --fail-on too (exit 1): that is when it is read', async () => {
    const dir = workdir();
    const r = await runCli(['simulate', 's.yaml', '--fail-on', 'throttleRatio>0.01', '--report', 'out.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['out.html', 's.yaml']);
  });

  it('escapes every name a scenario gives, in text and in attributes', async () => {
    const hostile = [
      'version: 1',
      'duration: 10s',
      'table:',
      '  name: "T<script>alert(1)</script>"',
      '  capacity: { read: 100, write: 4000 }',
      '  partitions: 4',
      '  indexes:',
      '    - name: "I&<i>"',
      '      capacity: { read: 10, write: 4000 }',
      '      keys: { cardinality: 10 }',
      'workload:',
      '  - name: "w \\"quoted\\" & \'single\'"',
      '    rate: 1500/s',
      '    keys: { values: ["<img src=x onerror=alert(1)>"] }',
      'designs:',
      '  - name: "<script>alert(\'design\')</script>"',
      '  - name: "sharded</title>"',
      '    shard: { count: 4, suffix: random }',
      '',
    ].join('\n');
    const dir = workdir();
    writeFileSync(join(dir, 'a&<b>.yaml'), hostile);
    const r = await runCli(['simulate', 'a&<b>.yaml', '--report', 'out.html'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const page = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(wellFormedProblems(page)).toEqual([]);
    expect(page).not.toMatch(/<script|<img|<i>|<b>|sharded<\/title>/);
    expect(page).toContain('<title>Simulation of a&amp;&lt;b&gt;.yaml — ddb-plan</title>');
    expect(page).toContain('<h2 id="design-0-h">Design &lt;script&gt;alert(&#39;design&#39;)&lt;/script&gt;</h2>');
    expect(page).toContain('<h2 id="design-1-h">Design sharded&lt;/title&gt;</h2>');
    expect(page).toContain('<title id="d1-requests-title">sharded&lt;/title&gt;: requests per second</title>');
    expect(page).toContain('<tr><th scope="row">T&lt;script&gt;alert(1)&lt;/script&gt;/index/I&amp;&lt;i&gt;</th>');
    expect(page).toContain('<tr><th scope="row">w &quot;quoted&quot; &amp; &#39;single&#39;</th><td>write</td>');
    expect(page).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
  });

  it('writes nothing, and leaves an earlier report as it was, when the scenario is unusable (exit 2)', async () => {
    const dir = workdir('version: 1\nduration: 10s\ntable:\n  billing: on-demand\n  capacity: { read: 5, write: 5 }\nworkload:\n  - rate: 10\n    keys: { cardinality: 10 }\n');
    writeFileSync(join(dir, 'out.html'), 'the report of an earlier run');
    const r = await runCli(['simulate', 's.yaml', '--report', 'out.html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ddb-plan: s\.yaml:5:3: an on-demand table has no provisioned capacity/);
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toBe('the report of an earlier run');
    expect(readdirSync(dir).sort()).toEqual(['out.html', 's.yaml']);
  });

  it.each([
    ['missing/out.html', 'ddb-plan: --report: cannot write missing/out.html: no such folder missing\n'],
    ['folder', 'ddb-plan: --report: cannot write folder: it is a folder\n'],
    ['s.yaml/out.html', 'ddb-plan: --report: cannot write s.yaml/out.html: s.yaml is not a folder\n'],
    ['-', 'ddb-plan: --report: expected a file name, e.g. --report report.html\n'],
    ['s.yaml', 'ddb-plan: --report: s.yaml is the scenario; name another file to write\n'],
  ])('refuses --report %s before running, in one line (exit 2)', async (path, stderr) => {
    const dir = workdir();
    mkdirSync(join(dir, 'folder'));
    expect(await runCli(['simulate', 's.yaml', '--report', path], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr });
    expect(readdirSync(dir).sort()).toEqual(['folder', 's.yaml']);
    expect(readFileSync(join(dir, 's.yaml'), 'utf8')).toBe(SMALL);
  });

  it('checks --metrics-csv the same way, and refuses one file for both', async () => {
    const dir = workdir();
    expect(await runCli(['simulate', 's.yaml', '--metrics-csv', 'no/m.csv'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: --metrics-csv: cannot write no/m.csv: no such folder no\n' });
    expect(await runCli(['simulate', 's.yaml', '--metrics-csv', 'x', '--report', './x'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ddb-plan: --report and --metrics-csv name the same file ./x; name two files\n',
    });
  });

  it('keeps hours of per-second data to a small file: at most 600 points a line', async () => {
    const dir = workdir('version: 1\nduration: 48h\ntable:\n  name: Long\n  capacity: { read: 10, write: 10 }\nworkload:\n  - name: trickle\n    rate: 0.2/s\n    keys: { cardinality: 100 }\n');
    expect((await runCli(['simulate', 's.yaml', '--report', 'out.html', '--no-chart'], { cwd: dir })).code).toBe(0);
    const page = readFileSync(join(dir, 'out.html'), 'utf8');
    const counts = [...page.matchAll(/<polyline [^>]*points="([^"]*)"/g)].map((m) => (m[1] as string).split(' ').length);
    expect(counts).toEqual([600, 600, 600, 2, 576]);
    expect(page).toContain('Each point is the mean of 288 seconds: the run has 172,800 seconds, and a line is drawn with at most 600 points.');
    expect(page.length).toBeLessThan(60_000);
  }, 30_000);
});

describe('the golden report (npm run simulate:golden rewrites it)', () => {
  const dir = 'test/simulate/golden';
  const { cases } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: { args: string[]; golden: string }[] };

  it.each(cases.map((c) => [c.args.join(' '), c] as const))('ddb-plan %s --report FILE', async (_name, c) => {
    const out = join(mkdtempSync(join(tmpdir(), 'ddb-plan-golden-')), c.golden);
    const r = await runCli([...c.args, '--report', out]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const page = readFileSync(out, 'utf8').replaceAll(`ddb-plan ${packageVersion()}`, 'ddb-plan VERSION');
    expect(page).toBe(readFileSync(join(dir, c.golden), 'utf8'));
    expect(wellFormedProblems(page)).toEqual([]);
  }, 30_000);
});
