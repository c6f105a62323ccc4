import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const GOLDEN_02 = readFileSync('fixtures/examples/02-writes-4-5kb/expected-output.txt', 'utf8');

/** Writes a folder of examples from `{ id: example.yaml text }` and returns its path. */
function exampleFolder(examples: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-examples-'));
  for (const [id, text] of Object.entries(examples)) {
    mkdirSync(join(dir, id));
    writeFileSync(join(dir, id, 'example.yaml'), text);
  }
  return dir;
}

const WRONG_ANSWER = `topic: writes
question: |
  Ten writes per second of 2 KB items: how many WCU?
command: ddb-plan capacity --writes 10 --item-size 2KB
answer: 19 WCU
checks:
  wcu: 19
  provisioned.wcu: 20
`;

describe('ddb-plan examples', () => {
  it('lists every example under its topic with the first line of its question', async () => {
    const run = await runCli(['examples', '--list']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('writes');
    // IDs are padded to the longest one, so the questions line up.
    const column = lines[1]?.indexOf('An application') ?? -1;
    expect(lines[1]).toBe(`${'  01-writes-2kb'.padEnd(column)}An application writes 10 items per second to a DynamoDB table in provisioned mode.`);
    expect(lines).toContain('reads');
    expect(lines).toContain(`${'  18-batch-get-rounding'.padEnd(column)}A BatchGetItem call fetches two items, one of 1.5 KB and one of 6.5 KB, with strongly consistent reads.`);
    expect(lines).toContain(`${'  45-item-size-limit-check'.padEnd(column)}A team wants every write to cost 1 WCU, so items must stay within 1 KB.`);
    expect(run.stdout).toMatch(/\n\n4[0-9] examples\. Print one with: ddb-plan examples ID \(or its number\); check them all with: ddb-plan examples\n$/);
  });

  it('prints one example with its question, command, the worked answer computed now, and the verdict', async () => {
    const run = await runCli(['examples', '02-writes-4-5kb']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Example 02-writes-4-5kb (writes)',
        '',
        'Question',
        '  An application writes 6 items per second; each item is 4.5 KB.',
        '  How many WCU does the table need?',
        '',
        'Command',
        '  $ ddb-plan capacity --writes 6 --item-size 4.5KB --explain',
        '',
        'Worked answer (computed now)',
        GOLDEN_02.trimEnd(),
        '',
        'Expected answer: 30 WCU',
        '  ✓ wcu = 30',
        '',
        'Takeaway: Writes round up to the next whole 1 KB: 4.5 KB is charged as 5 KB, so 5 WCU per write.',
        '',
        'Passed: the answer computed now matches the expected answer.',
        '',
      ].join('\n'),
    );
  });

  it('finds an example by its number', async () => {
    const byNumber = await runCli(['examples', '2']);
    const byId = await runCli(['examples', '02-writes-4-5kb']);
    expect(byNumber).toEqual(byId);
    expect((await runCli(['examples', '02'])).stdout).toBe(byId.stdout);
  });

  it('checks every example, one line each, and exits 0 when all pass', async () => {
    const run = await runCli(['examples']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^✓ 01-writes-2kb +20 WCU$/);
    expect(lines).toContainEqual(expect.stringMatching(/^✓ 45-item-size-limit-check +No: it is 1,030 bytes, 6 bytes over 1 KB \(exit code 1\)$/));
    expect(lines.at(-1)).toMatch(/^(4[0-9]) examples: \1 passed, 0 failed\.$/);
  });

  it('gives machine-readable results with --json', async () => {
    const list = await runCliJson(['examples', '--list']);
    expect((list.examples as unknown[]).length).toBeGreaterThanOrEqual(30);
    expect((list.examples as Array<Record<string, unknown>>)[0]).toEqual({
      id: '01-writes-2kb',
      topic: 'writes',
      question: 'An application writes 10 items per second to a DynamoDB table in provisioned mode.\nEach item is 2 KB. How many write capacity units (WCU) must the table provision?',
      command: 'ddb-plan capacity --writes 10 --item-size 2KB --explain',
      answer: '20 WCU',
    });
    const one = await runCliJson(['examples', '18']);
    expect(one).toEqual({
      schemaVersion: 1,
      examples: [
        expect.objectContaining({
          id: '18-batch-get-rounding',
          passed: true,
          exitCode: 0,
          checks: [{ path: 'rcu', expected: 3, actual: 3, passed: true }],
          problems: [],
          output: readFileSync('fixtures/examples/18-batch-get-rounding/expected-output.txt', 'utf8'),
        }),
      ],
      passed: 1,
      failed: 0,
    });
    const all = await runCliJson(['examples']);
    expect(all.failed).toBe(0);
    expect((all.examples as Array<Record<string, unknown>>)[0]).not.toHaveProperty('output');
  });

  it('reports a wrong expected answer as failed, with the value found, and exits 1', async () => {
    const dir = exampleFolder({ '01-wrong': WRONG_ANSWER });
    const one = await runCli(['examples', '--dir', dir, '1']);
    expect(one.code).toBe(1);
    expect(one.stdout).toContain('Expected answer: 19 WCU\n  ✗ wcu is 20, expected 19\n  ✓ provisioned.wcu = 20\n');
    expect(one.stdout).toContain('Failed: the answer computed now differs from the expected answer.\n');
    const all = await runCli(['examples', '--dir', dir]);
    expect(all).toEqual({ code: 1, stderr: '', stdout: '✗ 01-wrong  19 WCU\n    ✗ wcu is 20, expected 19\n\n1 example: 0 passed, 1 failed.\n' });
    const json = await runCli(['--json', 'examples', '--dir', dir]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: 0, failed: 1, examples: [{ id: '01-wrong', passed: false, checks: [{ path: 'wcu', expected: 19, actual: 20, passed: false }, { passed: true }] }] });
  });

  it('reports a command that fails as a failed example, with its error', async () => {
    const dir = exampleFolder({ '01-bad-flag': WRONG_ANSWER.replace('--item-size 2KB', '--item-size 2XB') });
    const run = await runCli(['examples', '--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('    ✗ the command exited 2, expected 0 (ddb-plan: --item-size: invalid size "2XB": unknown unit "XB" (use B, KB, MB, GB or TB))\n');
  });

  it.each([
    [['examples', '99'], 'ddb-plan: no example "99" (ddb-plan examples --list shows them all)\n'],
    [['examples', 'nope'], 'ddb-plan: no example "nope" (ddb-plan examples --list shows them all)\n'],
    [['examples', '--list', '02'], 'ddb-plan: --list lists every example; give either an ID or --list\n'],
  ])('refuses %j with one line and exit 2', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('refuses an invalid example file, pointing at the line and column', async () => {
    const dir = exampleFolder({ '01-broken': WRONG_ANSWER.replace('topic: writes', 'topic: trivia').replace('answer: 19 WCU', 'answr: 19 WCU') });
    const run = await runCli(['examples', '--dir', dir, '--list']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const file = join(dir, '01-broken', 'example.yaml');
    expect(run.stderr.split('\n')).toEqual([
      `ddb-plan: ${file}:1:1: answer is required`,
      `ddb-plan: ${file}:1:8: topic: expected one of "writes", "reads", "transactions", "batch-and-query", "conditional-writes", "indexes", "item-size", "partitions", "cost"; got "trivia"`,
      `ddb-plan: ${file}:5:1: unknown field "answr" (did you mean "answer"?)`,
      '',
    ]);
  });

  it.each([
    ['a shell pipe', 'ddb-plan capacity --writes 10 --item-size 2KB | head', 'the command line has "|", which needs a shell; write one ddb-plan command with plain arguments'],
    ['a recursive examples command', 'ddb-plan examples 01', 'an example cannot run ddb-plan examples'],
  ])('refuses an example command with %s', async (_name, command, message) => {
    const dir = exampleFolder({ '01-x': WRONG_ANSWER.replace('ddb-plan capacity --writes 10 --item-size 2KB', command) });
    const run = await runCli(['examples', '--dir', dir]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `ddb-plan: ${join(dir, '01-x', 'example.yaml')}: /command: ${message}\n` });
  });

  it('refuses a folder that does not exist or holds no examples', async () => {
    expect(await runCli(['examples', '--dir', '/nonexistent/examples'])).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: /nonexistent/examples: no such folder of examples\n' });
    const empty = mkdtempSync(join(tmpdir(), 'ddb-plan-empty-'));
    expect(await runCli(['examples', '--dir', empty])).toEqual({ code: 2, stdout: '', stderr: `ddb-plan: ${empty}: no examples (folders with example.yaml)\n` });
  });
});
