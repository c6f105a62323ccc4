import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runCliJson } from '../helpers/run-cli.js';
import { WRONG_TYPES_PROBLEMS, wrongTypesProblems } from '../helpers/wrong-types.js';

const GOLDEN = 'test/plan/golden';
const { cases } = JSON.parse(readFileSync(join(GOLDEN, 'cases.json'), 'utf8')) as { cases: { args: string[]; golden: string }[] };
const SPECS = [...new Set(cases.map((c) => c.args.find((a) => a.startsWith('fixtures/')) as string))];

describe('ddb-plan capacity SPEC and hotkeys SPEC: golden outputs (npm run plan:golden rewrites them)', () => {
  it.each(cases.map((c) => [c.args.join(' '), c] as const))('ddb-plan %s', async (_name, c) => {
    const run = await runCli(c.args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(GOLDEN, c.golden), 'utf8'));
  });

  it('covers every bundled spec', () => {
    const bundled = ['minimal', 'url-shortener', 'every-field', 'movies', 'voting', 'game-scores', 'ecommerce', 'iot'].map((n) => `fixtures/specs/${n}.yaml`);
    expect(SPECS.sort()).toEqual(bundled.sort());
  });
});

describe('the README', () => {
  it('shows the plan the quick start prints, as it prints it today', async () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npx ddb-plan capacity fixtures/specs/voting.yaml\n');
    const run = await runCli(['capacity', 'fixtures/specs/voting.yaml']);
    const votes = run.stdout.slice(0, run.stdout.indexOf('\nVotesSharded (')).trimEnd();
    expect(readme).toContain(`$ ddb-plan capacity fixtures/specs/voting.yaml\n${votes}\n`);
  });
});

describe('capacity --json follows the contract', () => {
  const isPerSecond = (v: unknown): boolean => typeof v === 'object' && v !== null && typeof (v as { average: unknown }).average === 'number' && typeof (v as { peak: unknown }).peak === 'number';

  it.each(SPECS)('%s', async (spec) => {
    const doc = await runCliJson(['capacity', spec]);
    expect(doc.schemaVersion).toBe(1);
    const tables = doc.tables as Record<string, unknown>[];
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(typeof t.name).toBe('string');
      expect([isPerSecond(t.rcu), isPerSecond(t.wcu)]).toEqual([true, true]);
      expect(Number.isInteger(t.partitions) && (t.partitions as number) >= 1).toBe(true);
      const cost = t.monthlyCost as Record<string, unknown>;
      expect([typeof cost.provisioned, typeof cost.onDemand]).toEqual(['number', 'number']);
      for (const i of t.indexes as Record<string, unknown>[]) expect([typeof i.name, isPerSecond(i.rcu), isPerSecond(i.wcu)]).toEqual(['string', true, true]);
      for (const p of t.accessPatterns as Record<string, unknown>[]) {
        expect([typeof p.name, typeof p.rcuPerCall, typeof p.wcuPerCall, isPerSecond(p.rcu), isPerSecond(p.wcu)]).toEqual(['string', 'number', 'number', true, true]);
      }
    }
  });

  it('gives exact units, not rounded ones (VotesSharded recentVotes: 5 RCU per call, 25 RCU/s)', async () => {
    const doc = await runCliJson(['capacity', 'fixtures/specs/voting.yaml']);
    const sharded = (doc.tables as Record<string, unknown>[]).find((t) => t.name === 'VotesSharded') as Record<string, unknown>;
    const recent = (sharded.accessPatterns as Record<string, unknown>[]).find((p) => p.name === 'recentVotes');
    expect(recent).toMatchObject({ rcuPerCall: 5, wcuPerCall: 0, rcu: { average: 25, peak: 25 }, requestsPerCall: 10 });
    const iot = await runCliJson(['capacity', 'fixtures/specs/iot.yaml']);
    expect((iot.tables as Record<string, unknown>[])[0]?.wcu).toEqual({ average: 2500 / 3, peak: 5000 / 3 });
  });

  it('plans several specs in one document, each table naming its file', async () => {
    const doc = await runCliJson(['capacity', 'fixtures/specs/voting.yaml', 'fixtures/specs/iot.yaml']);
    expect((doc.tables as Record<string, unknown>[]).map((t) => [t.file, t.name])).toEqual([
      ['fixtures/specs/voting.yaml', 'Votes'],
      ['fixtures/specs/voting.yaml', 'VotesSharded'],
      ['fixtures/specs/iot.yaml', 'SensorReadings'],
    ]);
  });
});

