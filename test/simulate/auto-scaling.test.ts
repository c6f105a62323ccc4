import { AutoScaler, DecreaseQuota } from '../../src/simulate/auto-scaling.js';

const HOUR = 3_600_000;

describe('auto scaling: target tracking on consumed capacity (DYNAMODB-RULES.md §4)', () => {
  const policy = { minUnits: 1000, maxUnits: 10_000, targetUtilization: 0.7 };

  it('scales out after 2 consecutive minutes above the target, to consumed ÷ target', () => {
    const s = new AutoScaler(policy);
    const quota = new DecreaseQuota();
    // 1,000 units/s consumed of 1,000: 100 % utilization.
    expect(s.onMinute(60_000, 1000, false, quota, 60_000)).toBeNull();
    expect(s.onMinute(60_000, 1000, false, quota, 120_000)).toEqual({ action: 'scale-out', toUnits: 1429 }); // ceil(1,000 / 0.7)
  });

  it('decides nothing while an update is in flight, and restarts its count when the capacity changes', () => {
    const s = new AutoScaler(policy);
    const quota = new DecreaseQuota();
    s.onMinute(60_000, 1000, true, quota, 60_000);
    expect(s.onMinute(60_000, 1000, true, quota, 120_000)).toBeNull();
    expect(s.streaks.above).toBe(2);
    s.restart();
    expect(s.onMinute(85_740, 1429, false, quota, 180_000)).toBeNull();
    expect(s.onMinute(85_740, 1429, false, quota, 240_000)).toEqual({ action: 'scale-out', toUnits: 2042 }); // ceil(1,429 / 0.7)
  });

  it('scales in after 15 consecutive minutes below target − 20 points, not before, within [min, max]', () => {
    const s = new AutoScaler(policy);
    const quota = new DecreaseQuota();
    // 300 units/s of 2,000 is 15 %, below 50 %.
    for (let m = 1; m <= 14; m++) expect(s.onMinute(18_000, 2000, false, quota, m * 60_000)).toBeNull();
    expect(s.onMinute(18_000, 2000, false, quota, 15 * 60_000)).toEqual({ action: 'scale-in', toUnits: 1000 }); // max(min 1,000, ceil(300 / 0.7) = 429)
  });

  it('does nothing between the two thresholds', () => {
    const s = new AutoScaler(policy);
    const quota = new DecreaseQuota();
    // 1,300 of 2,000 is 65 %: under the 70 % target, over the 50 % scale-in threshold.
    for (let m = 1; m <= 30; m++) expect(s.onMinute(78_000, 2000, false, quota, m * 60_000)).toBeNull();
  });

  it('caps scale-out at max', () => {
    const s = new AutoScaler({ ...policy, maxUnits: 1200 });
    const quota = new DecreaseQuota();
    s.onMinute(60_000, 1000, false, quota, 60_000);
    expect(s.onMinute(60_000, 1000, false, quota, 120_000)).toEqual({ action: 'scale-out', toUnits: 1200 });
  });

  it('reports a scale-in the daily decrease quota blocks', () => {
    const s = new AutoScaler(policy);
    const quota = new DecreaseQuota();
    for (let i = 0; i < 4; i++) expect(quota.tryUse(0)).toBe(true);
    for (let m = 1; m <= 14; m++) s.onMinute(18_000, 2000, false, quota, m * 60_000);
    expect(s.onMinute(18_000, 2000, false, quota, 15 * 60_000)).toEqual({ action: 'blocked', toUnits: 1000, why: 'decrease quota' });
  });
});

describe('daily decrease quota', () => {
  it('has 4 at the start of the day, one more each hour, never more than 4 available', () => {
    const q = new DecreaseQuota();
    expect(q.availableAt(0)).toBe(4);
    for (let i = 0; i < 4; i++) expect(q.tryUse(10 * 60_000)).toBe(true);
    expect(q.tryUse(30 * 60_000)).toBe(false);
    expect(q.availableAt(HOUR)).toBe(1);
    expect(q.tryUse(HOUR)).toBe(true);
    expect(q.availableAt(HOUR + 59 * 60_000)).toBe(0);
    expect(q.availableAt(3 * HOUR)).toBe(2);
    expect(q.availableAt(10 * HOUR)).toBe(4);
  });

  it('allows 27 decreases in a day at most, and starts again at 4 the next day', () => {
    const q = new DecreaseQuota();
    let used = 0;
    for (let h = 0; h < 24; h++) while (q.tryUse(h * HOUR)) used++;
    expect(used).toBe(27);
    expect(q.availableAt(24 * HOUR)).toBe(4);
  });
});
