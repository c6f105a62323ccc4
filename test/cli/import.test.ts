import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { importModel } from '../../src/model/importers/import-model.js';
import { parseSpec } from '../../src/model/spec/parse-spec.js';
import { specToInput } from '../../src/model/spec/spec-to-input.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURES = ['fixtures/cloudformation', 'fixtures/serverless', 'fixtures/table-json', 'fixtures/workbench'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => `${dir}/${f}`),
);

describe('ddb-plan import: the round trip of every fixture', () => {
  it('covers the fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(18);
  });

  it.each(FIXTURES)('%s → spec YAML that parses back to an equivalent model', async (file) => {
    const run = await runCli(['import', file]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=schema/spec-v1.schema.json');
    const spec = parseSpec(run.stdout, 'imported.yaml');
    const original = importModel(readFileSync(file, 'utf8'), file).model;
    // Every value, defaults included, is the same after the round trip.
    expect(specToInput(spec, { defaults: 'include' })).toEqual(specToInput(original, { defaults: 'include' }));
    expect(spec.origin).toBe('spec');
  });
});

describe('ddb-plan import: what it writes', () => {
  it('prints the spec with where it came from, how values were read, and an access pattern to fill in', async () => {
    const run = await runCli(['import', 'fixtures/cloudformation/multi-table.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`# yaml-language-server: $schema=schema/spec-v1.schema.json
# Imported by ddb-plan from fixtures/cloudformation/multi-table.yaml (CloudFormation template).
#
# How values were read (line:column in fixtures/cloudformation/multi-table.yaml):
#   29:18 Orders.TableName: !Join [-, [shop, !Ref Environment, orders]] is taken as "shop-dev-orders": parameter Environment = dev (its Default)
#   62:18 Customers.TableName: !Sub shop-\${Environment}-customers is taken as "shop-dev-customers": parameter Environment = dev (its Default)
#   71:28 Customers.ProvisionedThroughput.ReadCapacityUnits: !FindInMap [Capacity, !Ref Environment, CustomersRead] is taken as 5: parameter Environment = dev (its Default); mapping Capacity.dev.CustomersRead
#   72:29 Customers.ProvisionedThroughput.WriteCapacityUnits: !FindInMap [Capacity, !Ref Environment, CustomersWrite] is taken as 5: parameter Environment = dev (its Default); mapping Capacity.dev.CustomersWrite
#
# Access patterns cannot be imported: a table definition does not say which requests the
# application makes. Add them under each table for \`ddb-plan capacity\` and \`ddb-plan hotkeys\`,
# for example for shop-dev-orders:
#   accessPatterns:
#     - name: getOne
#       operation: GetItem
#       rate: 100/s
#       keys:
#         customerId: { cardinality: 1000000 }
#
version: 1
tables:
  - name: shop-dev-orders
    billing: on-demand
    partitionKey: customerId
    sortKey: orderId
    attributes: { customerId: S, orderId: S, orderDate: S, status: S }
    stream: NEW_AND_OLD_IMAGES
    pointInTimeRecovery: true
    deletionProtection: true
    indexes:
      - name: ByDate
        type: local
        partitionKey: customerId
        sortKey: orderDate
        projection: all
      - name: ByStatus
        type: local
        partitionKey: customerId
        sortKey: status
        projection: keys-only
  - name: shop-dev-customers
    billing: provisioned
    capacity: { read: 5, write: 5 }
    partitionKey: tenantId
    sortKey: customerId
    attributes: { tenantId: S, customerId: S, email: S }
    stream: NEW_IMAGE
    pointInTimeRecovery: true
    deletionProtection: true
    indexes:
      - name: ByEmail
        type: local
        partitionKey: tenantId
        sortKey: email
        projection: include
        include: [ name, plan ]
`);
  });

  it('writes every assumed value with --with-defaults, and another schema reference with --schema', async () => {
    const run = await runCli(['import', 'fixtures/table-json/create-table.json', '--with-defaults', '--schema', 'https://example.com/spec-v1.schema.json']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=https://example.com/spec-v1.schema.json');
    expect(run.stdout).toContain('    pointInTimeRecovery: false\n');
    expect(run.stdout).toContain('      artist: { type: S, bytes: 36 }\n');
  });

  it('reads standard input with -', async () => {
    const run = await runCli(['import', '-'], { stdin: readFileSync('fixtures/table-json/describe-table.json') });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Imported by ddb-plan from <stdin> (describe-table output).\n');
    expect(run.stdout).toContain('    itemBytes: 427\n    itemCount: 12582912\n');
  });

  it('prints a JSON document with --json: the format, the notes with positions, and the spec', async () => {
    const run = await runCli(['--json', 'import', 'fixtures/cloudformation/sam-app.yaml']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      schemaVersion: 1,
      file: 'fixtures/cloudformation/sam-app.yaml',
      format: 'cloudformation',
      notes: [
        { message: 'LinksTable.TableName: !Sub links-${Stage} is taken as "links-dev": parameter Stage = dev (its Default)', line: 21, column: 18, path: '/Resources/LinksTable/Properties/TableName' },
        { message: 'ClicksTable: no TableName: CloudFormation names the table when it creates it; the spec names it ClicksTable, after its logical ID', line: 34, column: 5, path: '/Resources/ClicksTable' },
      ],
      spec: {
        version: 1,
        tables: [
          { name: 'links-dev', billing: 'on-demand', partitionKey: 'code', attributes: { code: 'S' }, pointInTimeRecovery: true },
          { name: 'ClicksTable', billing: 'on-demand', partitionKey: 'id', attributes: { id: 'S' } },
        ],
      },
    });
  });
});

describe('ddb-plan import --output', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ddb-plan-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the spec to the file, the schema path relative to it, and says what it wrote', async () => {
    const target = join(dir, 'shop.yaml');
    const run = await runCli(['import', 'fixtures/cloudformation/multi-table.yaml', '--output', target]);
    expect([run.code, run.stderr, run.stdout]).toEqual([0, '', `wrote ${target}: 2 tables, 3 indexes from a CloudFormation template\n`]);
    const text = readFileSync(target, 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${relative(dir, join(process.cwd(), 'schema', 'spec-v1.schema.json')).split('\\').join('/')}`);
    expect(parseSpec(text, target).tables.map((t) => t.name)).toEqual(['shop-dev-orders', 'shop-dev-customers']);
    expect(readdirSync(dir)).toEqual(['shop.yaml']);
  });

  it('refuses a directory that does not exist, writing nothing', async () => {
    const out = join(dir, 'specs', 'shop.yaml');
    const run = await runCli(['import', 'fixtures/cloudformation/multi-table.yaml', '--output', out]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr.startsWith(`ddb-plan: ${out}: cannot write: ENOENT: no such file or directory, open `)).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves an existing file untouched when the input is unusable', async () => {
    const target = join(dir, 'spec.yaml');
    writeFileSync(target, 'keep me\n');
    const run = await runCli(['import', 'fixtures/specs/../cloudformation/missing.yaml', '--output', target]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'ddb-plan: fixtures/specs/../cloudformation/missing.yaml: no such file\n']);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(readdirSync(dir)).toEqual(['spec.yaml']);
  });
});

