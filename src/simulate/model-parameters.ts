import { BURST_SECONDS, ON_DEMAND_DOUBLING_SECONDS } from '../calculators/limits.js';

/**
 * The model's parameters. AWS documents some of these numbers (the 300 s burst window, the 30
 * minutes on-demand may take to double); the rest are undocumented internals, so each is a named
 * assumption with a default chosen for a stated reason, which a scenario may override under `model:`.
 */
export interface ModelParameters {
  /** Depth of each partition's read and write buckets, in seconds of its ceiling. */
  readonly partitionBucketSeconds: number;
  /** When true, a partition's reads and writes share one limit: RCU/3,000 + WCU/1,000 ≤ 1. */
  readonly combinedPartitionLimit: boolean;
  /** Seconds of unused provisioned capacity banked as burst capacity. */
  readonly burstSeconds: number;
  /** Depth of a table-level bucket that has no burst reservoir (on-demand allowance, provisioned with burst off), in seconds of its rate. */
  readonly tableBucketSeconds: number;
  /** Whether partitions split for heat at all. */
  readonly splitForHeat: boolean;
  /** Seconds a partition's consumption must stay above the threshold before it splits for heat. */
  readonly splitForHeatSeconds: number;
  /** Threshold of a split for heat, as a fraction of the partition's read or write ceiling. */
  readonly splitForHeatUtilization: number;
  /** Window in seconds over which an on-demand table's traffic must be sustained to become its previous peak. */
  readonly peakWindowSeconds: number;
  /** Seconds an on-demand table takes at most to grow its allowance to twice the demand that exceeds it. */
  readonly onDemandDoublingSeconds: number;
  /** Seconds an UpdateTable issued by auto scaling takes to apply the new capacity. */
  readonly updateTableSeconds: number;
}

/** One parameter described for the docs and for the report's "assumptions that mattered". */
export interface ParameterInfo {
  readonly name: keyof ModelParameters;
  readonly unit: string;
  readonly documented: boolean;
  readonly why: string;
}

/** The defaults (SIMULATOR.md, DYNAMODB-RULES.md §4, §5). */
export const DEFAULT_MODEL_PARAMETERS: ModelParameters = Object.freeze({
  partitionBucketSeconds: 1,
  combinedPartitionLimit: false,
  burstSeconds: BURST_SECONDS,
  tableBucketSeconds: 1,
  splitForHeat: true,
  splitForHeatSeconds: 300,
  splitForHeatUtilization: 0.8,
  peakWindowSeconds: 60,
  onDemandDoublingSeconds: ON_DEMAND_DOUBLING_SECONDS,
  updateTableSeconds: 120,
});

/** Why each default is what it is. */
export const PARAMETER_INFO: readonly ParameterInfo[] = [
  {
    name: 'partitionBucketSeconds',
    unit: 's',
    documented: false,
    why: 'AWS states per-second partition ceilings but not how much a partition may bunch within a second; one second of ceiling lets a quiet partition absorb a one-second spike, and near saturation the throttle rate depends on it',
  },
  {
    name: 'combinedPartitionLimit',
    unit: '',
    documented: false,
    why: 'reads and writes are separate partition limits by default; one AWS article describes a linear combination instead, offered here as an option',
  },
  { name: 'burstSeconds', unit: 's', documented: true, why: 'DynamoDB banks up to 300 seconds of unused provisioned capacity (best effort)' },
  {
    name: 'tableBucketSeconds',
    unit: 's',
    documented: false,
    why: 'a table-level limit without a reservoir still lets one second of its rate arrive at once, as the partition buckets do',
  },
  { name: 'splitForHeat', unit: '', documented: true, why: 'DynamoDB splits a partition whose consumption stays high, choosing the split point from the keys it sees' },
  {
    name: 'splitForHeatSeconds',
    unit: 's',
    documented: false,
    why: 'AWS says splits for heat take minutes; five minutes of sustained heat is the delay assumed here',
  },
  {
    name: 'splitForHeatUtilization',
    unit: 'fraction',
    documented: false,
    why: 'a partition counts as hot above 80 % of its read or write ceiling; AWS does not publish the threshold',
  },
  {
    name: 'peakWindowSeconds',
    unit: 's',
    documented: false,
    why: 'AWS speaks of traffic that is "sustained" becoming the previous peak without saying for how long; one minute matches the resolution of the CloudWatch metrics AWS points to',
  },
  {
    name: 'onDemandDoublingSeconds',
    unit: 's',
    documented: true,
    why: 'traffic beyond twice the previous peak may be throttled for up to 30 minutes while DynamoDB adds capacity; the allowance grows linearly to twice the demand over this time',
  },
  {
    name: 'updateTableSeconds',
    unit: 's',
    documented: false,
    why: 'AWS says the UpdateTable that auto scaling issues takes "several minutes"; two minutes is assumed, during which the old capacity applies',
  },
];
