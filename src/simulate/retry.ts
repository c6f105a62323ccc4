import {
  SDK_V2_DYNAMODB_BASE_DELAY_MS,
  SDK_V2_DYNAMODB_MAX_RETRIES,
  SDK_V3_MAX_ATTEMPTS,
  SDK_V3_MAX_DELAY_MS,
  SDK_V3_RETRY_QUOTA_TOKENS,
  SDK_V3_SUCCESS_REFUND,
  SDK_V3_THROTTLING_BASE_DELAY_MS,
  SDK_V3_THROTTLING_RETRY_COST,
} from '../calculators/limits.js';
import { INFINITY, min } from './intrinsics.js';

/** How a delay is drawn below its exponential ceiling: uniformly ("full jitter"), or the ceiling itself. */
export type Jitter = 'full' | 'none';

/** A client-side retry quota (token bucket of the SDK for JavaScript v3). */
export interface RetryQuotaSettings {
  /** Tokens a client starts with, and holds at most. */
  readonly tokens: number;
  /** Tokens a retry after a throttling error costs. */
  readonly retryCost: number;
  /** Tokens a success that needed no retry returns (after a retry, that retry's cost is returned). */
  readonly successRefund: number;
}

/** How a client retries a throttled request (DYNAMODB-RULES.md §8). */
export interface RetryPolicy {
  /** Profile name: `none`, `sdk-v3-standard`, `sdk-v2-dynamodb` or `custom`. */
  readonly name: string;
  /** Attempts in all, the first try included (1 = never retry). */
  readonly maxAttempts: number;
  /** Ceiling of the delay before the first retry, in milliseconds; doubles with each retry. */
  readonly baseDelayMs: number;
  /** Cap of the delay ceiling in milliseconds (Infinity: no cap). */
  readonly maxDelayMs: number;
  readonly jitter: Jitter;
  readonly quota: RetryQuotaSettings | null;
}

/** The named retry profiles. */
export const RETRY_PROFILES = {
  none: { name: 'none', maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, jitter: 'full', quota: null },
  // SDK for JavaScript v3, standard mode (the default): 3 attempts, 500 ms base for throttling errors,
  // 20 s cap, and a 500-token retry quota per client (§8).
  'sdk-v3-standard': {
    name: 'sdk-v3-standard',
    maxAttempts: SDK_V3_MAX_ATTEMPTS,
    baseDelayMs: SDK_V3_THROTTLING_BASE_DELAY_MS,
    maxDelayMs: SDK_V3_MAX_DELAY_MS,
    jitter: 'full',
    quota: { tokens: SDK_V3_RETRY_QUOTA_TOKENS, retryCost: SDK_V3_THROTTLING_RETRY_COST, successRefund: SDK_V3_SUCCESS_REFUND },
  },
  // SDK for JavaScript v2, DynamoDB client: 10 retries, 50 ms base, no cap, no quota (§8).
  'sdk-v2-dynamodb': {
    name: 'sdk-v2-dynamodb',
    maxAttempts: SDK_V2_DYNAMODB_MAX_RETRIES + 1,
    baseDelayMs: SDK_V2_DYNAMODB_BASE_DELAY_MS,
    maxDelayMs: INFINITY,
    jitter: 'full',
    quota: null,
  },
} as const satisfies Record<string, RetryPolicy>;

/** Names of the built-in retry profiles. */
export type RetryProfileName = keyof typeof RETRY_PROFILES;

/** The built-in profiles' names, in the order the docs and messages list them. */
export const RETRY_PROFILE_NAMES = Object.keys(RETRY_PROFILES) as [RetryProfileName, ...RetryProfileName[]];

/** Returns the ceiling in milliseconds of the delay before retry `retryIndex` (0 = the first retry): min(base × 2^i, cap). */
export function backoffCeilingMs(policy: RetryPolicy, retryIndex: number): number {
  return min(policy.baseDelayMs * 2 ** retryIndex, policy.maxDelayMs);
}

/** Returns the delay in milliseconds before retry `retryIndex`, given a uniform draw `u01` in [0, 1). */
export function backoffDelayMs(policy: RetryPolicy, retryIndex: number, u01: number): number {
  const ceiling = backoffCeilingMs(policy, retryIndex);
  return policy.jitter === 'full' ? u01 * ceiling : ceiling;
}

/**
 * The retry quota of one SDK client: a retry takes tokens, a success gives some back; when the
 * quota cannot pay for a retry the client gives up at once, which is what keeps the v3 SDK from
 * multiplying load on a throttled table.
 */
export class RetryQuota {
  private tokens: number;

  constructor(private readonly settings: RetryQuotaSettings) {
    this.tokens = settings.tokens;
  }

  /** Tokens left. */
  get available(): number {
    return this.tokens;
  }

  /** Takes the cost of a retry after a throttling error; false (and nothing taken) when the quota cannot pay. */
  acquireRetry(): boolean {
    if (this.tokens < this.settings.retryCost) return false;
    this.tokens -= this.settings.retryCost;
    return true;
  }

  /** Returns tokens after a success: the cost of the retry that succeeded, or the refund of a first-try success. */
  recordSuccess(retried: boolean): void {
    const refund = retried ? this.settings.retryCost : this.settings.successRefund;
    this.tokens = min(this.settings.tokens, this.tokens + refund);
  }
}
