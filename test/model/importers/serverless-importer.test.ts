import { importModel } from '../../../src/model/importers/import-model.js';
import { serverlessLabel } from '../../../src/model/importers/serverless-importer.js';
import { attributeTypes, importFixture, importProblems, index, noteLines, table, where } from './import-helpers.js';

const SLS = 'fixtures/serverless';

describe('Serverless Framework: a service with two tables, variables in their names (YAML)', () => {
  const imported = importFixture(`${SLS}/users-service.yml`);
  const m = imported.model;
  const users = table(m, 'users-prod-users');
  const sessions = table(m, 'users-prod-sessions');

  it('reads resources.Resources as CloudFormation, with ${self:…} and ${sls:stage} resolved', () => {
    expect([imported.format, m.origin]).toEqual(['serverless', 'serverless']);
    expect(m.tables.map((t) => t.name)).toEqual(['users-prod-users', 'users-prod-sessions']);
    expect(users.stream?.viewType).toBe('NEW_AND_OLD_IMAGES');
    expect(users).toMatchObject({ billing: 'on-demand', pointInTimeRecovery: true, deletionProtection: true, capacity: undefined });
    expect(index(users, 'ByEmail')).toMatchObject({ type: 'global', projection: 'keys-only' });
    expect(attributeTypes(users)).toEqual({ declared: { userId: 'S', email: 'S' }, undeclared: {} });
    expect(sessions).toMatchObject({ billing: 'provisioned', pointInTimeRecovery: true, deletionProtection: true });
    expect({ read: sessions.capacity?.read, write: sessions.capacity?.write }).toEqual({ read: 20, write: 10 });
    expect({ attribute: sessions.ttl?.attribute, enabled: sessions.ttl?.enabled }).toEqual({ attribute: 'expiresAt', enabled: true });
  });

  it('attaches the scalable target named by `table/${self:custom.sessionsTable}` and its policy', () => {
    const read = sessions.autoscaling?.read;
    expect(read && [read.min, read.max, read.target.toString()]).toEqual([20, 400, '7/10']);
    expect(sessions.autoscaling?.write).toBeUndefined();
  });

  it('locates every node in the service file, at the exact line and column', () => {
    expect(users.path).toBe('/resources/Resources/UsersTable');
    expect(where(m, users)).toBe('48:7');
    expect(where(m, users, 'name')).toBe('50:20');
    expect(where(m, users, 'billing')).toBe('51:22');
    expect(where(m, users.partitionKey)).toBe('58:28');
    expect(where(m, users.partitionKey, 'type')).toBe('54:28');
    expect(users.attributes.map((a) => where(m, a))).toEqual(['53:13', '55:13']);
    expect(where(m, index(users, 'ByEmail'), 'name')).toBe('61:24');
    expect(where(m, users, 'stream')).toBe('68:27');
    // The branch of !If that applies; its condition compares "${sls:stage}" with prod.
    expect(where(m, users, 'deletionProtection')).toBe('71:49');
    expect(where(m, sessions.capacity!, 'read')).toBe('79:30');
    expect(where(m, sessions.ttl!, 'attribute')).toBe('88:26');
    expect(where(m, sessions.autoscaling!.read!)).toBe('95:7');
    expect(where(m, sessions.autoscaling!.read!, 'min')).toBe('100:22');
    expect(where(m, sessions.autoscaling!.read!, 'target')).toBe('109:24');
  });

  it('says how each variable was resolved', () => {
    expect(noteLines(imported)).toEqual([
      '50:20 UsersTable.TableName: ${self:custom.usersTable} is taken as "users-prod-users": self:service = users; opt:stage = prod (its default); sls:stage = prod (provider.stage); self:custom.usersTable = users-prod-users',
      '71:36 UsersTable.DeletionProtectionEnabled: !If [IsProd, true, false] is taken as true: condition IsProd is true',
      '76:20 SessionsTable.TableName: ${self:custom.sessionsTable} is taken as "users-prod-sessions": self:service = users; opt:stage = prod (its default); sls:stage = prod (provider.stage); self:custom.sessionsTable = users-prod-sessions',
      '79:30 SessionsTable.ProvisionedThroughput.ReadCapacityUnits: ${self:custom.sessionCapacity.read} is taken as 20: self:custom.sessionCapacity.read = 20',
      '80:31 SessionsTable.ProvisionedThroughput.WriteCapacityUnits: ${self:custom.sessionCapacity.write} is taken as 10: self:custom.sessionCapacity.write = 10',
      '100:22 SessionsReadScaling.MinCapacity: ${self:custom.sessionCapacity.read} is taken as 20: self:custom.sessionCapacity.read = 20',
    ]);
  });
});

describe('Serverless Framework: resources as a list of fragments', () => {
  const imported = importFixture(`${SLS}/resources-list.yml`);
  const m = imported.model;

  it('reads the tables of every inline fragment, in order, located in their fragment', () => {
    expect(m.tables.map((t) => [t.name, t.path, where(m, t)])).toEqual([
      ['orders-staging', '/resources/1/Resources/OrdersTable', '17:9'],
      ['AuditTable', '/resources/2/Resources/AuditTable', '31:9'],
    ]);
    expect([m.tables[0]?.partitionKey.name, m.tables[0]?.sortKey?.name]).toEqual(['customerId', 'orderId']);
  });

  it('notes the ${file(…)} fragment it does not read, and names a table known only at deploy time after its logical ID', () => {
    expect(noteLines(imported)).toEqual([
      '14:5 resources[0]: the resources in ./resources/queues.yml are not read (ddb-plan reads one file); lint or import ./resources/queues.yml on its own',
      '19:22 OrdersTable.TableName: ${self:custom.ordersTable} is taken as "orders-staging": self:provider.stage = staging; opt:stage = staging (its default); self:custom.stage = staging; self:custom.ordersTable = orders-staging',
      '33:22 AuditTable.TableName: ${env:AUDIT_TABLE} is an environment variable, known only when the service is deployed; the spec names the table AuditTable, after its logical ID',
    ]);
    // Named after the logical ID, the name is located at the resource, where lint's name rule does not look.
    expect(where(m, m.tables[1]!, 'name')).toBe('31:9');
  });
});

