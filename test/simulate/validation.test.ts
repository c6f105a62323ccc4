import type { Scenario } from '../../src/simulate/scenario.js';
import { design, expectWithin, fixture, perSecond, run } from './helpers.js';

/**
 * The validation scenarios of SIMULATOR.md, each run from its fixture in fixtures/scenarios and
 * checked against its expected outcome within ±2 % unless the scenario says otherwise. Arrivals
 * are Poisson, so a rate is compared with what the model makes of the arrivals that were drawn
 * (for instance throttled = offered − capacity), and the drawn rates with the nominal ones.
 */

/** The same scenario cut to `seconds` (every workload entry ends there too). */
function cut(s: Scenario, seconds: number): Scenario {
  const durationMs = seconds * 1000;
  return { ...s, durationMs, workloads: s.workloads.map((w) => (w.kind === 'generated' ? { ...w, endMs: Math.min(w.endMs, durationMs) } : w)) };
}

describe('1. burst drain', () => {
  const d = design(run(fixture('01-burst-drain.yaml')));

  it('throttles nothing for about 600 s, while the 300,000-unit reservoir pays for 500 writes/s', () => {
    expectWithin(d.timeToFirstThrottleSeconds ?? 0, 600);
    expect(perSecond(d, 'throttled', 0, 580)).toBe(0);
  });

  it('then throttles about 500 writes/s, a third', () => {
    const offered = perSecond(d, 'offered', 620, 1200);
    expectWithin(offered, 1500);
    expectWithin(perSecond(d, 'admitted', 620, 1200), 1000);
    expectWithin(perSecond(d, 'throttled', 620, 1200), offered - 1000);
    expectWithin(perSecond(d, 'throttled', 620, 1200) / offered, 1 / 3);
    expect(d.throttles.map((t) => t.reason)).toEqual(['TableWriteProvisionedThroughputExceeded']);
  });

  it('throttles nothing in a 60 s run', () => {
    expect(design(run(cut(fixture('01-burst-drain.yaml'), 60))).throttledAttempts).toBe(0);
  });
});

describe('2. the AWS read example', () => {
  const d = design(run(fixture('02-aws-read-example.yaml')));

  it('serves 200 strongly consistent reads/s of 4 KB on 150 RCU for about 900 s, then throttles about 50/s', () => {
    expectWithin(d.timeToFirstThrottleSeconds ?? 0, 900);
    expectWithin(perSecond(d, 'offered', 920, 1200), 200);
    expectWithin(perSecond(d, 'admitted', 920, 1200), 150);
    expectWithin(perSecond(d, 'throttled', 920, 1200), perSecond(d, 'offered', 920, 1200) - 150);
    expect(d.throttles.map((t) => t.reason)).toEqual(['TableReadProvisionedThroughputExceeded']);
  });
});

describe('3. reservoir refill', () => {
  const d = design(run(fixture('03-reservoir-refill.yaml')));

  it('fills the reservoir at 600 units/s from empty: full after 500 s', () => {
    const burstAt = (t: number): number => d.capacityByMinute.find((m) => m.t === t)?.writeBurst ?? NaN;
    expectWithin(burstAt(60), 60 * 600);
    expectWithin(burstAt(480), 480 * 600);
    // Full: at the 300,000 cap but for the writes of the last instant.
    expect(burstAt(540)).toBeGreaterThan(300_000 - 400);
    expect(burstAt(600)).toBeGreaterThan(300_000 - 400);
  });

  it('then carries 2,000 writes/s for about 300 s, and throttles about 1,000/s after', () => {
    expectWithin((d.timeToFirstThrottleSeconds ?? 0) - 600, 300);
    const offered = perSecond(d, 'offered', 920, 1200);
    expectWithin(offered, 2000);
    expectWithin(perSecond(d, 'throttled', 920, 1200), offered - 1000);
  });
});

describe('4. a single hot key', () => {
  it('admits about 1,000 writes/s and throttles 500/s with TableWriteKeyRangeThroughputExceeded, leaving the reservoir untouched', () => {
    const d = design(run(fixture('04-single-hot-key.yaml')));
    expectWithin(perSecond(d, 'admitted', 5, 120), 1000);
    expectWithin(perSecond(d, 'throttled', 5, 120), perSecond(d, 'offered', 5, 120) - 1000);
    expectWithin(perSecond(d, 'offered', 5, 120), 1500);
    // From the first seconds: the partition's one-second bucket (partitionBucketSeconds) absorbs the first second's excess.
    expect(d.timeToFirstThrottleSeconds).toBeLessThan(2.5);
    expect(d.throttles.map((t) => `${t.reason} ${t.resource}`)).toEqual(['TableWriteKeyRangeThroughputExceeded Counters']);
    expect(d.hotPartitions[0]?.key).toBe('page-views');
    // 4,000 WCU × 300 s banked; consumption of 1,000/s never dips into it by more than a second of refill.
    expect(d.capacityByMinute).toHaveLength(2);
    for (const m of d.capacityByMinute) expect(m.writeBurst).toBeGreaterThanOrEqual(1_200_000 - 4000);
    // A single key is never split for heat, however hot.
    expect(d.partitions[0]?.splits).toEqual([]);
  });

  it('with 2.5 KB items (3 WCU each) caps the key at about 333 writes/s', () => {
    const d = design(run(fixture('04b-single-hot-key-large-items.yaml')));
    expectWithin(perSecond(d, 'admitted', 5, 120), 1000 / 3);
  });

  it('does the same on an on-demand table', () => {
    const d = design(run(fixture('04c-single-hot-key-on-demand.yaml')));
    expectWithin(perSecond(d, 'admitted', 5, 120), 1000);
    expectWithin(perSecond(d, 'throttled', 5, 120), perSecond(d, 'offered', 5, 120) - 1000);
    expect(d.throttles.map((t) => `${t.reason} ${t.limit}`)).toEqual(['TableWriteKeyRangeThroughputExceeded keyRange']);
  });
});

