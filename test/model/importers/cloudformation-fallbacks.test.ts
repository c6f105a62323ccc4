import { importModel } from '../../../src/model/importers/import-model.js';
import { attributeTypes, importProblems, noteLines, where } from './import-helpers.js';

/** A template of one table resource `T` with these property lines (indented six spaces), other resources and sections after. */
function template(properties: string, rest = ''): string {
  return `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  KeyName: { Type: String }
  Units: { Type: Number }
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Unknown: !Equals [!Ref Units, 5]
Resources:
  T:
    Type: AWS::DynamoDB::Table
    Properties:
${properties.replace(/^/gm, '      ')}
${rest}`;
}

const KEY = 'AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\nKeySchema: [{ AttributeName: pk, KeyType: HASH }]';

describe('CloudFormation values known only at deploy time', () => {
  it('names the table after its logical ID when TableName is computed at deploy time', () => {
    const imported = importModel(template(`TableName: !Sub "\${AWS::StackName}-orders"\nBillingMode: PAY_PER_REQUEST\n${KEY}`), 't.yaml');
    expect(imported.model.tables[0]?.name).toBe('T');
    expect(where(imported.model, imported.model.tables[0]!, 'name')).toBe('11:5');
    expect(noteLines(imported)).toEqual(['13:18 T.TableName: the pseudo parameter AWS::StackName is known only when the stack is deployed; the spec names the table T, after its logical ID']);
  });

  it('leaves capacity unset when it depends on a parameter without a default', () => {
    const imported = importModel(template(`${KEY}\nProvisionedThroughput:\n  ReadCapacityUnits: !Ref Units\n  WriteCapacityUnits: !If [Unknown, 5, 10]`), 't.yaml');
    const t = imported.model.tables[0]!;
    expect([t.billing, t.capacity]).toEqual(['provisioned', undefined]);
    expect(noteLines(imported)).toEqual([
      '11:5 T: no TableName: CloudFormation names the table when it creates it; the spec names it T, after its logical ID',
      '16:28 T.ProvisionedThroughput.ReadCapacityUnits: the parameter Units has no Default; its value is known only when the stack is deployed; left unset',
      '17:29 T.ProvisionedThroughput.WriteCapacityUnits: the condition Unknown of !If cannot be evaluated: the parameter Units has no Default; its value is known only when the stack is deployed; left unset',
    ]);
  });

  it('keeps the capacity that can be evaluated and leaves out a property !If sets to AWS::NoValue', () => {
    const imported = importModel(
      template(`${KEY}\nBillingMode: !If [IsProd, PROVISIONED, PAY_PER_REQUEST]\nProvisionedThroughput: !If [IsProd, { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }, !Ref AWS::NoValue]\nDeletionProtectionEnabled: !If [IsProd, true, !Ref AWS::NoValue]`),
      't.yaml',
    );
    const t = imported.model.tables[0]!;
    expect([t.billing, t.capacity, t.deletionProtection]).toEqual(['on-demand', undefined, false]);
  });

  it('names key attributes given by a parameter without a default by their expression, the same everywhere', () => {
    const imported = importModel(
      template('BillingMode: PAY_PER_REQUEST\nAttributeDefinitions: [{ AttributeName: !Ref KeyName, AttributeType: S }]\nKeySchema: [{ AttributeName: !Ref KeyName, KeyType: HASH }]'),
      't.yaml',
    );
    const t = imported.model.tables[0]!;
    expect([t.partitionKey.name, t.partitionKey.type]).toEqual(['!Ref KeyName', 'S']);
    expect(attributeTypes(t)).toEqual({ declared: { '!Ref KeyName': 'S' }, undeclared: {} });
    expect(noteLines(imported)[1]).toBe('14:47 T.AttributeDefinitions[0].AttributeName: the parameter KeyName has no Default; its value is known only when the stack is deployed; named "!Ref KeyName" in the spec');
  });

  it('bills a table whose billing mode cannot be evaluated as PROVISIONED, the default', () => {
    const imported = importModel(template(`${KEY}\nBillingMode: !Ref KeyName`), 't.yaml');
    expect(imported.model.tables[0]?.billing).toBe('provisioned');
    expect(noteLines(imported)).toEqual(['11:5 T: no TableName: CloudFormation names the table when it creates it; the spec names it T, after its logical ID', '15:20 T.BillingMode: the parameter KeyName has no Default; its value is known only when the stack is deployed; billed as PROVISIONED, the default']);
  });
});

