import { backoffCeilingMs, backoffDelayMs, RETRY_PROFILES, RetryQuota, type RetryPolicy } from '../../src/simulate/retry.js';

describe('retry profiles (DYNAMODB-RULES.md §8)', () => {
  const v3 = RETRY_PROFILES['sdk-v3-standard'];
  const v2 = RETRY_PROFILES['sdk-v2-dynamodb'];

  it('v3 standard: 3 attempts, delay ceilings 500 ms × 2^i capped at 20 s', () => {
    expect(v3.maxAttempts).toBe(3);
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((i) => backoffCeilingMs(v3, i))).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 20_000, 20_000]);
  });

  it('v2 DynamoDB: 11 attempts, delay ceilings 50 ms × 2^i without a cap', () => {
    expect(v2.maxAttempts).toBe(11);
    expect([0, 1, 9, 20].map((i) => backoffCeilingMs(v2, i))).toEqual([50, 100, 25_600, 50 * 2 ** 20]);
  });

  it('none: one attempt', () => {
    expect(RETRY_PROFILES.none.maxAttempts).toBe(1);
  });

  it('draws full jitter uniformly below the ceiling, or waits the ceiling without jitter', () => {
    expect(backoffDelayMs(v3, 1, 0.25)).toBe(250);
    expect(backoffDelayMs(v3, 1, 0)).toBe(0);
    const fixed: RetryPolicy = { ...v3, name: 'custom', jitter: 'none' };
    expect(backoffDelayMs(fixed, 1, 0.25)).toBe(1000);
  });
});

describe('v3 retry quota', () => {
  it('pays for 100 throttling retries from 500 tokens, then refuses', () => {
    const q = new RetryQuota(RETRY_PROFILES['sdk-v3-standard'].quota);
    let retries = 0;
    while (q.acquireRetry()) retries++;
    expect(retries).toBe(100);
    expect(q.available).toBe(0);
  });

  it('gets the retry cost back from a success after a retry, 1 token from a first-try success, never above 500', () => {
    const q = new RetryQuota(RETRY_PROFILES['sdk-v3-standard'].quota);
    while (q.acquireRetry());
    q.recordSuccess(true);
    expect(q.available).toBe(5);
    q.recordSuccess(false);
    expect(q.available).toBe(6);
    const full = new RetryQuota(RETRY_PROFILES['sdk-v3-standard'].quota);
    full.recordSuccess(false);
    expect(full.available).toBe(500);
  });
});