describe('5. hot item reads', () => {
  it('admits about 600 strongly consistent reads/s of a 20 KB item (5 RCU each)', () => {
    const d = design(run(fixture('05-hot-item-reads.yaml')));
    expectWithin(perSecond(d, 'admitted', 5, 60), 600);
    expect(d.throttles.map((t) => t.reason)).toEqual(['TableReadKeyRangeThroughputExceeded']);
  });
});

describe('6. sharding relieves a hot key', () => {
  const report = run(fixture('06-sharding-relieves-hot-key.yaml'));

  it('holds the plain key to about 1,000 writes/s: 80 % throttled', () => {
    const plain = design(report, 'plain');
    expectWithin(perSecond(plain, 'admitted', 5, 120), 1000);
    expectWithin(plain.throttleRatio, 0.8);
  });

  it('leaves throttling only where shards collide on a partition, and reports the collisions', () => {
    const sharded = design(report, 'random-10');
    const layout = sharded.shardCollisions[0];
    expect(layout).toMatchObject({ key: 'candidate-a', shards: 10, partitionsUsed: 8, collisions: 2, maxShardsOnOnePartition: 3 });
    const crowded = new Set(layout?.layout.filter((p) => p.shards.length > 1).map((p) => p.partition));
    expect(sharded.hotPartitions.length).toBeGreaterThan(0);
    for (const p of sharded.hotPartitions) expect(crowded.has(p.partition)).toBe(true);
    // Each shard takes a tenth of 5,000 writes/s: the partition with 3 shards gets 1,500/s and throttles 500/s.
    const offered = perSecond(sharded, 'offered', 5, 120);
    const excess = (layout?.layout ?? []).reduce((sum, p) => sum + Math.max(0, (offered * p.shards.length) / 10 - 1000), 0);
    expectWithin(perSecond(sharded, 'throttled', 5, 120), excess);
  });
});

describe('7. shard collisions on small tables', () => {
  it('admits Σ over partitions of min(1,000, the demand of the shards there)', () => {
    const d = design(run(fixture('07-shard-collisions.yaml')), 'random-10');
    const layout = d.shardCollisions[0];
    expect(layout?.layout.reduce((n, p) => n + p.shards.length, 0)).toBe(10);
    expect(layout?.collisions).toBe(10 - (layout?.partitionsUsed ?? 0));
    const offered = perSecond(d, 'offered', 5, 60);
    const expected = (layout?.layout ?? []).reduce((sum, p) => sum + Math.min(1000, (offered * p.shards.length) / 10), 0);
    expect(expected).toBeLessThan(offered * 0.9); // this seed's layout does collide
    expectWithin(perSecond(d, 'admitted', 5, 60), expected);
    expectWithin(layout?.admissibleUnitsPerSecond ?? 0, expected);
  });
});

describe('8. GSI back-pressure', () => {
  it('throttles base writes down to the index rate once its reservoir is spent, naming the index', () => {
    const d = design(run(fixture('08-gsi-back-pressure.yaml')));
    // The index banks 300 units (1 WCU × 300 s) and refills 1 unit/s: within 10 s it is the limit.
    const admittedAfter = d.timeline.slice(10).reduce((n, x) => n + x.admitted, 0);
    expect(Math.abs(admittedAfter - 110)).toBeLessThanOrEqual(2);
    expect(d.throttles.map((t) => `${t.reason} ${t.resource}`)).toEqual(['IndexWriteProvisionedThroughputExceeded Orders/index/ByCustomer']);
  });

  it('never lets an index’s read throttling throttle base writes', () => {
    const d = design(run(fixture('08b-gsi-read-throttling.yaml')));
    expect(d.workloads.find((w) => w.name === 'new-orders')).toMatchObject({ throttledAttempts: 0, failed: 0 });
    expect(d.workloads.find((w) => w.name === 'orders-of-customer')?.throttledAttempts).toBeGreaterThan(0);
    expect(d.throttles.map((t) => `${t.reason} ${t.resource}`)).toEqual(['IndexReadProvisionedThroughputExceeded Orders/index/ByCustomer']);
  });
});

