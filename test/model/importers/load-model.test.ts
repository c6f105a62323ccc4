import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/errors.js';
import { loadModel } from '../../../src/model/importers/load-model.js';

function problems(text: string, file: string): string[] {
  try {
    loadModel(text, file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => `${p.location.line}:${p.location.column}: ${p.message}`);
  }
  throw new Error('expected an InputError');
}

describe('loadModel: specs', () => {
  it('reads a spec with origin spec', () => {
    const file = 'fixtures/specs/minimal.yaml';
    const m = loadModel(readFileSync(file, 'utf8'), file);
    expect(m.origin).toBe('spec');
    expect(m.tables.map((t) => t.name)).toEqual(['Sessions']);
  });

  it('refuses CloudFormation tags in a spec, as the spec reader does', () => {
    expect(problems('version: 1\ntables:\n  - name: !Ref T\n    partitionKey: pk\n', 's.yaml')).toEqual(['3:11: YAML tag !Ref is not allowed here']);
  });
});

describe('loadModel: files of no known format', () => {
  it('says in one line what it expected', () => {
    expect(problems('{ "hello": 1 }', 'x.json')).toEqual([
      '1:1: unrecognised format: expected a ddb-plan spec (`version: 1` and `tables`), a CloudFormation or SAM template (`Resources`), `aws dynamodb create-table --cli-input-json` input (`TableName` and `KeySchema`), `describe-table` output (`{ "Table": … }`) or a NoSQL Workbench model (`ModelName` and `DataModel`)',
    ]);
  });
});
