import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const CLEAN = 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    pointInTimeRecovery: true\n    deletionProtection: true\n';
const WARNS = 'version: 1\ntables:\n  - name: Orders\n    partitionKey: { name: id, type: S }\n    pointInTimeRecovery: true\n    deletionProtection: true\n    accessPatterns: [ { name: get, operation: GetItem, rate: 2/s, peak: 1/s } ]\n';

/** Writes files into a new temporary folder and returns its path. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-lint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('ddb-plan lint exit codes', () => {
  it.each([
    ['a clean spec', ['clean.yaml'], 0],
    ['info findings only', ['fixtures/lint/I9001/invalid.yaml'], 0],
    ['an error', ['fixtures/lint/E1001/invalid.yaml'], 1],
    ['a warning without --max-warnings', ['warns.yaml'], 0],
    ['one warning with --max-warnings 1', ['warns.yaml', '--max-warnings', '1'], 0],
    ['one warning with --max-warnings 0', ['warns.yaml', '--max-warnings', '0'], 1],
    ['an error turned off', ['fixtures/lint/E1013/invalid.yaml', '--rule', 'E1013=off'], 0],
    ['a warning raised to an error', ['warns.yaml', '--rule', 'W1016=error'], 1],
    ['an error lowered to a warning', ['fixtures/lint/E1013/invalid.yaml', '--rule', 'e1013=warn'], 0],
    ['a missing file', ['nope.yaml'], 2],
    ['an unknown rule in --rule', ['clean.yaml', '--rule', 'E4242=off'], 2],
    ['a bad --rule value', ['clean.yaml', '--rule', 'E1001=loud'], 2],
    ['a bad --max-warnings', ['clean.yaml', '--max-warnings', 'many'], 2],
    ['no file', [], 2],
    ['two formats', ['clean.yaml', '--json', '--format', 'github'], 2],
    ['an unknown format', ['clean.yaml', '--format', 'xml'], 2],
  ])('%s', async (_name, args, code) => {
    const dir = folder({ 'clean.yaml': CLEAN, 'warns.yaml': WARNS });
    const run = await runCli(['lint', ...args], { cwd: args.some((a) => a.startsWith('fixtures/')) ? process.cwd() : dir });
    expect({ code: run.code, stderr: code === 2 ? expect.stringMatching(/^ddb-plan: /) : '' }).toEqual({ code, stderr: run.stderr });
  });

  it('says why a usage problem stops the run', async () => {
    expect((await runCli(['lint', 'x.yaml', '--rule', 'E4242=off'])).stderr).toBe('ddb-plan: --rule E4242=off: ddb-plan has no rule E4242 (docs/rules/README.md lists them)\n');
    expect((await runCli(['lint', 'x.yaml', '--rule', 'E1001'])).stderr).toBe('ddb-plan: --rule E1001: expected ID=off|info|warn|error, e.g. --rule W3006=off\n');
    expect((await runCli(['lint', '--max-warnings', '-1', 'x.yaml'])).stderr).toMatch(/^ddb-plan: --max-warnings: invalid count "-1"/);
    expect((await runCli(['lint'])).stderr).toBe('ddb-plan: lint needs files or directories to check, e.g. ddb-plan lint orders.yaml\n');
  });

  it('prints the stylish summary, and the warning limit it broke', async () => {
    const dir = folder({ 'warns.yaml': WARNS });
    const run = await runCli(['lint', 'warns.yaml', '--max-warnings', '0'], { cwd: dir });
    expect(run.stdout.split('\n').slice(-3)).toEqual(['✖ 1 problem (0 errors, 1 warning, 0 info) in 1 of 1 file', '✖ more than 0 warnings (--max-warnings 0)', '']);
  });
});

describe('ddb-plan lint configuration', () => {
  it('applies the spec\'s lint: section, and --rule over it', async () => {
    const spec = `${WARNS}lint:\n  rules:\n    W1016: error\n`;
    const dir = folder({ 'spec.yaml': spec });
    const run = await runCli(['lint', 'spec.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).files[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual(['W1016 error']);
    const over = await runCli(['lint', 'spec.yaml', '--format', 'json', '--rule', 'W1016=info'], { cwd: dir });
    expect(over.code).toBe(0);
    expect(JSON.parse(over.stdout).files[0].findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`)).toEqual(['W1016 info']);
  });

  // The peak of 1/s below the rate of 2/s is W1016's finding, at the peak's value.
  it.each([
    ['on the line', '    accessPatterns: [ { name: get, operation: GetItem, rate: 2/s, peak: 1/s } ]  # ddb-plan-ignore W1016\n', [], 1],
    ['on the line above', '    # ddb-plan-ignore W1016 -- a deliberate test value\n    accessPatterns: [ { name: get, operation: GetItem, rate: 2/s, peak: 1/s } ]\n', [], 1],
    ['for every rule', '    # ddb-plan-ignore\n    accessPatterns: [ { name: get, operation: GetItem, rate: 2/s, peak: 1/s } ]\n', [], 1],
    ['for another rule', '    accessPatterns: [ { name: get, operation: GetItem, rate: 2/s, peak: 1/s } ]  # ddb-plan-ignore E1001\n', ['W1016 7:73'], 0],
    ['two lines above', '    # ddb-plan-ignore W1016\n\n    accessPatterns: [ { name: get, operation: GetItem, rate: 2/s, peak: 1/s } ]\n', ['W1016 9:73'], 0],
  ])('honours an ignore comment %s', async (_name, patterns, findings, ignored) => {
    const spec = WARNS.replace(/ {4}accessPatterns.*\n/, patterns);
    const dir = folder({ 'spec.yaml': spec });
    const run = await runCli(['lint', 'spec.yaml', '--format', 'json'], { cwd: dir });
    const file = JSON.parse(run.stdout).files[0];
    expect({ findings: file.findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`), ignored: file.suppressedCount }).toEqual({ findings, ignored });
  });

  it('honours ignore comments in a YAML CloudFormation template, per line and per file', async () => {
    const template = readFileSync('fixtures/lint/templates/checkout-stack.yaml', 'utf8')
      .replace('      StreamSpecification: {}', '      StreamSpecification: {}  # ddb-plan-ignore E1013 -- set by a later stack update')
      .replace('Parameters:', '# ddb-plan-ignore-file I9001, I9002\nParameters:');
    const dir = folder({ 'stack.yaml': template });
    const run = await runCli(['lint', 'stack.yaml', '--format', 'json'], { cwd: dir });
    const file = JSON.parse(run.stdout).files[0];
    expect(file.findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['E1002 29:11', 'E1010 35:11', 'E1010 35:11']);
    expect(file.suppressedCount).toBe(5);
  });

  it('says in the stylish summary how many findings comments ignored', async () => {
    const dir = folder({ 'spec.yaml': `# ddb-plan-ignore-file W1016\n${WARNS}` });
    expect((await runCli(['lint', 'spec.yaml'], { cwd: dir })).stdout).toBe('✔ no problems in 1 file; 1 finding ignored by comments\n');
  });

  it('runs the change-safety rules only with --baseline, matching tables by name', async () => {
    const args = ['lint', 'fixtures/lint/E2001/invalid.yaml', '--format', 'json', '--rule', 'I9001=off', '--rule', 'I9002=off'];
    const without = await runCli(args);
    expect({ code: without.code, findings: JSON.parse(without.stdout).files[0].findings }).toEqual({ code: 0, findings: [] });
    const withBaseline = await runCli([...args, '--baseline', 'fixtures/lint/E2001/baseline.yaml']);
    expect(withBaseline.code).toBe(1);
    expect(JSON.parse(withBaseline.stdout).files[0].findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['E2001 5:19', 'E2001 6:14']);
  });

  it('stops at an unusable baseline', async () => {
    const run = await runCli(['lint', 'fixtures/lint/E2001/invalid.yaml', '--baseline', 'fixtures/specs/invalid/tab-indent.yaml']);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: fixtures/specs/invalid/tab-indent.yaml:5:1: tab characters cannot indent YAML; use spaces\n' });
  });

  it('lints standard input as <stdin>', async () => {
    const run = await runCli(['lint', '-', '--format', 'json'], { stdin: WARNS });
    expect(JSON.parse(run.stdout).files.map((f: { file: string; format: string }) => `${f.file} ${f.format}`)).toEqual(['<stdin> spec']);
  });
});

describe('ddb-plan lint on directories and several files', () => {
  it('lints the specs and templates below a directory and skips other YAML and JSON (scenarios, ddb-plan output, package.json)', async () => {
    const dir = folder({
      'infra/orders.yaml': CLEAN,
      'infra/stack.template': 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema: [ { AttributeName: id, KeyType: HASH } ]\n      AttributeDefinitions: [ { AttributeName: id, AttributeType: S } ]\n      BillingMode: PAY_PER_REQUEST\n',
      'infra/lambda-only.yaml': 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n',
      'infra/package.json': '{ "name": "x" }',
      '.github/workflows/ci.yml': 'on: push\n',
      'infra/node_modules/dep/spec.yaml': CLEAN,
      'infra/notes.txt': 'tables:',
      'sim/scenario.yaml': 'version: 1\nduration: 1m\ntable: { billing: on-demand }\nworkload: []\n',
      'out/plan.json': '{ "schemaVersion": 1, "tables": [] }',
      'out/describe.json': '{ "Table": { "TableStatus": "ACTIVE" } }',
    });
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files.map((f: { file: string; format: string }) => `${f.file} ${f.format}`)).toEqual(['infra/orders.yaml spec', 'infra/stack.template cloudformation']);
  });

  it('reports a file found in a directory that means to be a design but does not parse', async () => {
    const dir = folder({ 'a.yaml': CLEAN, 'b.yaml': 'version: 1\ntables:\n\t- name: Broken\n' });
    const run = await runCli(['lint', '.'], { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: 'ddb-plan: b.yaml:3:1: tab characters cannot indent YAML; use spaces\n' });
    expect(run.stdout).toBe('✔ no problems in 1 file\n✖ 1 file could not be linted (the problems are on stderr)\n');
  });

  it('refuses a directory without designs', async () => {
    const dir = folder({ 'package.json': '{}' });
    const run = await runCli(['lint', '.'], { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: 'ddb-plan: no spec or template found in . (ddb-plan lint reads .yaml, .yml, .json and .template files)\n' });
  });

  it('lints every usable file when one is unusable, and exits 2', async () => {
    const run = await runCli(['lint', 'fixtures/lint/E1013/invalid.yaml', 'fixtures/specs/invalid/duplicate-key.yaml', 'fixtures/lint/E1012/invalid.yaml', '--format', 'json', '--rule', 'I9001=off', '--rule', 'I9002=off']);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(doc.files.map((f: { file: string; findings: Array<{ ruleId: string }> }) => `${f.file}: ${f.findings.map((x) => x.ruleId).join(', ')}`)).toEqual([
      'fixtures/lint/E1013/invalid.yaml: E1013',
      'fixtures/lint/E1012/invalid.yaml: E1012',
    ]);
    expect(doc.inputErrors).toEqual([{ file: 'fixtures/specs/invalid/duplicate-key.yaml', line: 7, column: 5, message: 'duplicate key: map keys must be unique' }]);
    expect(run.stderr).toBe('ddb-plan: fixtures/specs/invalid/duplicate-key.yaml:7:5: duplicate key: map keys must be unique\n');
  });
});
