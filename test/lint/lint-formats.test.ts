import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { escapeData, escapeProperty } from '../../src/cli/format/lint-github.js';
import { artifactUri } from '../../src/cli/format/lint-sarif.js';
import { RULES } from '../../src/lint/registry.js';
import { runCli } from '../helpers/run-cli.js';

// The official SARIF 2.1.0 schema (draft-04), as @microsoft/jest-sarif ships it, checked with ajv
// 8 and its draft-04 dialect: offline, and the same ajv the other schema tests use.
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// unicodeRegExp: false, because one pattern of the official schema (artifact language) is not a
// valid regular expression in Unicode mode.
// Both are CommonJS modules whose export is also their own `default`.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
// The formats (uri, uri-reference, date-time) are checked too, as a strict consumer would.
ajvFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

function sarifErrors(text: string): string[] {
  return validateSarif(JSON.parse(text)) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('--format json', () => {
  it('follows the JSON contract: files with format and findings, then the counts', async () => {
    const run = await runCli(['lint', 'fixtures/lint/E1013/invalid.yaml', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      schemaVersion: 1,
      files: [
        {
          file: 'fixtures/lint/E1013/invalid.yaml',
          format: 'spec',
          findings: [
            { ruleId: 'I9001', severity: 'info', message: 'point-in-time recovery of table "Orders" is off; turn it on to restore the table to any second of the last 35 days', line: 4, column: 5, path: '/tables/0/pointInTimeRecovery', endLine: 4, endColumn: 17, messageId: 'off' },
            { ruleId: 'I9002', severity: 'info', message: 'deletion protection of table "Orders" is off; turn it on so that the table cannot be deleted by mistake', line: 4, column: 5, path: '/tables/0/deletionProtection', endLine: 4, endColumn: 17, messageId: 'off' },
            { ruleId: 'E1013', severity: 'error', message: 'the stream of table "Orders" has no view type; give one of KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES', line: 6, column: 13, path: '/tables/0/stream', endLine: 6, endColumn: 34, messageId: 'missing' },
          ],
          suppressedCount: 0,
        },
      ],
      errorCount: 1,
      warningCount: 0,
      infoCount: 2,
      inputErrors: [],
    });
  });

  it('is what --json gives', async () => {
    const a = await runCli(['--json', 'lint', 'fixtures/lint/E1013/invalid.yaml']);
    const b = await runCli(['lint', 'fixtures/lint/E1013/invalid.yaml', '--format', 'json']);
    expect(a).toEqual(b);
  });
});

describe('--format github', () => {
  it('writes one workflow command per finding, notices for info, and a summary', async () => {
    const run = await runCli(['lint', 'fixtures/lint/E1010/invalid.yaml', 'fixtures/lint/W1016/invalid.yaml', '--format', 'github', '--rule', 'I9002=off']);
    expect(run.stdout.split('\n')).toEqual([
      '::notice file=fixtures/lint/E1010/invalid.yaml,line=4,col=5,endColumn=17,title=I9001::point-in-time recovery of table "Orders" is off; turn it on to restore the table to any second of the last 35 days',
      '::error file=fixtures/lint/E1010/invalid.yaml,line=6,col=15,endColumn=28,title=E1010::provisioned table "Orders" has no write capacity; it needs at least 1 write capacity unit (or auto scaling)',
      '::error file=fixtures/lint/E1010/invalid.yaml,line=11,col=27,endColumn=28,title=E1010::read capacity of global index "ByStatus" of table "Orders" is 0; provisioned capacity is at least 1 unit',
      '::error file=fixtures/lint/E1010/invalid.yaml,line=12,col=9,endColumn=25,title=E1010::provisioned global index "ByCustomer" of table "Orders" has no read capacity; it needs at least 1 read capacity unit (or auto scaling)',
      '::error file=fixtures/lint/E1010/invalid.yaml,line=12,col=9,endColumn=25,title=E1010::provisioned global index "ByCustomer" of table "Orders" has no write capacity; it needs at least 1 write capacity unit (or auto scaling)',
      '::notice file=fixtures/lint/E1010/invalid.yaml,line=14,col=5,endColumn=16,title=I9001::point-in-time recovery of table "Carts" is off; turn it on to restore the table to any second of the last 35 days',
      '::error file=fixtures/lint/E1010/invalid.yaml,line=16,col=5,endColumn=13,title=E1010::table "Carts" is billed on demand but gives provisioned capacity; remove it, or bill the table as provisioned',
      '::error file=fixtures/lint/E1010/invalid.yaml,line=21,col=9,endColumn=20,title=E1010::global index "ByUser" of table "Carts" is billed on demand but has auto scaling; auto scaling applies to provisioned capacity only',
      '::notice file=fixtures/lint/W1016/invalid.yaml,line=4,col=5,endColumn=17,title=I9001::point-in-time recovery of table "Orders" is off; turn it on to restore the table to any second of the last 35 days',
      '::warning file=fixtures/lint/W1016/invalid.yaml,line=10,col=15,endColumn=22,title=W1016::peak of access pattern "getOrder" in table "Orders" is 10/s, below its average rate of 200/s; check the units',
      'ddb-plan lint: 10 problems (6 errors, 1 warning, 3 info) in 2 files',
      '',
    ]);
  });

  it('escapes what would end a property or a command', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
  });

  it('annotates files whose names need escaping, and the problems of unusable files', async () => {
    const run = await runCli(['lint', '-', 'fixtures/specs/invalid/unclosed-quote.yaml', '--format', 'github', '--rule', 'I9001=off', '--rule', 'I9002=off'], {
      stdin: 'version: 1\ntables:\n  - name: "a,b:c"\n    partitionKey: { name: id, type: S }\n',
    });
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      '::error file=<stdin>,line=3,col=11,endColumn=18,title=E1003::table name "a%2Cb%3Ac" contains ",", ":"; only A-Z, a-z, 0-9, "_", "-" and "." are allowed'.replace('"a%2Cb%3Ac"', '"a,b:c"'),
      '::error file=fixtures/specs/invalid/unclosed-quote.yaml,line=6,col=1,title=ddb-plan::invalid YAML: missing closing "quote',
    ]);
  });
});

