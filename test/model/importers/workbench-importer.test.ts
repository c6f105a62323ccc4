import { importFixture, importFixtureText, importProblems, index, noteLines, table, where } from './import-helpers.js';

describe('NoSQL Workbench: two tables with sample data', () => {
  const imported = importFixture('fixtures/workbench/ride-sharing.json');
  const m = imported.model;
  const rides = table(m, 'Rides');
  const drivers = table(m, 'Drivers');

  it('reads the tables, keys, index and billing', () => {
    expect([imported.format, m.origin, m.description]).toEqual(['workbench', 'workbench', 'Ride sharing: Rides and drivers for the dispatch service']);
    expect(m.tables.map((t) => t.name)).toEqual(['Rides', 'Drivers']);
    expect([rides.billing, rides.partitionKey.name, rides.partitionKey.type, rides.sortKey?.name, rides.capacity]).toEqual(['on-demand', 'riderId', 'S', 'rideId', undefined]);
    const byDriver = index(rides, 'ByDriver');
    expect([byDriver.type, byDriver.partitionKey.name, byDriver.sortKey?.name, byDriver.sortKey?.type, byDriver.projection, byDriver.include]).toEqual(['global', 'driverId', 'requestedAt', 'N', 'include', ['status', 'fare']]);
    expect([drivers.billing, drivers.capacity?.read, drivers.capacity?.write, drivers.sortKey]).toEqual(['provisioned', 20, 5, undefined]);
    const policy = (p: typeof drivers.autoscaling extends infer A ? (A extends { read: infer P } ? P : never) : never): unknown => p && [p.min, p.max, p.target.toString()];
    expect([policy(drivers.autoscaling?.read), policy(drivers.autoscaling?.write)]).toEqual([
      [20, 400, '7/10'],
      [5, 100, '7/10'],
    ]);
  });

  it('sizes every attribute as the mean of its sample values, by the item-size rules', () => {
    expect(rides.attributes.map((a) => [a.name, a.type, a.declared, a.valueBytes, a.valueBytesFrom])).toEqual([
      ['riderId', 'S', true, 8, 'bytes'],
      ['rideId', 'S', true, 25, 'bytes'],
      ['driverId', 'S', true, 6, 'bytes'],
      // 1772352902 is 5 digit pairs + 1 = 6 bytes.
      ['requestedAt', 'N', true, 6, 'bytes'],
      // COMPLETED, CANCELLED, IN_PROGRESS: 29 bytes over 3 items, rounded up.
      ['status', 'S', true, 10, 'bytes'],
      // 23.75 and 12.1: 3 bytes each.
      ['fare', 'N', true, 3, 'bytes'],
      // { lat, lon }: 3 + (3 + 4 + 1) + (3 + 4 + 1).
      ['pickup', 'M', true, 19, 'bytes'],
      ['tags', 'SS', true, 14, 'bytes'],
    ]);
    // 142, 117 and 126 bytes: a mean of 128.33, rounded up.
    expect([rides.itemBytes, rides.itemBytesFromAttributes]).toEqual([129, 143]);
    expect(drivers.attributes.map((a) => [a.name, a.valueBytes])).toEqual([
      ['driverId', 6],
      // "Mehmet Yılmaz" has a two-byte ı: 14 bytes, and "Sanne de Vries" 14.
      ['name', 14],
      ['rating', 3],
      ['vehicle', 25],
      ['active', 1],
    ]);
    expect(drivers.itemBytes).toBe(80);
  });

  it('locates tables, keys and sizes in the model file', () => {
    expect([where(m, rides), where(m, rides, 'name'), where(m, rides.partitionKey), where(m, rides.partitionKey, 'type')]).toEqual(['12:5', '13:20', '15:44', '15:72']);
    expect([where(m, rides.attributes[7]!), where(m, rides.attributes[0]!, 'valueBytes'), where(m, rides, 'itemBytes')]).toEqual(['24:9', '39:22', '37:20']);
    expect([where(m, index(rides, 'ByDriver'), 'name'), where(m, rides, 'billing'), where(m, drivers.autoscaling!.read!, 'min')]).toEqual(['29:24', '67:22', '110:28']);
  });

  it('says the sizes come from sample items', () => {
    expect(noteLines(imported)).toEqual([
      '37:20 DataModel[0].TableData: sizes measured on 3 sample items: attributes at the mean size of their values, the item at the mean item size, 129 bytes',
      '84:24 DataModel[1].TableFacets[0].TableData: sizes measured on 2 sample items: attributes at the mean size of their values, the item at the mean item size, 80 bytes',
    ]);
  });

  it('sizes by type when there is no sample data, and declares attributes found only in the data', () => {
    const model = {
      ModelName: 'm',
      DataModel: [
        {
          TableName: 'T',
          KeyAttributes: { PartitionKey: { AttributeName: 'pk', AttributeType: 'S' } },
          TableData: [{ pk: { S: 'abc' }, extra: { BOOL: true } }],
        },
        { TableName: 'U', KeyAttributes: { PartitionKey: { AttributeName: 'id', AttributeType: 'N' } }, NonKeyAttributes: [{ AttributeName: 'note', AttributeType: 'S' }] },
      ],
    };
    const [t, u] = importFixtureText(JSON.stringify(model), 'm.json').tables;
    expect(t!.attributes.map((a) => [a.name, a.type, a.valueBytes])).toEqual([
      ['pk', 'S', 3],
      ['extra', 'BOOL', 1],
    ]);
    expect(u!.attributes.map((a) => [a.name, a.type, a.valueBytes, a.valueBytesFrom])).toEqual([
      ['id', 'N', 21, 'type'],
      ['note', 'S', 36, 'type'],
    ]);
  });
});

describe('Workbench models ddb-plan cannot use', () => {
  it('a model without tables', () => {
    expect(importProblems('{ "ModelName": "empty", "DataModel": [] }', 'w.json')).toEqual(['1:38: the Workbench model has no tables: expected a DataModel list with at least one table']);
  });

  it('a sample value DynamoDB would refuse, at its own line and column, and a multi-attribute key', () => {
    const text = `{
  "ModelName": "bad",
  "DataModel": [
    {
      "TableName": "T",
      "KeyAttributes": { "PartitionKey": { "AttributeName": "pk", "AttributeType": "S" }, "SortKey": [{ "AttributeName": "a", "AttributeType": "S" }, { "AttributeName": "b", "AttributeType": "S" }] },
      "TableData": [{ "pk": { "S": "x" }, "n": { "N": "12x" } }]
    }
  ]
}`;
    expect(importProblems(text, 'w.json')).toEqual([
      '6:102: DataModel[0].KeyAttributes.SortKey: multi-attribute keys are not supported by ddb-plan yet; give one attribute',
      '7:55: $.DataModel[0].TableData[0].n.N: "12x" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23',
    ]);
  });
});