describe('hotkeys --json follows the contract', () => {
  it.each(SPECS)('%s', async (spec) => {
    const doc = await runCliJson(['hotkeys', spec]);
    const findings = doc.findings as Record<string, unknown>[];
    // Every bundled spec names keys with a known popularity, so the loop below checks something.
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(typeof f.table).toBe('string');
      expect(f.index === null || typeof f.index === 'string').toBe(true);
      expect(f.accessPattern === null || typeof f.accessPattern === 'string').toBe(true);
      expect([typeof f.key, typeof f.hottestKeyShare, typeof f.unitsPerSecond, typeof f.recommendedShards]).toEqual(['string', 'number', 'number', 'number']);
      expect([1000, 3000]).toContain(f.partitionLimit);
      expect(['ok', 'warning', 'critical']).toContain(f.risk);
    }
  });

  it('flags the unsharded voting table critical and the sharded one ok', async () => {
    const doc = await runCliJson(['hotkeys', 'fixtures/specs/voting.yaml']);
    const risk = (table: string): unknown[] => (doc.findings as Record<string, unknown>[]).filter((f) => f.table === table && f.accessPattern === 'castVote' && f.index === null).map((f) => [f.risk, f.unitsPerSecond, f.recommendedShards]);
    expect(risk('Votes')).toEqual([['critical', 2500, 5]]);
    expect(risk('VotesSharded')).toEqual([['ok', 250, 10]]);
  });

  it('flags the movie_language design and not the movie_id design', async () => {
    const doc = await runCliJson(['hotkeys', 'fixtures/specs/movies.yaml']);
    const worst = (table: string): string[] => [...new Set((doc.findings as Record<string, unknown>[]).filter((f) => f.table === table).map((f) => f.risk as string))].sort();
    expect(worst('MoviesById')).toEqual(['ok']);
    expect(worst('MoviesByLanguage')).toEqual(['critical', 'ok', 'warning']);
  });
});

describe('the access-pattern table', () => {
  it('gives each place where a pattern’s units land its own row, so that the rows of each capacity add up to its Capacity line', async () => {
    const run = await runCli(['capacity', 'fixtures/specs/game-scores.yaml', '--format', 'markdown']);
    const section = (title: string): string[] => run.stdout.split(`#### ${title}\n`)[1]?.split('\n\n')[0]?.split('\n').slice(2) ?? [];
    // Table WCU: 400 + 20 + 40 (the LSI's, on the table's capacity) = 460; Leaderboard WCU: 400 + 40 = 440; table RCU: 150 + 150 = 300.
    expect(section('Access patterns')).toEqual([
      '| recordMatch | UpdateItem | table | 400 / 1,600 | 1 | 400 / 1,600 | WCU |',
      '|  |  | + Leaderboard (GSI) |  | 1 | 400 / 1,600 | WCU |',
      '| newTopScore | UpdateItem | table | 20 / 80 | 1 | 20 / 80 | WCU |',
      '|  |  | + UserTopScores (LSI) |  | 2 | 40 / 160 | WCU |',
      '|  |  | + Leaderboard (GSI) |  | 2 | 40 / 160 | WCU |',
      '| getScore | GetItem | table | 300 / 700 | 0.5 | 150 / 350 | RCU |',
      '| userBestGames | Query | UserTopScores (LSI) | 50 / 120 | 3 | 150 / 360 | RCU |',
      '| leaderboardTop100 | Query | Leaderboard (GSI) | 200 / 1,000 | 1 | 200 / 1,000 | RCU |',
    ]);
    expect(section('Capacity').map((row) => row.split(' | ').slice(0, 3).join(' | '))).toEqual([
      '| GameScores (table) | 300 / 710 | 460 / 1,840',
      '| ↳ UserTopScores (LSI, in the table\'s) | 150 / 360 | 40 / 160',
      '| Leaderboard (GSI) | 200 / 1,000 | 440 / 1,760',
    ]);
  });
});

