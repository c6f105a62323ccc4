import type { TableInput } from '../../src/model/spec/spec-schema.js';
import { lint } from '../../src/lint/lint.js';
import type { SpecModel } from '../../src/model/spec/spec-model.js';
import { plan } from '../../src/plan/plan.js';
import { aSpec, aTable, parsed } from '../helpers/spec-builders.js';
import { PRICES } from './helpers.js';

function warningsOf(table: TableInput): string[][] {
  const t = plan(parsed(aSpec([table])), PRICES).tables[0];
  return (t?.warnings ?? []).map((w) => [w.path, w.message]);
}

/** A table with a local index whose largest item collection holds `maxItemsPerPartitionKey` items. */
function collection(maxItemsPerPartitionKey: number): TableInput {
  return aTable({
    sortKey: { name: 'sk', type: 'S' },
    attributes: { id: { type: 'S', bytes: 10 }, sk: { type: 'S', bytes: 10 }, at: { type: 'N', bytes: 6 }, body: { type: 'S', bytes: 3000 } },
    maxItemsPerPartitionKey,
    indexes: [{ name: 'ByTime', type: 'local', sortKey: { name: 'at', type: 'N' }, projection: 'keys-only' }],
    accessPatterns: [],
  });
}

// id 2 + 36 (a string key without bytes) = 38 B: 1 WCU per write, 0.5 RCU per eventually consistent read.
describe('plan warnings, each at the field concerned', () => {
  it('a GSI provisioned below the writes it receives back-pressures the table', () => {
    const w = warningsOf(
      aTable({
        billing: 'provisioned',
        capacity: { read: 10, write: 2000 },
        indexes: [{ name: 'ByOwner', partitionKey: { name: 'owner', type: 'S' }, capacity: { read: 10, write: 100 } }],
        accessPatterns: [{ name: 'put', operation: 'PutItem', rate: 500, keys: { id: { cardinality: 1e6 }, owner: { cardinality: 1e5 } } }],
      }),
    );
    // owner 5 + 36 B; the entry (id 38 + owner 41 = 79 B) costs 1 WCU: 500 WCU/s into ByOwner, provisioned 100.
    expect(w).toEqual([
      ['/tables/0/indexes/0/capacity/write', "GSI ByOwner provisions 100 WCU, below the peak demand of 500 WCU/s: requests throttle once burst capacity runs out (§4); GSI back-pressure throttles the table's writes too (§3)"],
    ]);
  });

  it('an auto scaling maximum below the peak, and a capacity above the default quota', () => {
    const w = warningsOf(
      aTable({
        billing: 'provisioned',
        autoscaling: { min: 10, max: 30000, target: 0.5 },
        accessPatterns: [{ name: 'put', operation: 'PutItem', rate: 10000, peak: 35000, keys: { id: { cardinality: 1e9 } } }],
      }),
    );
    // ceil(35,000 / 0.5) = 70,000 WCU > 40,000.
    expect(w).toEqual([
      ['/tables/0/autoscaling/max', 'table Orders auto scaling stops at 30,000 WCU, below the peak demand of 35,000 WCU/s; the plan recommends a maximum of 70,000 WCU'],
      ['/tables/0', 'table Orders needs 70,000 WCU, above the default quota of 40,000 WCU per table and per GSI: request a quota increase (§4)'],
    ]);
  });

  it('a new on-demand table above the throughput it serves at once', () => {
    const w = warningsOf(aTable({ accessPatterns: [{ name: 'put', operation: 'PutItem', rate: 1000, peak: 5000, keys: { id: { cardinality: 1e9 } } }] }));
    expect(w).toEqual([
      ['/tables/0/billing', 'table Orders peaks at 5,000 WCU/s; a new on-demand table serves 4,000 writes per second at once and doubles from its previous peak: pre-warm it (warm throughput) or ramp up (§4)'],
    ]);
  });

  it('an item collection over 10 GB with a local index', () => {
    // Item 12 + 12 + 8 + 3,004 = 3,036 B; LSI entry 12 + 12 + 8 = 32 B; per item 3,036 + 100 + 32 + 100 = 3,268 B.
    // 3,000,000 × 3,268 = 9,804,000,000 B, within 10 GB (10,737,418,240 B); 3,300,000 × 3,268 = 10,784,400,000 B, over.
    expect(warningsOf(collection(3_000_000))).toEqual([]);
    expect(warningsOf(collection(3_300_000))).toEqual([
      ['/tables/0/maxItemsPerPartitionKey', 'the largest item collection of Orders reaches 10,784,400,000 B with its LSI entries, above the 10 GB an item collection may hold with a local index: writes to it will fail (§5)'],
    ]);
  });

  it('lint W3010 finds the same item collections, at the same field, with the same bytes', () => {
    const both = (model: SpecModel): string[][] => [
      ...lint(model).findings.filter((f) => f.ruleId === 'W3010').map((f) => ['lint', f.path, /\(([\d,]+) bytes\) in all/.exec(f.message)?.[1] ?? '']),
      ...(plan(model, PRICES).tables[0]?.warnings ?? []).map((w) => ['plan', w.path, /reaches ([\d,]+) B/.exec(w.message)?.[1] ?? '']),
    ];
    expect(both(parsed(aSpec([collection(3_000_000)])))).toEqual([]);
    expect(both(parsed(aSpec([collection(3_300_000)])))).toEqual([
      ['lint', '/tables/0/maxItemsPerPartitionKey', '10,784,400,000'],
      ['plan', '/tables/0/maxItemsPerPartitionKey', '10,784,400,000'],
    ]);
  });

  it('a pattern that cannot be priced, and a key whose popularity is unknown', () => {
    const w = warningsOf(
      aTable({
        indexes: [{ name: 'ByOwner', partitionKey: { name: 'owner', type: 'S' } }],
        accessPatterns: [
          { name: 'strong', operation: 'Query', index: 'ByOwner', rate: 1, consistency: 'strong' },
          { name: 'get', operation: 'GetItem', rate: 1 },
        ],
      }),
    );
    expect(w).toEqual([
      ['/tables/0/accessPatterns/0/consistency', 'a strongly consistent read of a global secondary index is invalid: GSI reads are eventually consistent only'],
      ['/tables/0/accessPatterns/1', "get on Orders: the popularity of id is not known: give the pattern keys.id, or the attribute's cardinality"],
    ]);
  });
});