describe('ddb-plan import: unusable input, exit 2, one positioned line per problem', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ddb-plan-import-bad-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (name: string, text: string): Promise<{ code: number; stdout: string; stderr: string }> => {
    writeFileSync(join(dir, name), text);
    return runCli(['import', name], { cwd: dir });
  };

  it('a template with no DynamoDB resources', async () => {
    expect(await run('bucket.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ddb-plan: bucket.yaml:2:1: no DynamoDB tables in this template: expected a resource of type AWS::DynamoDB::Table, AWS::DynamoDB::GlobalTable or AWS::Serverless::SimpleTable\n',
    });
  });

  it('a JSON file that is none of the formats', async () => {
    const r = await run('package.json', '{\n  "name": "app",\n  "version": "1.0.0"\n}\n');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'ddb-plan: package.json:1:1: unrecognised format: expected a ddb-plan spec (`version: 1` and `tables`), a CloudFormation or SAM template (`Resources`), a Serverless Framework service (`service` and `provider: { name: aws }`), `aws dynamodb create-table --cli-input-json` input (`TableName` and `KeySchema`), `describe-table` output (`{ "Table": … }`) or a NoSQL Workbench model (`ModelName` and `DataModel`)\n',
    );
  });

  it('an unsupported multi-attribute key', async () => {
    const text = 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - { AttributeName: pk, KeyType: HASH }\n      GlobalSecondaryIndexes:\n        - IndexName: G\n          KeySchema:\n            - { AttributeName: a, KeyType: HASH }\n            - { AttributeName: b, KeyType: RANGE }\n            - { AttributeName: c, KeyType: RANGE }\n          Projection: { ProjectionType: ALL }\n';
    expect(await run('multi.yaml', text)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ddb-plan: multi.yaml:12:44: T.GlobalSecondaryIndexes[0].KeySchema[2].KeyType: a second RANGE attribute: multi-attribute index keys are not supported by ddb-plan yet; give the index one HASH and at most one RANGE attribute\n',
    });
  });

  it('malformed short-form tags, every one reported', async () => {
    const text = 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: !Reff Name\n      BillingMode: !Iff [A, B, C]\n';
    expect(await run('tags.yaml', text)).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: tags.yaml:5:18: unknown YAML tag !Reff\nddb-plan: tags.yaml:6:20: unknown YAML tag !Iff\n' });
    const wrongArity = 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n      BillingMode: !If [IsProd]\n';
    expect(await run('arity.yaml', wrongArity)).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: arity.yaml:6:24: T.BillingMode.Fn::If: Fn::If takes [condition name, value if true, value if false]\n' });
  });

  it('no stack trace, also for a directory', async () => {
    const r = await runCli(['import', 'fixtures']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'ddb-plan: fixtures: is a directory, expected a file\n']);
  });
});
