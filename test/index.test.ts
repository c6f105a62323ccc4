import * as api from '../src/index.js';

describe('the library API (src/index.ts)', () => {
  it('parses a spec into the exact model and writes it back', () => {
    const m = api.parseSpec('version: 1\ntables:\n  - name: T\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: get, operation: GetItem, rate: 100/min } ]\n', 't.yaml');
    const p = m.tables[0]!.accessPatterns[0]!;
    expect(p.rate).toEqual(api.Fraction.of(5, 3));
    expect(api.fieldPath(p, 'rate')).toBe('/tables/0/accessPatterns/0/rate');
    expect(m.source.sourceMap.locate(api.fieldPath(p, 'rate'))).toMatchObject({ line: 5, column: 62 });
    expect(api.formatSpec(m)).toContain('rate: 100/min');
    expect(api.specJsonSchema()).toMatchObject({ title: 'ddb-plan spec, version 1' });
  });

  it('runs a scenario on the simulator, the same report for the same seed', () => {
    const text = 'version: 1\nduration: 10s\ntable: { billing: provisioned, capacity: { read: 100, write: 100 } }\nworkload:\n  - { name: w, operation: write, rate: 50/s, itemSize: 1KB, keys: { cardinality: 1000 } }\n';
    const scenario = api.parseScenario(api.loadDocument(text, 's.yaml'));
    const first = api.simulate(scenario, { seed: 7 }).report;
    expect(first).toMatchObject({ seed: 7, durationSeconds: 10, designs: [{ throttledAttempts: 0 }] });
    expect(api.simulate(scenario, { seed: 7 }).report).toEqual(first);
    expect(api.evaluateFailOn(api.parseFailOn('throttleRatio>0'), first.designs)).toEqual([]);
  });

  it('exports the item-size calculators and the measurement of items that item-size prints', () => {
    expect(api.itemSize({ a: { N: '12345' } }).value.bytes).toBe(1 + 4);
    expect(api.numberBytes('-0.5')).toBe(3);
    expect(api.itemUnits(1030).value).toMatchObject({ wcu: 2, trimToSaveWcu: 6 });
    const text = '{"pk": {"S": "a"}}\n{"pk": {"S": "bb"}}\n';
    expect(api.measureItems(text, 'items.jsonl')).toMatchObject({ count: 2, encoding: 'dynamodb', shape: 'lines', overLimitCount: 0 });
    expect([...api.measureEach(text, 'items.jsonl')].map((m) => m.size.bytes)).toEqual([2 + 1, 2 + 2]);
  });

  it('exports the calculators and the errors', () => {
    expect(api.parseRate('120/min').value).toEqual(api.Fraction.of(2));
    expect(api.parseSize('4.5KB').value).toBe(4608);
    expect(api.MAX_ITEM_BYTES).toBe(409_600);
    expect(() => api.parseSpec('version: 1\ntables: []\n', 'x.yaml')).toThrow(api.InputError);
  });
});
