import fc from 'fast-check';
import { estimatePartitions, partitionCeilings } from '../../src/calculators/partitions.js';
import { parseSize } from '../../src/calculators/size.js';

describe('estimatePartitions (the historic published formula, DYNAMODB-RULES.md §5)', () => {
  it.each([
    // rcu, wcu, size, byCapacity, bySize, partitions
    [1000, 500, undefined, '5/6', '0', 1],
    [5000, 2000, undefined, '11/3', '0', 4],
    [3000, 0, undefined, '1', '0', 1],
    [3001, 0, undefined, '3001/3000', '0', 2],
    [0, 1000, undefined, '1', '0', 1],
    [0, 0, undefined, '0', '0', 1],
    [1000, 500, '25GB', '5/6', '5/2', 3],
    [1000, 500, '10GB', '5/6', '1', 1],
    [6000, 2000, '10GB', '4', '1', 4],
  ])('%i RCU + %i WCU, size %s: by capacity %s, by size %s → %i', (rcu, wcu, size, byCapacity, bySize, partitions) => {
    const r = estimatePartitions({ rcu, wcu, ...(size === undefined ? {} : { tableBytes: parseSize(size).value }) });
    expect(r.value.byCapacity.toString()).toBe(byCapacity);
    expect(r.value.bySize.toString()).toBe(bySize);
    expect(r.value.partitions).toBe(partitions);
  });

  it('labels itself as the historic estimate and shows the formula', () => {
    const r = estimatePartitions({ rcu: 5000, wcu: 2000 });
    expect(r.steps[0]).toMatchObject({ assumption: true });
    expect(r.steps.slice(1).map((s) => `${s.how} = ${s.result}`)).toEqual([
      '5,000 RCU ÷ 3,000 + 2,000 WCU ÷ 1,000 = 3.6667',
      'table size not given = 0',
      'ceil(max(3.6667, 0)), at least 1 = 4',
    ]);
  });

  it('is monotonic in capacity and size, and never below either estimate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 2 ** 50 }), fc.integer({ min: 0, max: 1000 }), (rcu, wcu, bytes, more) => {
        const a = estimatePartitions({ rcu, wcu, tableBytes: bytes }).value;
        const b = estimatePartitions({ rcu: rcu + more, wcu: wcu + more, tableBytes: bytes + more }).value;
        return a.partitions <= b.partitions && a.byCapacity.compare(a.partitions) <= 0 && a.bySize.compare(a.partitions) <= 0 && a.partitions >= 1;
      }),
    );
  });

  it('knows the per-partition ceilings', () => {
    expect(partitionCeilings()).toEqual({ rcu: 3000, wcu: 1000 });
  });
});
