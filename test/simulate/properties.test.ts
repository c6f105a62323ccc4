import fc from 'fast-check';
import type { Scenario } from '../../src/simulate/scenario.js';
import { aScenario, design, run, type RawScenario } from './helpers.js';

/** Few runs each: every run is a whole simulation. */
const RUNS = { numRuns: 25 };

const retry = fc.constantFrom<unknown>('none', 'sdk-v3-standard', 'sdk-v2-dynamodb', { maxAttempts: 4, baseDelay: '20ms', maxDelay: '200ms' });
const keys = fc.oneof(
  fc.record({ cardinality: fc.integer({ min: 1, max: 1_000_000 }) }),
  fc.record({ cardinality: fc.integer({ min: 2, max: 1000 }), hot: fc.record({ share: fc.double({ min: 0.05, max: 1, noNaN: true }) }) }),
  fc.record({ cardinality: fc.integer({ min: 1, max: 100_000 }), distribution: fc.record({ zipf: fc.double({ min: 0.5, max: 2, noNaN: true }) }) }),
);
const designs = fc.constantFrom<unknown>([{ name: 'plain' }], [{ name: 'plain' }, { name: 'random', shard: { count: 4, suffix: 'random' } }], [{ name: 'calculated', shard: { count: 3, suffix: 'calculated' } }]);

/** A random small scenario: a provisioned or on-demand table, writes and reads, any retry profile and designs. */
const scenarios = fc
  .record({
    seed: fc.integer({ min: 0, max: 1000 }),
    seconds: fc.integer({ min: 3, max: 15 }),
    onDemand: fc.boolean(),
    write: fc.integer({ min: 1, max: 3000 }),
    read: fc.integer({ min: 1, max: 3000 }),
    partitions: fc.integer({ min: 1, max: 8 }),
    burst: fc.constantFrom<unknown>('full', 'empty', 30),
    writeRate: fc.integer({ min: 1, max: 3000 }),
    readRate: fc.integer({ min: 1, max: 2000 }),
    itemBytes: fc.integer({ min: 1, max: 6000 }),
    keys,
    retry,
    designs,
  })
  .map((p): RawScenario => ({
    seed: p.seed,
    duration: `${p.seconds}s`,
    table: p.onDemand ? { billing: 'on-demand', partitions: p.partitions } : { billing: 'provisioned', capacity: { read: p.read, write: p.write }, partitions: p.partitions, burst: p.burst },
    workload: [
      { name: 'writes', rate: p.writeRate, itemSize: p.itemBytes, keys: p.keys },
      { name: 'reads', operation: 'GetItem', rate: p.readRate, itemSize: p.itemBytes, keys: p.keys },
    ],
    client: { retry: p.retry },
    designs: p.designs,
  }));

describe('simulator properties', () => {
  it('never succeeds more than it was offered; every request ends as succeeded or failed; ratios are ratios', () => {
    fc.assert(
      fc.property(scenarios, (raw) => {
        for (const d of run(aScenario(raw)).designs) {
          expect(d.succeeded).toBeLessThanOrEqual(d.offered);
          expect(d.succeeded + d.failed).toBe(d.offered);
          expect(d.throttledAttempts).toBeLessThanOrEqual(d.attempts);
          expect(d.attempts).toBeGreaterThanOrEqual(d.offered);
          expect(d.throttleRatio).toBeGreaterThanOrEqual(0);
          expect(d.throttleRatio).toBeLessThanOrEqual(1);
          expect(d.latencyMs.p50).toBeLessThanOrEqual(d.latencyMs.p99);
          expect(d.latencyMs.p99).toBeLessThanOrEqual(d.latencyMs.max);
        }
      }),
      RUNS,
    );
  });

  it('never admits more on a partition than its ceiling allows: in any window of w seconds, 1,000 WCU × (w + bucket depth)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 6000 }), fc.double({ min: 0.1, max: 2, noNaN: true }), fc.integer({ min: 0, max: 100 }), (rate, depth, seed) => {
        // One partition and ample table capacity: the partition's ceiling is the only limit. 1 KB writes cost 1 WCU.
        const d = design(
          run(
            aScenario({
              seed,
              duration: '20s',
              table: { billing: 'provisioned', capacity: { read: 1, write: 40_000 }, partitions: 1 },
              workload: [{ rate, keys: { cardinality: 50 } }],
              model: { partitionBucketSeconds: depth },
            }),
          ),
        );
        const perSecond = d.timeline.map((x) => x.admitted);
        for (const w of [1, 2, 5, 20]) {
          for (let s = 0; s + w <= perSecond.length; s++) {
            const sum = perSecond.slice(s, s + w).reduce((a, b) => a + b, 0);
            if (sum > 1000 * (w + depth) + 1e-6) throw new Error(`${sum} units admitted in [${s}, ${s + w}) s with a ${depth} s bucket`);
          }
        }
      }),
      RUNS,
    );
  });

  it('never throttles more with more capacity, on the same arrivals (no retries, fixed partitions)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 100, max: 4000 }),
        fc.constantFrom<unknown>('full', 'empty'),
        fc.constantFrom('poisson', 'uniform'),
        fc.integer({ min: 0, max: 100 }),
        (capacity, extra, rate, burst, arrivals, seed) => {
          const throttled = (write: number): number =>
            design(
              run(
                aScenario({
                  seed,
                  duration: '20s',
                  table: { billing: 'provisioned', capacity: { read: 1, write }, partitions: 4, burst },
                  workload: [{ rate, arrivals, keys: { cardinality: 1000 } }],
                }),
              ),
            ).throttledAttempts;
          expect(throttled(capacity + extra)).toBeLessThanOrEqual(throttled(capacity));
        },
      ),
      RUNS,
    );
  });

  it('gives zero throttles for zero load, on any table', () => {
    fc.assert(
      fc.property(scenarios, (raw) => {
        const s = aScenario(raw);
        const idle: Scenario = { ...s, workloads: s.workloads.map((w) => (w.kind === 'generated' ? { ...w, fromPerSecond: 0, toPerSecond: 0 } : w)) };
        for (const d of run(idle).designs) {
          expect(d.offered).toBe(0);
          expect(d.attempts).toBe(0);
          expect(d.throttledAttempts).toBe(0);
          expect(d.timeToFirstThrottleSeconds).toBeNull();
        }
      }),
      RUNS,
    );
  });
});
