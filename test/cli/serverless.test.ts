import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const BAD_LSI = 'fixtures/serverless/bad-lsi-without-sort-key.yml';

describe('ddb-plan import of a Serverless Framework service', () => {
  it('writes the spec, saying how the variables were read', async () => {
    const run = await runCli(['import', BAD_LSI]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(`# yaml-language-server: $schema=schema/spec-v1.schema.json
# Imported by ddb-plan from ${BAD_LSI} (Serverless Framework service).
#
# How values were read (line:column in ${BAD_LSI}):
#   17:20 DevicesTable.TableName: \${self:custom.devicesTable} is taken as "devices-dev": self:service = devices; opt:stage = dev (its default); sls:stage = dev (provider.stage); self:custom.devicesTable = devices-dev
#
# Access patterns cannot be imported: a table definition does not say which requests the
# application makes. Add them under each table for \`ddb-plan capacity\` and \`ddb-plan hotkeys\`,
# for example for devices-dev:
#   accessPatterns:
#     - name: getOne
#       operation: GetItem
#       rate: 100/s
#       keys:
#         deviceId: { cardinality: 1000000 }
#
version: 1
tables:
  - name: devices-dev
    billing: on-demand
    partitionKey: deviceId
    attributes: { deviceId: S, lastSeen: N }
    pointInTimeRecovery: true
    deletionProtection: true
    indexes:
      - name: ByLastSeen
        type: local
        partitionKey: deviceId
        sortKey: lastSeen
        projection: all
`);
  });

  it('gives the format and the notes with --json', async () => {
    const run = await runCli(['--json', 'import', 'fixtures/serverless/resources-list.yml']);
    const doc = JSON.parse(run.stdout) as { format: string; notes: Array<{ line: number; column: number; path: string }>; spec: { tables: Array<{ name: string }> } };
    expect([doc.format, doc.spec.tables.map((t) => t.name)]).toEqual(['serverless', ['orders-staging', 'AuditTable']]);
    expect(doc.notes[0]).toMatchObject({ line: 14, column: 5, path: '/resources/0' });
  });
});

describe('ddb-plan lint of a Serverless Framework service', () => {
  it('reports the design problem at its line and column in the service file, exit 1', async () => {
    const run = await runCli(['lint', '--format', 'github', BAD_LSI]);
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout.split('\n')[0]).toBe(
      `::error file=${BAD_LSI},line=28,col=13,endColumn=34,title=E1006::local index "ByLastSeen" of table "devices-dev" needs a table with a composite primary key, but table "devices-dev" has no sort key`,
    );
  });

  it('reports lint findings in JSON with the format serverless', async () => {
    const run = await runCli(['lint', '--format', 'json', BAD_LSI]);
    const doc = JSON.parse(run.stdout) as { files: Array<{ format: string; findings: Array<{ ruleId: string; line: number; column: number; path: string }> }> };
    expect(doc.files[0]?.format).toBe('serverless');
    expect(doc.files[0]?.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.path}`)).toEqual(['E1006 28:13 /resources/Resources/DevicesTable/Properties/LocalSecondaryIndexes/0']);
  });

  it.each([
    ['a realistic service', 'fixtures/serverless/users-service.yml', 0],
    ['a list of fragments, one in another file', 'fixtures/serverless/resources-list.yml', 0],
    ['serverless.json', 'fixtures/serverless/inventory-service.json', 0],
    ['a local index without a sort key', BAD_LSI, 1],
  ])('%s (%s)', async (_name, file, code) => {
    const run = await runCli(['lint', file]);
    expect([run.code, run.stderr]).toEqual([code, '']);
  });

  describe('services in a folder', () => {
    let dir: string;
    const write = (name: string, text: string): void => {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    };
    const TABLE = 'resources:\n  Resources:\n    T:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        TableName: ${self:service}-${sls:stage}\n';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'ddb-plan-serverless-'));
      // A key attribute without a definition: E1002 applies to services as to templates.
      write('api/serverless.yml', `service: api\nprovider:\n  name: aws\n${TABLE}        BillingMode: PAY_PER_REQUEST\n        KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n`);
      write('worker/serverless.yml', 'service: worker\nprovider:\n  name: aws\nfunctions:\n  f: { handler: h.handler }\n');
      write('five/serverless.yml', 'service: five\nprovider:\n  name: aws\nresources: 5\n');
      write('bare/serverless.yml', `service: bare\nprovider:\n  name: aws\nresources:\n  Resources:\n    T:\n      Type: AWS::DynamoDB::Table\n`);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lints the services with tables, skips the others, finds the missing definition, and reports the unusable one', async () => {
      const run = await runCli(['lint', '.', '--format', 'json'], { cwd: dir });
      const doc = JSON.parse(run.stdout) as { files: Array<{ file: string; format: string; findings: Array<{ ruleId: string; line: number; column: number }> }> };
      expect(doc.files.map((f) => [f.file, f.format, f.findings.map((x) => `${x.ruleId}@${x.line}:${x.column}`)])).toEqual([
        [join('api', 'serverless.yml'), 'serverless', ['I9001@6:5', 'I9002@6:5', 'E1002@11:38']],
      ]);
      expect([run.code, run.stderr]).toEqual([2, `ddb-plan: ${join('bare', 'serverless.yml')}:7:7: T: KeySchema is required\n`]);
    });

    it.each([
      ['resources: 5', 'five/serverless.yml', 'ddb-plan: five/serverless.yml:4:12: resources: expected a mapping with Resources, or a list of them, got 5\n'],
      ['a table without Properties', 'bare/serverless.yml', 'ddb-plan: bare/serverless.yml:7:7: T: KeySchema is required\n'],
      [
        'a service without tables',
        'worker/serverless.yml',
        'ddb-plan: worker/serverless.yml:1:1: no DynamoDB tables in this service: expected a resource of type AWS::DynamoDB::Table or AWS::DynamoDB::GlobalTable under resources.Resources\n',
      ],
    ])('%s: one positioned line, exit 2', async (_name, file, stderr) => {
      for (const command of ['lint', 'import']) {
        const run = await runCli([command, file], { cwd: dir });
        expect([run.code, run.stderr]).toEqual([2, stderr]);
      }
    });
  });
});
