import { isDefaulted } from '../../../src/model/spec/model-node.js';
import { attributeTypes, importFixture, importFixtureText, importProblems, index, noteLines, table, where } from './import-helpers.js';

describe('create-table input (aws dynamodb create-table --cli-input-json)', () => {
  const imported = importFixture('fixtures/table-json/create-table.json');
  const m = imported.model;
  const t = table(m, 'music-catalog');

  it('reads every property the spec holds', () => {
    expect([imported.format, m.origin]).toEqual(['create-table', 'table-json']);
    expect(t).toMatchObject({ billing: 'provisioned', tableClass: 'standard', deletionProtection: true, pointInTimeRecovery: false, itemCount: undefined, ttl: undefined });
    expect([t.capacity?.read, t.capacity?.write]).toEqual([25, 10]);
    expect([t.partitionKey.name, t.sortKey?.name]).toEqual(['artist', 'songTitle']);
    expect(attributeTypes(t)).toEqual({ declared: { artist: 'S', songTitle: 'S', albumTitle: 'S', genre: 'S', releaseYear: 'N' }, undeclared: {} });
    expect(t.stream?.viewType).toBe('NEW_IMAGE');
    // GSIs first, then LSIs.
    expect(t.indexes.map((x) => [x.name, x.type, x.partitionKey.name, x.sortKey?.name, x.projection, x.include, x.capacity?.read, x.capacity?.write])).toEqual([
      ['ByGenreYear', 'global', 'genre', 'releaseYear', 'include', ['albumTitle', 'durationSeconds'], 10, 10],
      ['ByAlbum', 'local', 'artist', 'albumTitle', 'keys-only', [], undefined, undefined],
    ]);
    expect(imported.notes).toEqual([]);
  });

  it('locates nodes in the JSON', () => {
    expect([where(m, t), where(m, t, 'name'), where(m, t, 'billing'), where(m, t.capacity!, 'write')]).toEqual(['1:1', '2:18', '38:20', '39:79']);
    expect([where(m, index(t, 'ByGenreYear'), 'name'), where(m, t.stream!, 'viewType'), where(m, t, 'tableClass')]).toEqual(['26:26', '40:71', '42:19']);
  });

  it('takes StreamEnabled false as no stream', () => {
    const text = JSON.stringify({ TableName: 'x', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], StreamSpecification: { StreamEnabled: false } });
    expect(importFixtureText(text).tables[0]?.stream).toBeUndefined();
  });
});

describe('describe-table output', () => {
  const imported = importFixture('fixtures/table-json/describe-table.json');
  const m = imported.model;
  const t = table(m, 'bookings');
  const gsi = index(t, 'GSI1');

  it('reads the billing mode and table class from their summaries, and no capacity from the 0/0 of an on-demand table', () => {
    expect([imported.format, m.origin]).toEqual(['describe-table', 'table-json']);
    expect(t).toMatchObject({ billing: 'on-demand', tableClass: 'standard', deletionProtection: true, capacity: undefined });
    expect([t.maxThroughput?.read, t.maxThroughput?.write]).toEqual([undefined, 4000]);
    expect([gsi.capacity, gsi.maxThroughput]).toEqual([undefined, undefined]);
    expect(t.stream?.viewType).toBe('NEW_AND_OLD_IMAGES');
  });

  it('takes the item count and the average item size from ItemCount and TableSizeBytes, the same per index', () => {
    // 5 GiB over 12,582,912 items: 426.67 bytes, rounded up.
    expect([t.itemCount, t.itemBytes, isDefaulted(t, 'itemBytes')]).toEqual([12_582_912, 427, false]);
    expect([gsi.itemCount, gsi.itemBytes, isDefaulted(gsi, 'itemBytes')]).toEqual([6_291_456, 427, false]);
    expect([where(m, t, 'itemCount'), where(m, t, 'itemBytes'), where(m, gsi, 'itemBytes')]).toEqual(['22:22', '21:27', '43:35']);
  });

  it('lists the replicas of a global table: its own region from the ARN, then the others', () => {
    expect(t.replicas.map((r) => [r.region, r.tableClass])).toEqual([
      ['eu-west-1', 'standard'],
      ['us-east-1', 'standard'],
    ]);
    expect([where(m, t.replicas[0]!), where(m, t.replicas[1]!, 'region')]).toEqual(['23:21', '55:31']);
  });

  it('says what a description does not tell', () => {
    expect([t.pointInTimeRecovery, isDefaulted(t, 'pointInTimeRecovery'), t.ttl]).toEqual([false, true, undefined]);
    expect(noteLines(imported)).toEqual(['2:14 Table: describe-table does not report time to live or point-in-time recovery (describe-time-to-live and describe-continuous-backups do); they are left unset']);
  });

  it('a provisioned table without a BillingModeSummary keeps its capacity', () => {
    const text = JSON.stringify({ Table: { TableName: 'old', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }, ItemCount: 0, TableSizeBytes: 0 } });
    const old = importFixtureText(text, 'old.json').tables[0]!;
    expect([old.billing, old.capacity?.read, old.capacity?.write, old.itemCount, isDefaulted(old, 'itemBytes')]).toEqual(['provisioned', 5, 5, 0, true]);
  });
});

describe('table JSON ddb-plan cannot use', () => {
  it('a create-table input with a wrong billing mode and a multi-attribute key', () => {
    const text = `{
  "TableName": "t",
  "BillingMode": "ON_DEMAND",
  "AttributeDefinitions": [{ "AttributeName": "pk", "AttributeType": "S" }],
  "KeySchema": [{ "AttributeName": "pk", "KeyType": "HASH" }],
  "GlobalSecondaryIndexes": [{ "IndexName": "g", "KeySchema": [{ "AttributeName": "a", "KeyType": "HASH" }, { "AttributeName": "b", "KeyType": "HASH" }], "Projection": { "ProjectionType": "ALL" } }]
}`;
    expect(importProblems(text, 'c.json')).toEqual([
      '3:18: BillingMode: expected "PROVISIONED" or "PAY_PER_REQUEST"; got "ON_DEMAND" (did you mean "PAY_PER_REQUEST"?)',
      '6:144: GlobalSecondaryIndexes[0].KeySchema[1].KeyType: a second HASH attribute: multi-attribute index keys are not supported by ddb-plan yet; give the index one HASH and at most one RANGE attribute',
    ]);
  });

  it('the skeleton of aws dynamodb create-table --generate-cli-skeleton, with its empty names', () => {
    const text = '{\n  "AttributeDefinitions": [{ "AttributeName": "", "AttributeType": "S" }],\n  "TableName": "",\n  "KeySchema": [{ "AttributeName": "", "KeyType": "HASH" }]\n}\n';
    expect(importProblems(text, 'skeleton.json')).toEqual([
      '2:47: AttributeDefinitions[0].AttributeName: must not be empty',
      '3:16: TableName: must not be empty',
      '4:36: KeySchema[0].AttributeName: must not be empty',
    ]);
  });
});
