import {
  AUTOSCALING_IN_MARGIN,
  AUTOSCALING_IN_POINTS,
  AUTOSCALING_OUT_POINTS,
  DAILY_DECREASES_AVAILABLE,
  MAX_DECREASES_PER_DAY,
} from '../calculators/limits.js';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** Target tracking for one dimension of a table or index. */
export interface AutoScalingPolicy {
  /** Lowest capacity auto scaling sets, in units per second. */
  readonly minUnits: number;
  /** Highest capacity auto scaling sets, in units per second. */
  readonly maxUnits: number;
  /** Target utilization of consumed over provisioned capacity, as a fraction (0.2–0.9). */
  readonly targetUtilization: number;
}

/**
 * The daily quota of capacity decreases of one table or index (DYNAMODB-RULES.md §4): 4 available
 * at the start of each UTC day (the scenario starts at midnight UTC), one more each hour, never more
 * than 4 available, at most 27 in a day. Increases are not limited.
 */
export class DecreaseQuota {
  private available = DAILY_DECREASES_AVAILABLE;
  private usedToday = 0;
  private day = 0;
  private hour = 0;

  /** Decreases available at `nowMs`. */
  availableAt(nowMs: number): number {
    this.refresh(nowMs);
    return this.usedToday >= MAX_DECREASES_PER_DAY ? 0 : this.available;
  }

  /** Uses one decrease if one is available at `nowMs`. */
  tryUse(nowMs: number): boolean {
    if (this.availableAt(nowMs) < 1) return false;
    this.available--;
    this.usedToday++;
    return true;
  }

  private refresh(nowMs: number): void {
    const day = Math.floor(nowMs / MS_PER_DAY);
    if (day !== this.day) {
      this.day = day;
      this.available = DAILY_DECREASES_AVAILABLE;
      this.usedToday = 0;
      this.hour = day * 24;
    }
    const hour = Math.floor(nowMs / MS_PER_HOUR);
    if (hour > this.hour) {
      this.available = Math.min(DAILY_DECREASES_AVAILABLE, this.available + (hour - this.hour));
      this.hour = hour;
    }
  }
}

/** What auto scaling decided after a one-minute data point. */
export type ScalingDecision =
  | { readonly action: 'scale-out' | 'scale-in'; readonly toUnits: number }
  | { readonly action: 'blocked'; readonly toUnits: number; readonly why: 'decrease quota' };

/**
 * Target tracking on consumed capacity (DYNAMODB-RULES.md §4): one data point per minute of
 * consumed ÷ provisioned; 2 consecutive points above the target scale out, 15 consecutive points
 * below (target − 20 points) scale in, each to consumed ÷ target within [min, max]. It reacts to
 * consumed, not requested, capacity: a throttled table consumes at most its capacity, so
 * capacity climbs in steps of at most 1 ÷ target per round.
 */
export class AutoScaler {
  private above = 0;
  private below = 0;

  constructor(readonly policy: AutoScalingPolicy) {}

  /** Consecutive data points above the target and below the scale-in threshold so far. */
  get streaks(): { readonly above: number; readonly below: number } {
    return { above: this.above, below: this.below };
  }

  /**
   * Takes the data point of the minute that ended at `nowMs` (units consumed in it, capacity in
   * force) and returns a decision, or null. While an update is in flight (`busy`) nothing is
   * decided; the streaks restart once it applies (`restart`), as the alarms are re-created.
   */
  onMinute(consumedUnits: number, capacityUnits: number, busy: boolean, quota: DecreaseQuota, nowMs: number): ScalingDecision | null {
    const perSecond = consumedUnits / 60;
    const utilization = capacityUnits > 0 ? perSecond / capacityUnits : 0;
    const { targetUtilization: target, minUnits, maxUnits } = this.policy;
    if (utilization > target) {
      this.above++;
      this.below = 0;
    } else if (utilization < target - AUTOSCALING_IN_MARGIN) {
      this.below++;
      this.above = 0;
    } else {
      this.above = 0;
      this.below = 0;
    }
    if (busy) return null;
    const desired = Math.min(maxUnits, Math.max(minUnits, Math.ceil(perSecond / target)));
    if (this.above >= AUTOSCALING_OUT_POINTS && desired > capacityUnits) return { action: 'scale-out', toUnits: desired };
    if (this.below >= AUTOSCALING_IN_POINTS && desired < capacityUnits) {
      if (!quota.tryUse(nowMs)) return { action: 'blocked', toUnits: desired, why: 'decrease quota' };
      return { action: 'scale-in', toUnits: desired };
    }
    return null;
  }

  /** Restarts the streaks (the capacity changed, so the alarms were re-created). */
  restart(): void {
    this.above = 0;
    this.below = 0;
  }
}
