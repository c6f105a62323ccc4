import { readFileSync } from 'node:fs';
import { detectFormat } from '../../../src/model/importers/detect-format.js';
import { importModel } from '../../../src/model/importers/import-model.js';
import { loadModel } from '../../../src/model/importers/load-model.js';
import { importProblems } from './import-helpers.js';

const UNRECOGNISED =
  'unrecognised format: expected a ddb-plan spec (`version: 1` and `tables`), a CloudFormation or SAM template (`Resources`), a Serverless Framework service (`service` and `provider: { name: aws }`), `aws dynamodb create-table --cli-input-json` input (`TableName` and `KeySchema`), `describe-table` output (`{ "Table": … }`) or a NoSQL Workbench model (`ModelName` and `DataModel`)';

describe('detectFormat', () => {
  it.each([
    [{ version: 1, tables: [] }, 'spec'],
    [{ version: 2 }, 'spec'],
    [{ AWSTemplateFormatVersion: '2010-09-09' }, 'cloudformation'],
    [{ Transform: 'AWS::Serverless-2016-10-31', Resources: {} }, 'cloudformation'],
    [{ Transform: ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31'] }, 'cloudformation'],
    [{ Resources: { T: { Type: 'AWS::DynamoDB::Table' } } }, 'cloudformation'],
    [{ service: 'users', provider: { name: 'aws' } }, 'serverless'],
    [{ service: { name: 'users' }, provider: { name: 'aws', stage: 'dev' }, resources: { Resources: {} } }, 'serverless'],
    // Another provider's service is none of the formats; a service without a provider is not one yet.
    [{ service: 'users', provider: { name: 'azure' } }, undefined],
    [{ service: 'users', provider: 'aws' }, undefined],
    [{ service: 'users' }, undefined],
    [{ service: 5, provider: { name: 'aws' } }, undefined],
    [{ Table: { TableName: 't' } }, 'describe-table'],
    [{ TableName: 't', KeySchema: [] }, 'create-table'],
    [{ TableName: 't', AttributeDefinitions: [] }, 'create-table'],
    [{ ModelName: 'm', DataModel: [] }, 'workbench'],
    [{ DataModel: [] }, 'workbench'],
    [{ TableName: 't' }, undefined],
    [{ name: 'app', version: '1.0.0' }, undefined],
    [{ hello: 1 }, undefined],
    [[1, 2], undefined],
    ['text', undefined],
    [null, undefined],
  ])('%j is %s', (value, format) => {
    expect(detectFormat(value)).toBe(format);
  });
});

describe('loadModel and importModel: every format, detected from the content', () => {
  it.each([
    ['fixtures/specs/minimal.yaml', 'spec', 'spec', ['Sessions']],
    ['fixtures/cloudformation/orders-autoscaling.yaml', 'cloudformation', 'cloudformation', ['orders-prod']],
    ['fixtures/cloudformation/sam-app.yaml', 'cloudformation', 'cloudformation', ['links-dev', 'ClicksTable']],
    ['fixtures/cloudformation/inventory.json', 'cloudformation', 'cloudformation', ['inventory']],
    ['fixtures/serverless/users-service.yml', 'serverless', 'serverless', ['users-prod-users', 'users-prod-sessions']],
    ['fixtures/serverless/inventory-service.json', 'serverless', 'serverless', ['inventory-dev-items']],
    ['fixtures/table-json/create-table.json', 'create-table', 'table-json', ['music-catalog']],
    ['fixtures/table-json/describe-table.json', 'describe-table', 'table-json', ['bookings']],
    ['fixtures/workbench/ride-sharing.json', 'workbench', 'workbench', ['Rides', 'Drivers']],
  ])('%s is read as %s', (file, format, origin, tables) => {
    const text = readFileSync(file, 'utf8');
    const imported = importModel(text, file);
    expect([imported.format, imported.model.origin, imported.model.tables.map((t) => t.name)]).toEqual([format, origin, tables]);
    expect(loadModel(text, file).tables.map((t) => t.name)).toEqual(tables);
  });

  it('reads a JSON spec and a template given on standard input (no file extension)', () => {
    expect(loadModel('{ "version": 1, "tables": [{ "name": "T1x", "partitionKey": "pk" }] }', '<stdin>').tables[0]?.name).toBe('T1x');
    expect(loadModel('Resources:\n  T:\n    Type: AWS::Serverless::SimpleTable\n', '<stdin>').tables[0]?.name).toBe('T');
  });

  it('refuses CloudFormation tags in a spec, as the spec reader does', () => {
    expect(importProblems('version: 1\ntables:\n  - name: !Ref T\n    partitionKey: pk\n', 's.yaml')).toEqual(['3:11: YAML tag !Ref is not allowed here']);
  });

  it('reports a spec of another version as a spec', () => {
    expect(importProblems('version: 2\ntables: []\n', 's.yaml')).toEqual(['1:10: unsupported spec version 2: this ddb-plan reads version 1']);
  });
});

describe('files of no known format: one line saying what was expected', () => {
  it.each([
    ['{ "hello": 1 }', 'x.json', '1:1'],
    ['[1, 2]', 'x.json', '1:1'],
    ['just: a mapping\n', 'x.yaml', '1:1'],
    ['# only a comment\n', 'x.yaml', '1:1'],
    ['  - a\n  - b\n', 'x.yaml', '1:3'],
  ])('%j', (text, file, at) => {
    expect(importProblems(text, file)).toEqual([`${at}: ${UNRECOGNISED}`]);
  });

  it('an empty file and invalid syntax are reported by the loader', () => {
    expect(importProblems('', 'e.yaml')).toEqual(['1:1: the file is empty']);
    expect(importProblems('{ "TableName": "t", }', 'c.json')).toEqual(['1:21: invalid JSON: trailing comma is not allowed in JSON']);
  });
});
