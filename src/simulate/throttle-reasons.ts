/** A capacity dimension: reads (RCU/RRU) or writes (WCU/WRU). */
export type Dimension = 'read' | 'write';

/** The dimensions in their index order (0 read, 1 write). */
export const DIMENSIONS: readonly Dimension[] = ['read', 'write'];

/**
 * Which limit stopped a request. AWS names four (KeyRange, Provisioned, AccountLimit,
 * MaxOnDemand); `allowance` is the on-demand "twice the previous peak" limit, which AWS enforces
 * through partitions that have not split yet and so reports as KeyRangeThroughputExceeded.
 */
export const LIMITS = ['keyRange', 'provisioned', 'allowance', 'account', 'maxOnDemand'] as const;

/** One of LIMITS. */
export type LimitKind = (typeof LIMITS)[number];

const LIMIT_REASON: Readonly<Record<LimitKind, string>> = {
  keyRange: 'KeyRangeThroughputExceeded',
  provisioned: 'ProvisionedThroughputExceeded',
  allowance: 'KeyRangeThroughputExceeded',
  account: 'AccountLimitExceeded',
  maxOnDemand: 'MaxOnDemandThroughputExceeded',
};

const LIMIT_METRIC: Readonly<Record<LimitKind, string>> = {
  keyRange: 'KeyRangeThroughputThrottleEvents',
  provisioned: 'ProvisionedThroughputThrottleEvents',
  allowance: 'KeyRangeThroughputThrottleEvents',
  account: 'AccountLimitThrottleEvents',
  maxOnDemand: 'MaxOnDemandThroughputThrottleEvents',
};

/** Describes each limit for people. */
export const LIMIT_DESCRIPTION: Readonly<Record<LimitKind, string>> = {
  keyRange: 'partition ceiling (3,000 RCU / 1,000 WCU per partition)',
  provisioned: 'provisioned capacity, burst reservoir spent',
  allowance: 'on-demand allowance (twice the previous peak, growing)',
  account: 'per-table quota',
  maxOnDemand: 'on-demand maximum throughput',
};

/**
 * Returns the throttling reason as AWS names it in ThrottlingReasons: resource type (Table or
 * Index), operation type (Read or Write) and limit type, e.g. `TableWriteKeyRangeThroughputExceeded`.
 */
export function throttleReason(resource: 'table' | 'index', dimension: Dimension, limit: LimitKind): string {
  return `${resource === 'table' ? 'Table' : 'Index'}${dimension === 'read' ? 'Read' : 'Write'}${LIMIT_REASON[limit]}`;
}

/** Returns the CloudWatch metric counting throttle events of a limit, e.g. `WriteKeyRangeThroughputThrottleEvents`. */
export function throttleEventMetric(dimension: Dimension, limit: LimitKind): string {
  return `${dimension === 'read' ? 'Read' : 'Write'}${LIMIT_METRIC[limit]}`;
}
