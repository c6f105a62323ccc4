import { InputError } from '../../../src/errors.js';
import { loadDocument } from '../../../src/model/source/load-document.js';
import { fieldPath, isDefaulted } from '../../../src/model/spec/model-node.js';
import { pathMapResolver } from '../../../src/model/spec/normalize-context.js';
import { specFromInput } from '../../../src/model/spec/parse-spec.js';
import type { SpecInput } from '../../../src/model/spec/spec-schema.js';

// What an importer does: read its own format, build the spec-shaped value, and record for each
// spec pointer the pointer of the template node it came from.
const template = [
  'Resources:',
  '  Votes:',
  '    Type: AWS::DynamoDB::Table',
  '    Properties:',
  '      TableName: !Sub "${Env}-votes"',
  '      BillingMode: PROVISIONED',
  '      ProvisionedThroughput:',
  '        ReadCapacityUnits: 100',
  '        WriteCapacityUnits: 2000',
  '      AttributeDefinitions:',
  '        - { AttributeName: candidate_id, AttributeType: S }',
  '      KeySchema:',
  '        - { AttributeName: candidate_id, KeyType: HASH }',
  '',
].join('\n');

function imported(read: number, input: SpecInput = votes(read)): ReturnType<typeof specFromInput> {
  const doc = loadDocument(template, 'template.yaml', { cloudFormationTags: true });
  const t = '/Resources/Votes/Properties';
  const map = new Map([
    ['/tables/0', '/Resources/Votes'],
    ['/tables/0/name', `${t}/TableName`],
    ['/tables/0/billing', `${t}/BillingMode`],
    ['/tables/0/capacity', `${t}/ProvisionedThroughput`],
    ['/tables/0/capacity/read', `${t}/ProvisionedThroughput/ReadCapacityUnits`],
    ['/tables/0/capacity/write', `${t}/ProvisionedThroughput/WriteCapacityUnits`],
    ['/tables/0/partitionKey', `${t}/KeySchema/0`],
    ['/tables/0/partitionKey/type', `${t}/AttributeDefinitions/0/AttributeType`],
    ['/tables/0/attributes/candidate_id', `${t}/AttributeDefinitions/0`],
  ]);
  return specFromInput(input, { doc, origin: 'cloudformation', resolvePath: pathMapResolver(map) });
}

function votes(read: number): SpecInput {
  return {
    version: 1,
    tables: [{ name: 'Votes', billing: 'provisioned', capacity: { read, write: 2000 }, partitionKey: { name: 'candidate_id', type: 'S' }, attributes: { candidate_id: 'S' }, indexes: [{ name: 'ByVoter', partitionKey: 'voter_id', include: ['ts'] }] }],
  };
}

describe('specFromInput (the importers’ entry point)', () => {
  it('freezes the model, not the value the importer built', () => {
    const input = votes(100);
    const m = imported(100, input);
    expect(Object.isFrozen(m.tables[0]!.indexes[0]!.include)).toBe(true);
    expect(Object.isFrozen(input.tables[0]!.indexes![0]!.include)).toBe(false);
    expect(Object.isFrozen(input.tables)).toBe(false);
  });

  it('builds the same model, with paths into the template', () => {
    const m = imported(100);
    const t = m.tables[0]!;
    expect(m.origin).toBe('cloudformation');
    expect(t.path).toBe('/Resources/Votes');
    expect(t.capacity).toMatchObject({ read: 100, write: 2000, path: '/Resources/Votes/Properties/ProvisionedThroughput' });
    const at = (pointer: string): string => {
      const p = m.source.sourceMap.locate(pointer);
      return `${p?.line}:${p?.column}`;
    };
    expect(at(fieldPath(t, 'name'))).toBe('5:18');
    expect(at(fieldPath(t, 'billing'))).toBe('6:20');
    expect(at(fieldPath(t.capacity!, 'write'))).toBe('9:29');
    expect(at(fieldPath(t.partitionKey, 'type'))).toBe('11:57');
    // Fields the template does not write are found at the resource.
    expect(isDefaulted(t, 'pointInTimeRecovery')).toBe(true);
    expect(fieldPath(t, 'pointInTimeRecovery')).toBe('/Resources/Votes');
    expect(at(fieldPath(t, 'pointInTimeRecovery'))).toBe('3:5');
  });

  it('locates a problem of the spec-shaped value in the template', () => {
    try {
      imported(-1);
      throw new Error('expected an InputError');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      expect(e.problems).toEqual([
        { message: 'tables[0].capacity.read: capacity units cannot be negative', location: { file: 'template.yaml', path: '/Resources/Votes/Properties/ProvisionedThroughput/ReadCapacityUnits', line: 8, column: 28 } },
      ]);
    }
  });
});
