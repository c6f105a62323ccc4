import { ProvisionedPool } from '../../src/simulate/capacity-pool.js';
import { OnDemandAllowance, type OnDemandSettings } from '../../src/simulate/on-demand.js';
import { TokenBucket } from '../../src/simulate/token-bucket.js';

describe('token bucket (closed form)', () => {
  it('refills at its rate up to its depth, between events only', () => {
    const b = new TokenBucket(1000, 1000, 1000);
    expect(b.has(1000, 0)).toBe(true);
    b.take(1000);
    expect(b.level(0)).toBe(0);
    // 250 ms at 1,000 units/s is 250 units.
    expect(b.level(250)).toBeCloseTo(250, 9);
    expect(b.has(250, 250)).toBe(true);
    expect(b.has(251, 250)).toBe(false);
    expect(b.level(5000)).toBe(1000);
  });

  it('keeps the level accrued so far when reconfigured, capped at the new depth', () => {
    const b = new TokenBucket(100, 1000, 0);
    b.reconfigure(2000, 500, 3000); // 300 units accrued at 100/s
    expect(b.level(3000)).toBeCloseTo(300, 9);
    expect(b.level(3100)).toBeCloseTo(500, 9); // +200 at 2,000/s, capped at 500
    expect(b.unitsPerSecond).toBe(2000);
  });
});

describe('provisioned pool with burst reservoir (DYNAMODB-RULES.md §4)', () => {
  /** Sends one-unit requests evenly at `ratePerSecond` from `startMs`; returns the time of the first one refused. */
  function firstRefusalMs(pool: ProvisionedPool, ratePerSecond: number, startMs = 0): number {
    for (let k = 0; ; k++) {
      const t = startMs + (k * 1000) / ratePerSecond;
      if (!pool.bucket.has(1, t)) return t;
      pool.bucket.take(1);
    }
  }

  it('drains a full reservoir at the excess rate: 1,000 WCU at 1,500 writes/s lasts 600 s', () => {
    const pool = new ProvisionedPool(1000, 300, 1, 300);
    expect(pool.reservoirUnits(0)).toBe(300_000);
    // Level at the k-th request (t = k / 1,500 s): 300,000 + 1,000 t − k = 300,000 − k/3, below 1 from k = 899,998.
    expect(firstRefusalMs(pool, 1500)).toBeCloseTo((899_998 * 1000) / 1500, 3);
  });

  it('banks unused capacity: 1,000 WCU used at 400/s from empty is full (300,000) after 500 s', () => {
    const pool = new ProvisionedPool(1000, 300, 1, 0);
    for (let s = 1; s < 500; s++) {
      expect(pool.bucket.has(400, s * 1000)).toBe(true);
      pool.bucket.take(400);
    }
    // At 499 s, after its take: 499 × (1,000 − 400) = 299,400; a second later it is full.
    expect(pool.reservoirUnits(499_000)).toBeCloseTo(299_400, 6);
    expect(pool.reservoirUnits(500_000)).toBe(300_000);
  });

  it('holds the AWS example: 150 RCU idle for 5 minutes banks 45,000 units, lasting 900 s at 200 RCU', () => {
    const pool = new ProvisionedPool(150, 300, 1, 0);
    expect(pool.reservoirUnits(300_000)).toBe(45_000);
    // Level at the k-th read: 45,000 + 150 k/200 − k = 45,000 − k/4, below 1 from k = 179,997: 899.985 s later.
    expect(firstRefusalMs(pool, 200, 300_000) - 300_000).toBeCloseTo((179_997 * 1000) / 200, 3);
  });

  it('keeps one second of capacity without burst, and scales its depth with new capacity', () => {
    const noBurst = new ProvisionedPool(1000, 0, 1, 0);
    expect(noBurst.reservoirUnits(10_000)).toBe(1000);
    const pool = new ProvisionedPool(1000, 300, 1, 300);
    pool.setCapacity(2000, 0);
    expect(pool.bucket.depthUnits).toBe(600_000);
    expect(pool.reservoirUnits(0)).toBe(300_000);
    expect(pool.unitsPerSecond).toBe(2000);
  });
});

