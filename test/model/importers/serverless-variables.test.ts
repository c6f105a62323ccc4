import { hasServerlessVariable, ServerlessVariables } from '../../../src/model/importers/serverless-variables.js';

const SERVICE = {
  service: 'users',
  provider: { name: 'aws', stage: "${opt:stage, 'prod'}", region: 'eu-west-1' },
  custom: {
    table: '${self:service}-${sls:stage}-users',
    rcu: 20,
    flag: true,
    stages: { prod: 'big', dev: 'small' },
    throughput: { read: 5, write: 5 },
    loop: '${self:custom.loop}',
    fromEnv: '${env:TABLE}',
  },
};

/** Renders an outcome as the value, or `unresolved: reason`. */
function resolve(text: string, service: Record<string, unknown> = SERVICE): unknown {
  const outcome = new ServerlessVariables(service).resolve(text);
  return outcome.kind === 'value' ? outcome.value : `unresolved: ${outcome.reason}`;
}

describe('Serverless variables the file determines', () => {
  it.each([
    ['${self:service}', 'users'],
    ['${self:custom.table}', 'users-prod-users'],
    ['${self:provider.region}', 'eu-west-1'],
    // A text that is one variable keeps the value's type; inside other text it becomes text.
    ['${self:custom.rcu}', 20],
    ['${self:custom.flag}', true],
    ['rcu-${self:custom.rcu}', 'rcu-20'],
    ['${self:custom.throughput}', { read: 5, write: 5 }],
    // Innermost first.
    ['${self:custom.stages.${sls:stage}}', 'big'],
    // sls:stage is provider.stage, here through its own default.
    ['${sls:stage}', 'prod'],
    // Defaults of references known only at deploy time.
    ["${opt:stage, 'dev'}", 'dev'],
    ['${opt:stage, "dev"}', 'dev'],
    ['${env:UNITS, 10}', 10],
    ['${opt:stage, self:provider.region}', 'eu-west-1'],
    ["${param:table, ${self:custom.table}}", 'users-prod-users'],
    ["${ssm:/x, env:Y, 'last'}", 'last'],
    // CloudFormation's own variables are left to !Sub.
    ['${AWS::Region}-${self:service}', '${AWS::Region}-users'],
    ['plain text', 'plain text'],
  ])('%s is %j', (text, value) => {
    expect(resolve(text)).toEqual(value);
  });

  it('takes sls:stage as dev without provider.stage, and the older service: { name } form', () => {
    expect(resolve('${sls:stage}', { service: { name: 'orders' }, provider: { name: 'aws' } })).toBe('dev');
    expect(resolve('${self:service}-${sls:stage}', { service: { name: 'orders' }, provider: { name: 'aws' } })).toBe('orders-dev');
  });

  it('lists what a value depends on, for the import notes', () => {
    const outcome = new ServerlessVariables(SERVICE).resolve('${self:custom.table}');
    expect(outcome).toEqual({
      kind: 'value',
      value: 'users-prod-users',
      used: ['self:service = users', 'opt:stage = prod (its default)', 'sls:stage = prod (provider.stage)', 'self:custom.table = users-prod-users'],
    });
  });
});

describe('Serverless variables known only at deploy time: unresolved, with the reason', () => {
  it.each([
    ['${opt:stage}', '${opt:stage} is a command-line option, known only when the service is deployed'],
    ['${env:TABLE}-users', '${env:TABLE} is an environment variable, known only when the service is deployed'],
    ['${param:tableName}', '${param:tableName} is a parameter of the stage (Serverless Dashboard or `params`), known only when the service is deployed'],
    ['${ssm:/users/table}', '${ssm:/users/table} is an SSM parameter, known only when the service is deployed'],
    ['${file(./tables.yml):users}', '${file(./tables.yml):users} is another file, which ddb-plan does not read, known only when the service is deployed'],
    ['${cf:other-stack.TableName}', '${cf:other-stack.TableName} is an output of another stack, known only when the service is deployed'],
    ['${sls:instanceId}', '${sls:instanceId} is a value ddb-plan does not evaluate, known only when the service is deployed'],
    ['${self:custom.fromEnv}', '${env:TABLE} is an environment variable, known only when the service is deployed'],
    ['${self:custom.missing}', '${self:custom.missing} is not in this file'],
    ['x-${self:custom.throughput}', '${self:custom.throughput} is not a single value'],
    ['${self:custom.loop}', '${self:custom.loop} refers to itself through self: references'],
  ])('%s', (text, reason) => {
    expect(resolve(text)).toBe(`unresolved: ${reason}`);
  });
});

describe('hasServerlessVariable', () => {
  it.each([
    ['${self:service}', true],
    ['a-${sls:stage}-b', true],
    ["${opt:stage, 'dev'}", true],
    ['${file(./x.yml)}', true],
    ['${AWS::Region}', false],
    ['${OrdersTable.Arn}', false],
    ['${unknown:x}', false],
    ['no variables', false],
  ])('%s: %s', (text, expected) => {
    expect(hasServerlessVariable(text)).toBe(expected);
  });
});