describe('Application Auto Scaling resources', () => {
  const target = (name: string, id: string, dimension: string, min = 5, max = 50): string =>
    `  ${name}:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties:\n      ServiceNamespace: dynamodb\n      ResourceId: ${id}\n      ScalableDimension: ${dimension}\n      MinCapacity: ${min}\n      MaxCapacity: ${max}\n`;
  const base = `TableName: orders\n${KEY}\nProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }`;

  it('matches a target by the table name, and a policy that names the resource instead of the target', () => {
    const policy = `  P:\n    Type: AWS::ApplicationAutoScaling::ScalingPolicy\n    Properties:\n      PolicyName: p\n      PolicyType: TargetTrackingScaling\n      ServiceNamespace: dynamodb\n      ResourceId: table/orders\n      ScalableDimension: dynamodb:table:WriteCapacityUnits\n      TargetTrackingScalingPolicyConfiguration: { TargetValue: 45.5 }\n`;
    const imported = importModel(template(base, target('W', 'table/orders', 'dynamodb:table:WriteCapacityUnits') + policy), 't.yaml');
    const write = imported.model.tables[0]?.autoscaling?.write;
    expect([write?.min, write?.max, write?.target.toString()]).toEqual([5, 50, '91/200']);
    expect(imported.notes).toEqual([]);
  });

  it('assumes the default target for a scalable target without a policy, and says so', () => {
    const imported = importModel(template(base, target('R', '!Sub table/${T}', 'dynamodb:table:ReadCapacityUnits')), 't.yaml');
    const read = imported.model.tables[0]?.autoscaling?.read;
    expect([read?.min, read?.max, read?.target.toString(), read?.defaulted]).toEqual([5, 50, '7/10', ['target']]);
    expect(noteLines(imported)).toEqual(['18:5 R: no target-tracking ScalingPolicy refers to this scalable target; the default target utilization, 70 %, is assumed']);
  });

  it('notes targets of other tables, of missing indexes and of other services, and leaves them out', () => {
    const others =
      target('A', 'table/elsewhere', 'dynamodb:table:ReadCapacityUnits') +
      target('B', '!Sub table/${T}/index/Missing', 'dynamodb:index:ReadCapacityUnits') +
      target('C', '!Sub table/${T}', 'dynamodb:index:ReadCapacityUnits') +
      '  D:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties:\n      ServiceNamespace: ecs\n      ResourceId: service/c/s\n      ScalableDimension: ecs:service:DesiredCount\n      MinCapacity: 1\n      MaxCapacity: 2\n';
    const imported = importModel(template(base, others), 't.yaml');
    expect(imported.model.tables[0]?.autoscaling).toBeUndefined();
    expect(noteLines(imported)).toEqual([
      '21:19 A.ResourceId: table/elsewhere is not a table of this template; A is not imported',
      '29:19 B.ResourceId: the table orders has no index Missing; B is not imported',
      '38:26 C.ScalableDimension: dynamodb:index:ReadCapacityUnits does not match the resource ID table/<T>; C is not imported',
    ]);
  });
});

describe('resources the importer leaves out, with a note', () => {
  it('resources generated by Fn::ForEach, and a second scalable target for the same capacity', () => {
    const target = (name: string): string =>
      `  ${name}:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties:\n      ServiceNamespace: dynamodb\n      ResourceId: table/orders\n      ScalableDimension: dynamodb:table:ReadCapacityUnits\n      MinCapacity: 1\n      MaxCapacity: 10\n`;
    const forEach = '  Fn::ForEach::Tables:\n    - Name\n    - [a, b]\n    - "${Name}Table":\n        Type: AWS::DynamoDB::Table\n';
    const imported = importModel(template(`TableName: orders\n${KEY}\nProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }`, target('First') + target('Second') + forEach), 't.yaml');
    expect(imported.model.tables.map((t) => [t.name, t.autoscaling?.read?.max])).toEqual([['orders', 10]]);
    expect(noteLines(imported)).toEqual([
      '18:5 First: no target-tracking ScalingPolicy refers to this scalable target; the default target utilization, 70 %, is assumed',
      '26:5 Second: First already scales this capacity; Second is ignored',
      '34:5 Fn::ForEach::Tables: resources generated by Fn::ForEach (the language extensions transform) are not expanded; tables it would create are not imported',
    ]);
  });
});