describe('the note under the Capacity table', () => {
  const note = async (spec: string): Promise<string | undefined> => {
    const run = await runCli(['capacity', `fixtures/specs/${spec}.yaml`, '--format', 'markdown']);
    return run.stdout.split('\n').find((l) => l.includes(' are RCU / WCU'));
  };

  it.each([
    ['url-shortener', 'provisioned, with capacity in the spec', 'Provision, auto scaling and spec capacity are RCU / WCU. Provisioned for the peak at 70 % utilization; partitions by the published estimate (RCU/3,000 + WCU/1,000, size/10 GB).'],
    ['game-scores', 'provisioned, no capacity in the spec', 'Provision and auto scaling are RCU / WCU. Provisioned for the peak at 70 % utilization; partitions by the published estimate (RCU/3,000 + WCU/1,000, size/10 GB).'],
    ['minimal', 'on-demand', 'Provision and auto scaling are RCU / WCU: what the table would need in provisioned mode (it is on-demand), for the peak at 70 % utilization; partitions by the published estimate (RCU/3,000 + WCU/1,000, size/10 GB).'],
  ])('%s (%s) names the columns it shows', async (spec, _what, expected) => {
    expect(await note(spec)).toBe(expected);
  });
});

describe('--explain, --format markdown', () => {
  it('explains every part of the plan with its assumptions', async () => {
    const run = await runCli(['capacity', 'fixtures/specs/voting.yaml', '--explain']);
    for (const title of ['Assumptions of this plan', 'Votes · castVote: PutItem', 'table Votes: capacity and partitions', 'GSI ByVoter: capacity and partitions', 'Votes: storage', 'Votes: monthly cost, Standard', 'Votes: the cheaper choice', 'Hot key: table Votes · candidate_id · castVote (writes)']) {
      expect(run.stdout).toContain(title);
    }
    expect(run.stdout).toContain('Write shards: ceil(2,500 WCU/s ÷ 500 WCU/s), at least 1 = 5 shards');
    expect(run.stdout).toContain('assumption: units per second at peak add up over the patterns, as if all peaked together');
  });

  it('renders Markdown for a pull request comment, the arithmetic folded away with --explain', async () => {
    const run = await runCli(['capacity', 'fixtures/specs/voting.yaml', '--format', 'markdown', '--explain']);
    expect(run.stdout.startsWith('## Capacity plan: fixtures/specs/voting.yaml\n')).toBe(true);
    expect(run.stdout).toContain('| pattern | operation | on | calls/s | units/call | units/s |  | note |');
    expect(run.stdout).toContain('<details><summary>Worked arithmetic</summary>');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('takes --format json as --json', async () => {
    const a = await runCli(['capacity', 'fixtures/specs/iot.yaml', '--format', 'json']);
    const b = await runCli(['--json', 'capacity', 'fixtures/specs/iot.yaml']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('bad input', () => {
  it('a spec that fails validation: one positioned line per problem, exit 2, nothing on stdout', async () => {
    for (const command of ['capacity', 'hotkeys']) {
      const run = await runCli([command, 'fixtures/specs/voting.yaml', 'fixtures/specs/invalid/wrong-types.yaml']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines[0]).toBe('ddb-plan: fixtures/specs/invalid/wrong-types.yaml:5:14: tables[0].billing: expected one of "provisioned", "on-demand"; got "sometimes"');
      // Each problem at its own value, named by its field.
      expect(wrongTypesProblems(lines)).toEqual(WRONG_TYPES_PROBLEMS);
    }
  });

  it('a missing file, quick flags with a spec, two formats, no spec for hotkeys: exit 2', async () => {
    expect(await runCli(['capacity', 'fixtures/specs/nope.yaml'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^ddb-plan: fixtures\/specs\/nope\.yaml: /) as unknown as string });
    expect(await runCli(['capacity', 'fixtures/specs/iot.yaml', '--reads', '10'])).toMatchObject({ code: 2, stderr: 'ddb-plan: --reads: quick-mode flags do not apply to a spec, which describes its own access patterns\n' });
    expect(await runCli(['--json', 'capacity', 'fixtures/specs/iot.yaml', '--format', 'markdown'])).toMatchObject({ code: 2, stderr: 'ddb-plan: --json and --format markdown ask for two formats; give one\n' });
    expect(await runCli(['hotkeys'])).toMatchObject({ code: 2, stderr: 'ddb-plan: hotkeys needs a spec, e.g. ddb-plan hotkeys orders.yaml\n' });
  });

  it('keeps quick mode working', async () => {
    const doc = await runCliJson(['capacity', '--reads', '16', '--item-size', '12KB']);
    expect(doc.rcu).toBe(24);
    expect((await runCli(['capacity', '--reads', '16', '--item-size', '12KB', '--format', 'json'])).stdout).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });
});
