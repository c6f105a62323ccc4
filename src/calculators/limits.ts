/**
 * Every DynamoDB limit and constant ddb-plan computes with, once, with its source.
 * The section marks (§n) refer to the project's rule book, docs/dynamodb-rules.md, which restates
 * DYNAMODB-RULES.md with the decisions taken where AWS sources disagree.
 */

const DG = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/';

/** Source pages, referenced by the constants below and by `--explain`. */
export const SOURCES = {
  capacityUnits: `${DG}CapacityUnitCalculations.html`,
  readWrite: `${DG}read-write-operations.html`,
  gsi: `${DG}GSI.html`,
  lsi: `${DG}LSI.html`,
  transactions: `${DG}transaction-apis.html`,
  constraints: `${DG}Constraints.html`,
  dataTypes: `${DG}HowItWorks.NamingRulesDataTypes.html`,
  quotas: `${DG}ServiceQuotas.html`,
  burst: `${DG}burst-adaptive-capacity.html`,
  onDemand: `${DG}on-demand-capacity-mode.html`,
  autoScaling: `${DG}AutoScaling.html`,
  sharding: `${DG}bp-partition-key-sharding.html`,
  pricing: 'https://aws.amazon.com/dynamodb/pricing/',
  usenix2022: 'https://www.usenix.org/conference/atc22/presentation/elhemali',
} as const;

// Units (§ Units): DynamoDB's KB, MB and GB are binary.
/** Bytes in a kilobyte as DynamoDB counts (1,024). */
export const KB = 1024;
/** Bytes in a megabyte (1,048,576). */
export const MB = 1024 * KB;
/** Bytes in a gigabyte (1,073,741,824). */
export const GB = 1024 * MB;

// §2, §3 — capacity unit sizes. Source: CapacityUnitCalculations.html
/** Bytes covered by one read unit (strongly consistent read of up to 4 KB). */
export const READ_UNIT_BYTES = 4 * KB;
/** Bytes covered by one write unit (write of up to 1 KB). */
export const WRITE_UNIT_BYTES = 1 * KB;

// §1 — item size. Source: Constraints.html, CapacityUnitCalculations.html
/** Maximum item size in bytes: 400 KB, attribute names and values counted. */
export const MAX_ITEM_BYTES = 400 * KB;
/** Maximum nesting depth of lists and maps. */
export const MAX_NESTING_DEPTH = 32;
/** Maximum significant digits of a Number. */
export const MAX_NUMBER_DIGITS = 38;
/** Largest size of a Number value in bytes: 38 digits need at most 20 digit pairs, plus 1 (§1). */
export const MAX_NUMBER_BYTES = 21;
// §1 — Number range. Source: HowItWorks.NamingRulesDataTypes.html (1E-130 to 9.99…E+125 in magnitude).
/** Smallest power of ten a non-zero Number's leading digit may stand at (1E-130). */
export const NUMBER_MIN_EXPONENT = -130;
/** Largest power of ten a Number's leading digit may stand at (9.99…E+125). */
export const NUMBER_MAX_EXPONENT = 125;
/** Maximum bytes of an attribute name (64 KB). Source: Constraints.html */
export const MAX_ATTRIBUTE_NAME_BYTES = 64 * KB;
/** Overhead of a List or Map value in bytes, before its elements. */
export const DOCUMENT_OVERHEAD_BYTES = 3;
/** Extra bytes per element of a List or Map. */
export const DOCUMENT_ELEMENT_BYTES = 1;
/** Size of a Boolean or Null value in bytes. */
export const BOOL_NULL_BYTES = 1;
/** Storage overhead per item (billing only), in bytes. */
export const ITEM_STORAGE_OVERHEAD_BYTES = 100;
/** Extra storage per item in a global table (billing only), in bytes. */
export const GLOBAL_TABLE_ITEM_OVERHEAD_BYTES = 48;
/** Storage overhead per index entry (billing only), in bytes. */
export const INDEX_ENTRY_OVERHEAD_BYTES = 100;

// §2 — reads. Source: read-write-operations.html
/** Items a BatchGetItem call may request. */
export const MAX_BATCH_GET_ITEMS = 100;
/** Bytes a BatchGetItem call may return. */
export const MAX_BATCH_GET_BYTES = 16 * MB;
/** Bytes a Query or Scan call reads at most before returning (the 1 MB page). */
export const QUERY_PAGE_BYTES = 1 * MB;

// §3 — writes. Source: read-write-operations.html, transaction-apis.html
/** Put or delete requests a BatchWriteItem call may carry. */
export const MAX_BATCH_WRITE_ITEMS = 25;
/** Bytes a BatchWriteItem call may carry. */
export const MAX_BATCH_WRITE_BYTES = 16 * MB;
/** Items a TransactWriteItems or TransactGetItems call may touch. */
export const MAX_TRANSACTION_ITEMS = 100;
/** Bytes a transaction may carry. */
export const MAX_TRANSACTION_BYTES = 4 * MB;
/** Transactional reads and writes cost this many times a standard one. */
export const TRANSACTION_MULTIPLIER = 2;