describe('Serverless Framework: serverless.json', () => {
  it('reads a JSON service; sls:stage is dev without provider.stage', () => {
    const imported = importFixture(`${SLS}/inventory-service.json`);
    const t = table(imported.model, 'inventory-dev-items');
    expect([imported.format, t.billing, t.partitionKey.name, t.sortKey?.name]).toEqual(['serverless', 'on-demand', 'sku', 'warehouse']);
    expect([where(imported.model, t, 'name'), where(imported.model, t.sortKey!)]).toEqual(['10:24', '18:32']);
  });
});

/** A service with these lines after `provider`. */
function service(rest: string): string {
  return `service: shop\nprovider:\n  name: aws\n  stage: \${opt:stage, 'test'}\ncustom:\n  prefix: \${self:service}-\${sls:stage}\n${rest}`;
}

const TABLE = `      Type: AWS::DynamoDB::Table
      Properties:
        BillingMode: PAY_PER_REQUEST
        AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
        KeySchema: [{ AttributeName: pk, KeyType: HASH }]
`;

describe('Serverless Framework: variables in CloudFormation functions and names', () => {
  it('resolves the Framework\'s variables in !Sub first and leaves CloudFormation\'s to it', () => {
    const stackName = importModel(service(`resources:\n  Resources:\n    T:\n${TABLE}        TableName: !Sub "\${self:custom.prefix}-\${AWS::StackName}"\n`), 's.yml');
    expect(stackName.model.tables[0]?.name).toBe('T');
    expect(noteLines(stackName)).toEqual(['15:20 T.TableName: the pseudo parameter AWS::StackName is known only when the stack is deployed; the spec names the table T, after its logical ID']);
    const literal = importModel(service(`resources:\n  Resources:\n    T:\n${TABLE}        TableName: !Sub "\${self:custom.prefix}-\${!Literal}"\n`), 's.yml');
    expect(literal.model.tables[0]?.name).toBe('shop-test-${Literal}');
  });

  it('names an attribute known only at deploy time by the text it is written as', () => {
    const text = service(`resources:\n  Resources:\n    T:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        BillingMode: PAY_PER_REQUEST\n        AttributeDefinitions: [{ AttributeName: "\${param:key}", AttributeType: S }]\n        KeySchema: [{ AttributeName: "\${param:key}", KeyType: HASH }]\n`);
    const imported = importModel(text, 's.yml');
    expect(imported.model.tables[0]?.partitionKey.name).toBe('${param:key}');
    const fallbacks = importModel(text.replaceAll('${param:key}', "${param:key, env:KEY}"), 's.yml');
    expect(fallbacks.model.tables[0]?.partitionKey.name).toBe('${param:key, env:KEY}');
  });

  it('takes a whole-value variable of a mapping, located at the variable', () => {
    const text = service(`  units: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 }\nresources:\n  Resources:\n    T:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n        KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n        ProvisionedThroughput: \${self:custom.units}\n`);
    const m = importModel(text, 's.yml').model;
    expect([m.tables[0]?.capacity?.read, m.tables[0]?.capacity?.write, where(m, m.tables[0]!.capacity!, 'read')]).toEqual([7, 3, '15:32']);
  });
});

describe('Serverless Framework services ddb-plan cannot use: one positioned line per problem', () => {
  it.each([
    ['resources: 5', service('resources: 5\n'), ['7:12: resources: expected a mapping with Resources, or a list of them, got 5']],
    ['a list element that is neither a fragment nor a file', service('resources:\n  - hello\n  - Resources: []\n'), [
      '8:5: resources[0]: expected a mapping with Resources, or a ${file(…)} reference, got "hello"',
      '9:16: resources[1].Resources: expected a mapping, got a list',
    ]],
    ['a table resource without Properties', service('resources:\n  Resources:\n    T:\n      Type: AWS::DynamoDB::Table\n'), ['10:7: T: KeySchema is required']],
    ['no resources', service(''), [
      '1:1: no DynamoDB tables in this service: expected a resource of type AWS::DynamoDB::Table or AWS::DynamoDB::GlobalTable under resources.Resources',
    ]],
    ['only other resources, and a fragment in another file', service('resources:\n  - ${file(./tables.yml)}\n  - Resources: { B: { Type: AWS::S3::Bucket } }\n'), [
      '7:1: no DynamoDB tables in this service: expected a resource of type AWS::DynamoDB::Table or AWS::DynamoDB::GlobalTable under resources.Resources; the resources in ./tables.yml are not read: lint or import that file on its own',
    ]],
  ])('%s', (_, text, problems) => {
    expect(importProblems(text, 's.yml')).toEqual(problems);
  });
});

describe('serverlessLabel', () => {
  it.each([
    ['/resources/Resources/Users/Properties/KeySchema/0', 'Users.KeySchema[0]'],
    ['/resources/2/Resources/Users/Properties/TableName', 'Users.TableName'],
    ['/resources/Resources/Users', 'Users'],
    ['/resources/0', 'resources[0]'],
    ['/provider/stage', 'provider.stage'],
  ])('%s is %s', (pointer, label) => {
    expect(serverlessLabel(pointer)).toBe(label);
  });
});