describe('--format sarif', () => {
  it.each([
    ['findings in a spec and templates', ['fixtures/lint/templates/election.yaml', 'fixtures/lint/templates/checkout-stack.yaml', 'fixtures/lint/templates/events-stack.json']],
    ['no findings', ['fixtures/cloudformation/multi-table.yaml']],
    ['an unusable file beside a usable one', ['fixtures/lint/E1001/invalid.yaml', 'fixtures/specs/invalid/wrong-types.yaml']],
  ])('is valid SARIF 2.1.0 with %s', async (_name, files) => {
    const run = await runCli(['lint', ...files, '--format', 'sarif']);
    expect(sarifErrors(run.stdout)).toEqual([]);
  });

  it('lists every rule with its help URI and places each result at its file, line and column', async () => {
    const run = await runCli(['lint', 'fixtures/lint/templates/events-stack.json', '--format', 'sarif']);
    const log = JSON.parse(run.stdout);
    const sarifRun = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const e1006 = sarifRun.tool.driver.rules.find((r: { id: string }) => r.id === 'E1006');
    expect(e1006).toMatchObject({ name: 'LocalIndexKeys', helpUri: 'https://github.com/ddb-plan/ddb-plan/blob/main/docs/rules/E1006.md', defaultConfiguration: { level: 'error' }, shortDescription: { text: 'Local index keys' } });
    expect(sarifRun.results.map((r: { ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: object } }> }) => ({
      ruleId: r.ruleId,
      rule: sarifRun.tool.driver.rules[r.ruleIndex].id,
      level: r.level,
      uri: r.locations[0]?.physicalLocation.artifactLocation.uri,
      region: r.locations[0]?.physicalLocation.region,
    }))).toEqual([
      { ruleId: 'E1009', rule: 'E1009', level: 'error', uri: 'fixtures/lint/templates/events-stack.json', region: { startLine: 27, startColumn: 90, endLine: 27, endColumn: 99 } },
      { ruleId: 'E1006', rule: 'E1006', level: 'error', uri: 'fixtures/lint/templates/events-stack.json', region: { startLine: 32, startColumn: 34, endLine: 32, endColumn: 42 } },
      { ruleId: 'E1006', rule: 'E1006', level: 'error', uri: 'fixtures/lint/templates/events-stack.json', region: { startLine: 33, startColumn: 34, endLine: 33, endColumn: 38 } },
    ]);
    expect(sarifRun.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('reports unusable files as tool execution notifications', async () => {
    const run = await runCli(['lint', 'fixtures/specs/invalid/duplicate-key.yaml', '--format', 'sarif']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          { level: 'error', message: { text: 'duplicate key: map keys must be unique' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/specs/invalid/duplicate-key.yaml' }, region: { startLine: 7, startColumn: 5 } } }] },
        ],
      },
    ]);
  });

  it.each([
    ['infra/orders.yaml', 'infra/orders.yaml'],
    ['./infra/my orders.yaml', 'infra/my%20orders.yaml'],
    ['infra\\win.yaml', 'infra/win.yaml'],
    ['/abs/path/a#b.yaml', 'file:///abs/path/a%23b.yaml'],
    ['C:\\work\\t.yaml', 'file:///C:/work/t.yaml'],
    ['<stdin>', '%3Cstdin%3E'],
  ])('turns %s into the artifact URI %s', (file, uri) => {
    expect(artifactUri(file)).toBe(uri);
  });
});

describe('--format stylish', () => {
  it('shows the offending line with a caret under the node', async () => {
    const run = await runCli(['lint', 'fixtures/lint/E1012/invalid.yaml', '--rule', 'I9001=off', '--rule', 'I9002=off']);
    expect(run.stdout).toBe(
      [
        'fixtures/lint/E1012/invalid.yaml:9:10  error    E1012  time to live of table "Sessions" uses attribute "expires_at", declared as S on line 8; TTL only acts on a Number of epoch seconds, so no item would expire',
        '    9 |     ttl: expires_at',
        '      |          ^^^^^^^^^^',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file',
        '',
      ].join('\n'),
    );
  });

  it('colours severities only for a terminal', async () => {
    const args = ['lint', 'fixtures/lint/E1012/invalid.yaml'];
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[/;
    expect((await runCli(args, { isTTY: true })).stdout).toMatch(ansi);
    expect((await runCli(args, { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runCli(['--no-color', ...args], { isTTY: true })).stdout).not.toMatch(ansi);
    expect((await runCli(args)).stdout).not.toMatch(ansi);
  });
});
