import * as api from '../../src/index.js';
import { PRICES } from './helpers.js';

describe('the library API exports the plan, the load model and the hot-key calculators', () => {
  it('plans a spec from text', () => {
    const model = api.parseSpec('version: 1\ntables:\n  - name: T\n    partitionKey: { name: id, type: S }\n    accessPatterns: [ { name: put, operation: PutItem, rate: 3000/s, keys: { id: { values: [a, b] } } } ]\n', 't.yaml');
    const t = api.plan(model, PRICES).tables[0];
    // 3,000 puts/s of a 38 B item (id 2 + 36) at 1 WCU each, half of them on one value: 1,500 WCU/s, critical; ceil(1,500 / 500) = 3 shards.
    expect(t?.hotKeys.map((h) => [h.risk, h.unitsPerSecond.peak.toString(), h.recommendedShards])).toEqual([['critical', '1500', 3]]);
    expect(api.specLoad(model).tables[0]?.capacities[0]?.wcu.average.toString()).toBe('3000');
    expect(api.hottestKeyShare({ kind: 'uniform', cardinality: 8 }).value.share).toEqual(api.Fraction.of(1, 8));
    expect(api.writeShardCount(api.Fraction.of(1500)).value).toBe(3);
  });
});