describe('templates ddb-plan cannot use: one positioned line per problem', () => {
  it('a template without DynamoDB tables', () => {
    expect(importProblems('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', 'b.yaml')).toEqual([
      '2:1: no DynamoDB tables in this template: expected a resource of type AWS::DynamoDB::Table, AWS::DynamoDB::GlobalTable or AWS::Serverless::SimpleTable',
    ]);
  });

  it('a multi-attribute GSI key (2025), in YAML and in JSON', () => {
    const gsi = 'GlobalSecondaryIndexes:\n  - IndexName: ByAB\n    KeySchema:\n      - { AttributeName: a, KeyType: HASH }\n      - { AttributeName: b, KeyType: HASH }\n    Projection: { ProjectionType: ALL }';
    expect(importProblems(template(`BillingMode: PAY_PER_REQUEST\n${KEY}\n${gsi}`), 't.yaml')).toEqual([
      '20:44: T.GlobalSecondaryIndexes[0].KeySchema[1].KeyType: a second HASH attribute: multi-attribute index keys are not supported by ddb-plan yet; give the index one HASH and at most one RANGE attribute',
    ]);
    const json = JSON.stringify(
      {
        Resources: {
          T: {
            Type: 'AWS::DynamoDB::Table',
            Properties: {
              KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
              GlobalSecondaryIndexes: [{ IndexName: 'X', KeySchema: [{ AttributeName: 'a', KeyType: 'HASH' }, { AttributeName: 'b', KeyType: 'RANGE' }, { AttributeName: 'c', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
            },
          },
        },
      },
      null,
      1,
    );
    expect(importProblems(json, 't.json')).toEqual([
      '26:20: T.GlobalSecondaryIndexes[0].KeySchema[2].KeyType: a second RANGE attribute: multi-attribute index keys are not supported by ddb-plan yet; give the index one HASH and at most one RANGE attribute',
    ]);
  });

  it('malformed short-form tags: an unknown tag, and an !If with too few arguments', () => {
    expect(importProblems(template(`TableName: !Reff Name\n${KEY}`), 't.yaml')).toEqual(['13:18: unknown YAML tag !Reff']);
    expect(importProblems(template(`${KEY}\nBillingMode: !If [IsProd]`), 't.yaml')).toEqual(['15:24: T.BillingMode.Fn::If: Fn::If takes [condition name, value if true, value if false]']);
  });

  it('values outside DynamoDB\'s vocabulary and wrong types, every one at once, with suggestions', () => {
    const text = template(
      'BillingMode: ON_DEMAND\nAttributeDefinitions: [{ AttributeName: pk, AttributeType: String }]\nKeySchema: [{ AttributeName: pk, KeyType: PARTITION }]\nProvisionedThroughput: { ReadCapacityUnits: lots, WriteCapacityUnits: -1 }\nStreamSpecification: { StreamViewType: ALL }\nTimeToLiveSpecification: { Enabled: true }',
    );
    expect(importProblems(text, 't.yaml')).toEqual([
      '13:20: T.BillingMode: expected "PROVISIONED" or "PAY_PER_REQUEST"; got "ON_DEMAND" (did you mean "PAY_PER_REQUEST"?)',
      '14:66: T.AttributeDefinitions[0].AttributeType: expected "S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS" or "BS"; got "String" (did you mean "S"?)',
      '15:49: T.KeySchema[0].KeyType: expected "HASH" or "RANGE"; got "PARTITION" (did you mean "HASH"?)',
      '16:51: T.ProvisionedThroughput.ReadCapacityUnits: expected a whole number, got "lots"',
      '16:77: T.ProvisionedThroughput.WriteCapacityUnits: expected a whole number of at least 0, got -1',
      '17:46: T.StreamSpecification.StreamViewType: expected "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE" or "NEW_AND_OLD_IMAGES"; got "ALL"',
      '18:32: T.TimeToLiveSpecification: AttributeName is required when time to live is enabled',
    ]);
  });

  it('empty names', () => {
    expect(importProblems(template(`TableName: ""\nBillingMode: PAY_PER_REQUEST\n${KEY}\nTimeToLiveSpecification: { AttributeName: "", Enabled: true }`), 't.yaml')).toEqual([
      '13:18: T.TableName: must not be empty',
      '17:49: T.TimeToLiveSpecification.AttributeName: must not be empty',
    ]);
  });

  it('values the spec refuses, named by their template property rather than the spec field', () => {
    expect(importProblems(template(`${KEY}\nProvisionedThroughput: { ReadCapacityUnits: 2000000000, WriteCapacityUnits: 5 }`), 't.yaml')).toEqual([
      '15:51: T.ProvisionedThroughput.ReadCapacityUnits: too big: expected number to be <=1000000000',
    ]);
  });

  it('a table without a key schema, and a key without a HASH attribute', () => {
    expect(importProblems(template('BillingMode: PAY_PER_REQUEST'), 't.yaml')).toEqual(['13:7: T: KeySchema is required']);
    expect(importProblems(template('KeySchema: [{ AttributeName: sk, KeyType: RANGE }]'), 't.yaml')).toEqual(['13:18: T.KeySchema: no HASH attribute: a table key needs a partition key (KeyType: HASH)']);
  });
});
