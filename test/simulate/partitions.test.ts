import { LatencyHistogram } from '../../src/simulate/latency-histogram.js';
import { PartitionMap } from '../../src/simulate/partition-map.js';
import { chooseSplit, HeatStats } from '../../src/simulate/split-for-heat.js';
import { TopKeys } from '../../src/simulate/top-keys.js';

describe('partition map', () => {
  it('finds the partition of a key-space position, splits it, and keeps key order', () => {
    const map = new PartitionMap(4, 1);
    expect(map.lookup(0).id).toBe(0);
    expect(map.lookup(0.3).id).toBe(1);
    expect(map.lookup(0.999).id).toBe(3);
    const [a, b] = map.split(map.lookup(0.3), 0.3, 1000, 'heat');
    expect([a.id, b.id]).toEqual([4, 5]);
    expect(map.lookup(0.29).id).toBe(4);
    expect(map.lookup(0.3).id).toBe(5);
    expect(map.all.map((p) => p.id)).toEqual([0, 4, 5, 2, 3]);
    expect(map.splits).toEqual([{ atMs: 1000, partition: 1, children: [4, 5], boundary: 0.3, cause: 'heat' }]);
  });

  it('gives each child of a split its parent’s tokens and the partition ceilings', () => {
    const map = new PartitionMap(1, 1);
    const p = map.lookup(0.5);
    p.write.take(600);
    const [a, b] = map.split(p, 0.5, 0, 'heat');
    expect(a.write.level(0)).toBe(400);
    expect(b.write.level(0)).toBe(400);
    expect(a.read.depthUnits).toBe(3000);
    expect(a.write.unitsPerSecond).toBe(1000);
  });

  it('grows by whole generations of halves so equal partitions stay equal', () => {
    const map = new PartitionMap(4, 1);
    map.ensureCount(5, 0);
    expect(map.count).toBe(8);
    expect(map.all.every((p) => p.hi - p.lo === 0.125)).toBe(true);
    map.ensureCount(8, 0);
    expect(map.count).toBe(8);
  });
});

describe('split for heat: choosing the split point', () => {
  it('never splits a partition whose heat is a single key', () => {
    const heat = new HeatStats();
    for (let i = 0; i < 1000; i++) heat.record(0.3, 1, 0.25, 0.5);
    expect(chooseSplit(heat, 0.25, 0.5)).toEqual({ refused: 'single-key' });
  });

  it('isolates a dominant key on the side with less of the other load', () => {
    const heat = new HeatStats();
    for (let i = 0; i < 100; i++) {
      heat.record(0.3125, 8, 0.25, 0.5); // the hot key (0.3125 = 5/16, on the position grid): 80 % of the heat
      heat.record(0.26 + (i % 10) * 0.001, 1, 0.25, 0.5); // others below it
      heat.record(0.45, 1, 0.25, 0.5); // one above it
    }
    const d = chooseSplit(heat, 0.25, 0.5);
    // Equal load on both sides: the key goes up, split exactly at it.
    expect(d).toEqual({ boundary: 0.3125 });
  });

  it('splits spread heat at its weighted median', () => {
    const heat = new HeatStats();
    // Uniform over [0, 0.5) with three times more in [0, 0.25): the median is at 1/6.
    for (let i = 0; i < 3000; i++) heat.record((i % 1000) / 4000, 1, 0, 0.5);
    for (let i = 0; i < 1000; i++) heat.record(0.25 + (i % 1000) / 4000, 1, 0, 0.5);
    const d = chooseSplit(heat, 0, 0.5);
    expect('boundary' in d && d.boundary).toBeCloseTo(1 / 6, 2);
  });
});

describe('latency histogram', () => {
  it('gives exact percentiles below 2 ms and the exact maximum', () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 50; i++) h.record(0);
    for (let i = 0; i < 49; i++) h.record(1.5);
    h.record(2500);
    expect(h.count).toBe(100);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(0.99)).toBe(1.5);
    expect(h.quantile(1)).toBe(2500);
    expect(h.max()).toBe(2500);
  });

  it('keeps 0.1 % precision for large values', () => {
    for (const ms of [2.5, 17.3, 499.9, 12_345.678, 3_600_000]) {
      const h = new LatencyHistogram();
      h.record(ms);
      h.record(ms * 2);
      expect(Math.abs(h.quantile(0.5) - ms) / ms).toBeLessThan(0.001);
    }
  });
});

describe('top keys (Space-Saving)', () => {
  it('names a key only when it surely had most of the weight', () => {
    const t = new TopKeys(4);
    for (let i = 0; i < 600; i++) t.add(7, 3);
    for (let i = 0; i < 400; i++) t.add(i, 0); // 400 different keys churn the other counters
    expect(t.total).toBe(1000);
    expect(t.majority()).toEqual({ a: 7, b: 3, sureWeight: 600 });
    const spread = new TopKeys(4);
    for (let i = 0; i < 1000; i++) spread.add(i % 10, 0);
    expect(spread.majority()).toBeUndefined();
  });

  it('never understates a key by more than the lightest counter: count − error is a lower bound', () => {
    const t = new TopKeys(2);
    t.add(1, 0, 5);
    t.add(2, 0, 3);
    t.add(3, 0, 1); // replaces key 2 (3), error 3
    expect(t.heaviest()).toEqual({ a: 1, b: 0, sureWeight: 5 });
    t.reset();
    expect(t.heaviest()).toBeUndefined();
  });
});
