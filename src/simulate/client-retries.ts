import type { RandomStream } from './random.js';
import { backoffDelayMs, RetryQuota, type RetryPolicy } from './retry.js';

/** What `ClientRetries.retryDelayMs` returns when the client gives up instead of retrying. */
export const GIVE_UP = -1;

/**
 * The application's SDK clients as the run sees them (DYNAMODB-RULES.md §8): one retry policy,
 * and per client its own retry quota when the policy has one. They decide whether a throttled
 * attempt is retried and after how long, drawing full jitter from the run's `jitter` stream.
 */
export class ClientRetries {
  private readonly quotas: RetryQuota[];

  constructor(
    private readonly policy: RetryPolicy,
    clients: number,
    private readonly jitter: RandomStream,
  ) {
    const quota = policy.quota;
    this.quotas = quota ? Array.from({ length: clients }, () => new RetryQuota(quota)) : [];
  }

  /**
   * Returns the delay in milliseconds before client `client` retries a request whose attempt
   * `attempt` (0 = the first try) was throttled, or GIVE_UP when it has made its last attempt or
   * its retry quota cannot pay for another.
   */
  retryDelayMs(client: number, attempt: number): number {
    const policy = this.policy;
    if (attempt + 1 >= policy.maxAttempts || (this.quotas.length > 0 && !(this.quotas[client] as RetryQuota).acquireRetry())) return GIVE_UP;
    return backoffDelayMs(policy, attempt, policy.jitter === 'full' ? this.jitter.nextFloat() : 0);
  }

  /** Gives client `client` its quota back after an admitted attempt (`retried`: the request had been retried). */
  recordSuccess(client: number, retried: boolean): void {
    if (this.quotas.length > 0) (this.quotas[client] as RetryQuota).recordSuccess(retried);
  }
}