// §4 — capacity modes. Source: ServiceQuotas.html, burst-adaptive-capacity.html, on-demand-capacity-mode.html, AutoScaling.html
/** Minimum provisioned RCU and WCU per table and per GSI. */
export const MIN_PROVISIONED_UNITS = 1;
/** Default per-table (and per-GSI) quota of RCU and of WCU. */
export const TABLE_UNITS_QUOTA = 40_000;
/** Default per-account, per-region quota of RCU and of WCU. */
export const ACCOUNT_UNITS_QUOTA = 80_000;
/** Seconds of unused provisioned capacity banked as burst capacity. */
export const BURST_SECONDS = 300;
/** Writes per second a new on-demand table serves at once. */
export const ON_DEMAND_INITIAL_WRITES = 4_000;
/** Reads per second a new on-demand table serves at once. */
export const ON_DEMAND_INITIAL_READS = 12_000;
/** On-demand instantly serves this multiple of the previous peak. */
export const ON_DEMAND_PEAK_MULTIPLIER = 2;
/** Seconds within which traffic beyond 2× the previous peak may be throttled. */
export const ON_DEMAND_DOUBLING_SECONDS = 30 * 60;
/** Lowest target utilization auto scaling accepts, as a fraction (20 %). */
export const AUTOSCALING_TARGET_MIN = 0.2;
/** Highest target utilization auto scaling accepts, as a fraction (90 %). */
export const AUTOSCALING_TARGET_MAX = 0.9;
/** Auto scaling target the console proposes, as a fraction. */
export const AUTOSCALING_TARGET_DEFAULT = 0.7;
/** Consecutive one-minute data points above target before scaling out. */
export const AUTOSCALING_OUT_POINTS = 2;
/** Consecutive one-minute data points below (target − 20 points) before scaling in. */
export const AUTOSCALING_IN_POINTS = 15;
/** The scale-in alarm sits this many percentage points below the target. */
export const AUTOSCALING_IN_MARGIN = 0.2;
/** Capacity decreases available at the start of a UTC day; one more each hour, never more than this many. */
export const DAILY_DECREASES_AVAILABLE = 4;
/** Capacity decreases allowed per table per UTC day. */
export const MAX_DECREASES_PER_DAY = 27;

// §5 — partitions. Source: bp-partition-key-design.html, burst-adaptive-capacity.html, the 2018 developer guide
/** Read units per second one partition (and so one partition-key value) serves at most. */
export const PARTITION_MAX_RCU = 3_000;
/** Write units per second one partition (and so one partition-key value) serves at most. */
export const PARTITION_MAX_WCU = 1_000;
/** Bytes one partition holds, and the item-collection limit with an LSI (10 GB). */
export const PARTITION_MAX_BYTES = 10 * GB;

// §6 — quotas and names. Source: Constraints.html, ServiceQuotas.html
/** Shortest table or index name, in characters. */
export const NAME_MIN_LENGTH = 3;
/** Longest table or index name, in characters. */
export const NAME_MAX_LENGTH = 255;
/** Characters a table or index name may use: A-Z, a-z, 0-9, underscore, hyphen and dot. */
export const NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;
/** Local secondary indexes per table. */
export const MAX_LSIS = 5;
/** Global secondary indexes per table (default, adjustable quota). */
export const MAX_GSIS = 20;
/** Attributes in INCLUDE projections, summed over all indexes of a table. */
export const MAX_PROJECTED_ATTRIBUTES = 100;
/** Maximum bytes of a partition-key value (2 KB). */
export const MAX_PARTITION_KEY_BYTES = 2048;
/** Maximum bytes of a sort-key value (1 KB). */
export const MAX_SORT_KEY_BYTES = 1024;
/** Key attribute types allowed. */
export const KEY_TYPES = ['S', 'N', 'B'] as const;
/** Stream view types. */
export const STREAM_VIEW_TYPES = ['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES'] as const;

// §7 — billing period. Source: pricing pages
/** Hours in a billing month, as AWS prices count them. */
export const HOURS_PER_MONTH = 730;
/** Seconds in a billing month (730 hours). */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

// §8 — client retries (for the simulator). Sources: the AWS SDK for JavaScript v3 retry strategy
// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html) and the v2 DynamoDB client defaults
// (https://docs.aws.amazon.com/AWSJavaScriptSDK/latest/AWS/DynamoDB.html, maxRetries).
/** Attempts (first try included) the SDK for JavaScript v3 makes in standard mode. */
export const SDK_V3_MAX_ATTEMPTS = 3;
/** Base of the v3 backoff for throttling errors, in milliseconds. */
export const SDK_V3_THROTTLING_BASE_DELAY_MS = 500;
/** Base of the v3 backoff for other transient errors, in milliseconds. */
export const SDK_V3_TRANSIENT_BASE_DELAY_MS = 100;
/** Cap of one v3 backoff delay, in milliseconds. */
export const SDK_V3_MAX_DELAY_MS = 20_000;
/** Tokens in the v3 retry quota of one client. */
export const SDK_V3_RETRY_QUOTA_TOKENS = 500;
/** Quota tokens one v3 retry after a throttling error costs. */
export const SDK_V3_THROTTLING_RETRY_COST = 5;
/** Quota tokens one v3 retry after a timeout or transient error costs. */
export const SDK_V3_TIMEOUT_RETRY_COST = 10;
/** Quota tokens a v3 success returns when it needed no retry (after a retry it returns that retry's cost). */
export const SDK_V3_SUCCESS_REFUND = 1;
/** Retries (after the first try) the SDK for JavaScript v2 DynamoDB client makes. */
export const SDK_V2_DYNAMODB_MAX_RETRIES = 10;
/** Base of the v2 DynamoDB backoff, in milliseconds (no cap, no quota). */
export const SDK_V2_DYNAMODB_BASE_DELAY_MS = 50;