describe('on-demand allowance (DYNAMODB-RULES.md §4)', () => {
  const settings = (overrides: Partial<OnDemandSettings> = {}): OnDemandSettings => ({
    initialUnitsPerSecond: 4000,
    quotaUnitsPerSecond: 40_000,
    maxUnitsPerSecond: null,
    peakWindowSeconds: 60,
    doublingSeconds: 1800,
    bucketSeconds: 1,
    ...overrides,
  });

  it('starts a new table at 4,000 WRU/s, twice a previous peak of 2,000', () => {
    const a = new OnDemandAllowance(settings());
    expect(a.unitsPerSecond).toBe(4000);
    expect(a.peakUnitsPerSecond).toBe(2000);
    expect(a.bucket.unitsPerSecond).toBe(4000);
    expect(a.limit()).toBe('allowance');
  });

  it('grows linearly towards twice the demand, reaching it within 30 minutes: 4,000 → 10,000 takes 675 s at 10,000/s', () => {
    const a = new OnDemandAllowance(settings());
    // Target 2 × 10,000 = 20,000; step (20,000 − 4,000) / 1,800 s = 8.888… units/s each second.
    a.tick(10_000, 4000, true, 1000);
    expect(a.unitsPerSecond).toBeCloseTo(4000 + 16_000 / 1800, 6);
    for (let s = 2; s <= 674; s++) a.tick(10_000, 4000, true, s * 1000);
    expect(a.unitsPerSecond).toBeLessThan(10_000);
    a.tick(10_000, 4000, true, 675_000);
    expect(a.unitsPerSecond).toBeCloseTo(10_000, 6);
    // Demand no longer exceeds the allowance: growth stops there.
    for (let s = 676; s <= 700; s++) a.tick(10_000, 10_000, false, s * 1000);
    expect(a.unitsPerSecond).toBeCloseTo(10_000, 6);
  });

  it('doubles in exactly 30 minutes when demand is just above the allowance', () => {
    const a = new OnDemandAllowance(settings({ initialUnitsPerSecond: 1000, quotaUnitsPerSecond: 100_000 }));
    // Demand 2,000 stays above the allowance until it reaches 2,000: 1,000 → 2,000 at (4,000 − 1,000)/1,800 per s = 600 s.
    let s = 0;
    while (a.unitsPerSecond < 2000 - 1e-6) a.tick(2000, a.unitsPerSecond, true, ++s * 1000);
    expect(s).toBe(600);
  });

  it('makes traffic served for a whole window the previous peak, and serves twice it at once', () => {
    const a = new OnDemandAllowance(settings());
    for (let s = 1; s <= 59; s++) a.tick(3500, 3500, false, s * 1000);
    expect(a.unitsPerSecond).toBe(4000);
    a.tick(3500, 3500, false, 60_000);
    expect(a.peakUnitsPerSecond).toBe(3500);
    expect(a.unitsPerSecond).toBe(7000);
  });

  it('does not take throttled traffic as a peak', () => {
    const a = new OnDemandAllowance(settings());
    for (let s = 1; s <= 120; s++) a.tick(4000, 4000, s === 100, s * 1000);
    // The window holding second 100 is not unhindered; the peak moves only once it leaves the window.
    expect(a.peakUnitsPerSecond).toBe(4000);
    const b = new OnDemandAllowance(settings());
    for (let s = 1; s <= 100; s++) b.tick(4000, 4000, true, s * 1000);
    expect(b.peakUnitsPerSecond).toBe(2000);
  });

  it('stops at the table quota (AccountLimitExceeded) or the maximum throughput (MaxOnDemandThroughputExceeded)', () => {
    const quota = new OnDemandAllowance(settings({ quotaUnitsPerSecond: 5000 }));
    for (let s = 1; s <= 2000; s++) quota.tick(10_000, 5000, true, s * 1000);
    expect(quota.unitsPerSecond).toBe(5000);
    expect(quota.limit()).toBe('account');
    const max = new OnDemandAllowance(settings({ maxUnitsPerSecond: 3000 }));
    expect(max.unitsPerSecond).toBe(3000);
    expect(max.limit()).toBe('maxOnDemand');
    max.tick(10_000, 3000, true, 1000);
    expect(max.unitsPerSecond).toBe(3000);
  });

  it('starts at the warm throughput when it is higher than a new table’s', () => {
    expect(new OnDemandAllowance(settings({ initialUnitsPerSecond: 25_000 })).unitsPerSecond).toBe(25_000);
  });
});
