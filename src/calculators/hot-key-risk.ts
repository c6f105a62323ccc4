import { Fraction } from './fraction.js';
import { PARTITION_MAX_RCU, PARTITION_MAX_WCU } from './limits.js';
import { calc, fmt, type Calculation } from './steps.js';

/** Whether a demand reads or writes. */
export type Direction = 'read' | 'write';

/** Risk of one partition-key value: under the safe fraction of the partition ceiling, above it, or above the ceiling itself. */
export type HotKeyRisk = 'ok' | 'warning' | 'critical';

/**
 * The share of a partition's ceiling one key value may use before ddb-plan warns: one half.
 * A ddb-plan policy, not an AWS limit: the declared peak is an estimate, traffic spikes above it
 * within the second, and write shards of different keys can land on the same partition
 * (DYNAMODB-RULES.md §5), so a key planned at half the ceiling keeps 2× headroom. Shard advice
 * aims below it.
 */
export const HOT_KEY_SAFE_FRACTION = Fraction.of(1, 2);

/** Returns the per-partition ceiling that bounds one partition-key value: 3,000 RCU for reads, 1,000 WCU for writes (§5). */
export function partitionLimit(direction: Direction): number {
  return direction === 'read' ? PARTITION_MAX_RCU : PARTITION_MAX_WCU;
}

/** Returns "RCU" or "WCU". */
export function unitName(direction: Direction): 'RCU' | 'WCU' {
  return direction === 'read' ? 'RCU' : 'WCU';
}

/** A hot-key verdict: the load on the hottest value against the ceiling. */
export interface HotKeyVerdict {
  readonly risk: HotKeyRisk;
  /** Units per second on the value ÷ the partition ceiling. */
  readonly utilization: Fraction;
  /** The ceiling in units per second (3,000 RCU or 1,000 WCU). */
  readonly limit: number;
}

/**
 * Returns the risk of a partition-key value that receives `unitsPerSecond` at peak:
 * `ok` up to half the per-partition ceiling, `warning` above half and up to the ceiling,
 * `critical` above the ceiling — requests to that value throttle whatever the table's capacity,
 * because burst and adaptive capacity never lift the per-partition limits (DYNAMODB-RULES.md §4, §5).
 */
export function hotKeyRisk(unitsPerSecond: Fraction, direction: Direction): Calculation<HotKeyVerdict> {
  const limit = partitionLimit(direction);
  const unit = unitName(direction);
  const utilization = unitsPerSecond.div(limit);
  const risk: HotKeyRisk = utilization.compare(1) > 0 ? 'critical' : utilization.compare(HOT_KEY_SAFE_FRACTION) > 0 ? 'warning' : 'ok';
  const safe = HOT_KEY_SAFE_FRACTION.mul(limit);
  const verdict =
    risk === 'critical' ? `critical: above the ${fmt(limit)} ${unit} ceiling` : risk === 'warning' ? `warning: above ${fmt(safe)} ${unit}, half the ceiling` : `ok: at most ${fmt(safe)} ${unit}, half the ceiling`;
  return calc({ risk, utilization, limit }, [
    {
      what: 'Share of the partition ceiling',
      how: `${fmt(unitsPerSecond)} ${unit}/s ÷ ${fmt(limit)} ${unit}/s`,
      result: `${fmt(utilization.mul(100), 1)} % (${verdict})`,
      rule: `one partition-key value is served by one partition: at most ${fmt(limit)} ${unit}/s, and burst or adaptive capacity never lift it (§5); ddb-plan warns above half of it`,
    },
  ]);
}