describe('9. on-demand new table', () => {
  it('serves 0 → 3,500 writes/s without throttling', () => {
    expect(design(run(fixture('09-on-demand-new-table.yaml'))).throttledAttempts).toBe(0);
  });

  it('throttles 0 → 10,000 writes/s at first, less and less as the allowance grows, and not at all long before 30 minutes', () => {
    const d = design(run(fixture('09b-on-demand-spike.yaml')));
    const minute = (m: number): number => perSecond(d, 'throttled', m * 60, (m + 1) * 60);
    expect(minute(0) / perSecond(d, 'offered', 0, 60)).toBeGreaterThan(0.5);
    for (let m = 1; m < 12; m++) expect(minute(m)).toBeLessThan(minute(m - 1));
    // The allowance only grows, and the demand is flat: once it is met, throttling never comes back.
    expect(perSecond(d, 'throttled', 13 * 60, 20 * 60)).toBe(0);
    const write = d.onDemand.find((o) => o.dimension === 'write');
    expect(write?.initialUnitsPerSecond).toBe(4000);
    expect(write?.finalUnitsPerSecond).toBeGreaterThanOrEqual(20_000 * 0.98);
  });
});

describe('10. auto scaling staircase', () => {
  it('climbs in steps of consumed ÷ target while throttled, until capacity passes 2,000', () => {
    const d = design(run(fixture('10-auto-scaling-staircase.yaml')));
    const steps = d.scaling.map((s) => [s.fromUnits, s.toUnits, s.issuedSeconds, s.appliedSeconds]);
    // 2 minutes above target, then 2 minutes of UpdateTable, each round.
    expect(steps.slice(0, 2)).toEqual([
      [1000, 1429, 120, 240],
      [1429, 2042, 360, 480],
    ]);
    expectWithin(perSecond(d, 'admitted', 10, 230), 1000);
    expectWithin(perSecond(d, 'admitted', 250, 470), 1429);
    expect(perSecond(d, 'throttled', 490, 720)).toBe(0);
    const lastThrottle = d.timeline.reduce((t, x) => (x.throttled > 0 ? x.t : t), 0);
    expect(lastThrottle).toBeGreaterThanOrEqual(470);
    expect(lastThrottle).toBeLessThan(490);
  });
});

describe('11. retry amplification', () => {
  const profiles = ['none', 'v3', 'v2'].map((p) => ({ profile: p, d: design(run(fixture(`11-retry-amplification-${p}.yaml`))) }));

  it.each(profiles)('keeps succeeded at about 1,000/s and failed at about 500/s with retry profile $profile', ({ d }) => {
    expectWithin(perSecond(d, 'succeeded', 60, 180), 1000);
    const offered = perSecond(d, 'offered', 60, 180);
    expectWithin(perSecond(d, 'failed', 60, 180), offered - perSecond(d, 'succeeded', 60, 180), 0.05);
    expectWithin(perSecond(d, 'failed', 60, 180), 500, 0.05);
  });

  it('multiplies attempts with the profile: v2 with 10 retries far above v3 with 3 attempts and its quota', () => {
    const attempts = Object.fromEntries(profiles.map(({ profile, d }) => [profile, perSecond(d, 'attempts', 60, 180)]));
    expectWithin(attempts.none ?? 0, 1500);
    expect(attempts.v3).toBeGreaterThan(attempts.none ?? 0);
    expect(attempts.v2).toBeGreaterThan(4 * (attempts.v3 ?? 0));
  });
});

describe('12. determinism', () => {
  const scenario = cut(fixture('06-sharding-relieves-hot-key.yaml'), 30);
  const report = run(scenario);

  it('gives byte-identical reports for the same scenario and seed, and another for another seed', () => {
    expect(JSON.stringify(run(scenario))).toBe(JSON.stringify(report));
    expect(JSON.stringify(run(scenario, 38))).not.toBe(JSON.stringify(report));
  });

  it('shows the designs of one run the same logical arrivals (equal checksums of the per-second logical counts)', () => {
    const plain = design(report, 'plain');
    const sharded = design(report, 'random-10');
    expect(sharded.arrivalsChecksum).toMatch(/^[0-9a-f]{8}$/);
    expect(sharded.arrivalsChecksum).toBe(plain.arrivalsChecksum);
    expect(sharded.timeline.map((x) => x.offered)).toEqual(plain.timeline.map((x) => x.offered));
    // The designs differ in what they admitted, not in what they were offered.
    expect(sharded.succeeded).not.toBe(plain.succeeded);
    // The checksum is of the arrivals: another seed draws other arrivals, and another checksum.
    expect(design(run(scenario, 38)).arrivalsChecksum).not.toBe(plain.arrivalsChecksum);
  });
});
