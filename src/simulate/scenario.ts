import type { KeyPopularity } from '../model/common/key-popularity.js';
import type { ArrivalProcess } from './arrivals.js';
import type { AutoScalingPolicy } from './auto-scaling.js';
import type { ModelParameters } from './model-parameters.js';
import type { RetryPolicy } from './retry.js';
import type { Trace } from './trace.js';

/** Capacity mode of a table (an index follows its table). */
export type Billing = 'provisioned' | 'on-demand';

/** A value per capacity dimension. */
export interface ReadWrite<T> {
  readonly read: T;
  readonly write: T;
}

/** Capacity settings shared by a table and its global secondary indexes. */
export interface CapacitySettings {
  readonly name: string;
  readonly billing: Billing;
  /** Provisioned capacity in units per second; null for on-demand. */
  readonly capacity: ReadWrite<number> | null;
  /** Partitions at the start, when the scenario fixes them; null to estimate them. */
  readonly partitions: number | null;
  /** Bytes stored, for the partition estimate by size (0 when unknown). */
  readonly tableBytes: number;
  /** Burst reservoir at the start, in seconds of provisioned capacity (300 = full). */
  readonly initialBurstSeconds: number;
  readonly autoscaling: ReadWrite<AutoScalingPolicy | null>;
  /** On-demand maximum throughput in units per second, or null. */
  readonly maxThroughput: ReadWrite<number | null>;
  /** On-demand warm throughput (served at once from the start) in units per second, or null for a new table's. */
  readonly warmThroughput: ReadWrite<number | null>;
  /** Per-table (per-index) quota in units per second. */
  readonly quota: ReadWrite<number>;
}

/** A global secondary index: its own partitions and capacity, keyed by its own key popularity. */
export interface IndexSettings extends CapacitySettings {
  /** Popularity of the index partition-key values that base writes put into the index. */
  readonly keys: KeyPopularity;
  /** Bytes of one index entry (keys plus projected attributes); null = the base item's size (projection ALL). */
  readonly entryBytes: number | null;
  /** Share of base writes whose item carries the index key (1 unless the index is sparse). */
  readonly coverage: number;
}

/** The table under test. */
export interface TableSettings extends CapacitySettings {
  readonly indexes: readonly IndexSettings[];
}

/** Operations a workload may name. */
export const OPERATIONS = ['read', 'write', 'GetItem', 'Query', 'TransactGetItems', 'PutItem', 'UpdateItem', 'DeleteItem', 'TransactWriteItems'] as const;

/** One of OPERATIONS. */
export type Operation = (typeof OPERATIONS)[number];

/** Read consistency of a workload's reads. */
export type Consistency = 'eventual' | 'strong' | 'transactional';

/** True for operations that write. */
export function isWriteOperation(op: Operation): boolean {
  return op === 'write' || op === 'PutItem' || op === 'UpdateItem' || op === 'DeleteItem' || op === 'TransactWriteItems';
}

/** An item size and the share of requests that have it. */
export interface SizeClass {
  readonly bytes: number;
  readonly share: number;
}

/** A workload entry whose requests the simulator generates. */
export interface GeneratedWorkload {
  readonly kind: 'generated';
  readonly name: string;
  readonly operation: Operation;
  readonly startMs: number;
  readonly endMs: number;
  /** Requests per second at the start and at the end of the entry (equal for a constant rate). */
  readonly fromPerSecond: number;
  readonly toPerSecond: number;
  readonly arrivals: ArrivalProcess;
  readonly sizes: readonly SizeClass[];
  /** Items one Query reads (1 for other operations). */
  readonly itemsPerCall: number;
  readonly consistency: Consistency;
  readonly keys: KeyPopularity;
  /** The global secondary index a read goes to, or null for the table. */
  readonly index: string | null;
}

/** A workload entry replayed from a trace file. */
export interface TraceWorkload {
  readonly kind: 'trace';
  readonly name: string;
  readonly file: string;
  readonly startMs: number;
  readonly trace: Trace;
  readonly consistency: Consistency;
  readonly index: string | null;
}

/** One workload entry. */
export type Workload = GeneratedWorkload | TraceWorkload;

/** The application's SDK clients. */
export interface ClientSettings {
  readonly retry: RetryPolicy;
  /** SDK clients the requests are spread over (round robin); each has its own retry quota. */
  readonly instances: number;
  /** Time one attempt takes, in milliseconds (0: only backoff delays count as latency). */
  readonly attemptLatencyMs: number;
}

/** How a design writes sharding suffixes onto partition keys. */
export type ShardSuffix = 'none' | 'random' | 'calculated';

/** A key design to compare. */
export interface DesignSettings {
  readonly name: string;
  /** Shards per logical key (1 for the plain design). */
  readonly shards: number;
  readonly suffix: ShardSuffix;
}

/** A validated, normalized simulation scenario (version 1). */
export interface Scenario {
  readonly seed: number;
  readonly durationMs: number;
  readonly table: TableSettings;
  readonly workloads: readonly Workload[];
  readonly client: ClientSettings;
  readonly designs: readonly DesignSettings[];
  readonly model: ModelParameters;
}

/** Longest simulated time: two days, enough to see a day boundary of the decrease quota. */
export const MAX_SIMULATED_MS = 48 * 3_600_000;

/** Requests (logical, per design) the exact lane accepts: about a minute of work per design at its measured speed. */
export const MAX_EXACT_REQUESTS = 100_000_000;

/** Partitions a table or index may start with (the scenario schema's bound). */
export const MAX_PARTITIONS = 10_000;

/** Workload entries a scenario may have (the schema's bound; key references pack the entry number below it). */
export const MAX_WORKLOADS = 64;
