import type { Fraction } from './fraction.js';
import { MIN_PROVISIONED_UNITS } from './limits.js';
import { calc, fmt, type Calculation, type Step } from './steps.js';

/** Provisioned capacity for one direction (reads or writes) of a table or GSI. */
export interface ProvisionedRecommendation {
  /** Whole units to provision for the peak at the target utilization: max(1, ceil(peak ÷ target)). */
  readonly provisioned: number;
  /** Auto scaling minimum: the quietest demand at the target, at least 1. */
  readonly min: number;
  /** Auto scaling maximum: the peak at the target (the same as `provisioned`). */
  readonly max: number;
  /** Average demand ÷ provisioned units: how much of the capacity held all month is used. */
  readonly averageUtilization: Fraction;
}

/**
 * Returns the capacity to provision so that the peak demand runs at the target utilization,
 * with auto scaling bounds: the minimum follows the quietest demand (the quietest hour of the
 * load profile, else the average), the maximum the peak; each rounded up to whole units and at
 * least 1 (DYNAMODB-RULES.md §4: provisioned in whole units, minimum 1 per table and per GSI;
 * auto scaling tracks a target utilization between 20 % and 90 %).
 */
export function recommendProvisioned(input: {
  readonly averagePerSecond: Fraction;
  readonly peakPerSecond: Fraction;
  /** The quietest hour's demand when a load profile gives one. */
  readonly quietestPerSecond?: Fraction;
  readonly target: Fraction;
  /** "RCU" or "WCU". */
  readonly unit: string;
}): Calculation<ProvisionedRecommendation> {
  const { target, unit } = input;
  const atTarget = (demand: Fraction): number => Math.max(MIN_PROVISIONED_UNITS, Number(demand.div(target).ceil()));
  const provisioned = atTarget(input.peakPerSecond);
  const quiet = input.quietestPerSecond ?? input.averagePerSecond;
  const min = Math.min(atTarget(quiet), provisioned);
  const averageUtilization = input.averagePerSecond.div(provisioned);
  const pct = (f: Fraction): string => `${fmt(f.mul(100), 1)} %`;
  const steps: Step[] = [
    {
      what: `Provisioned ${unit}`,
      how: `max(1, ceil(${fmt(input.peakPerSecond)} ${unit}/s peak ÷ ${pct(target)}))`,
      result: `${fmt(provisioned)} ${unit}`,
      rule: 'capacity is provisioned in whole units, at least 1 per table and per GSI; the peak should run at the target utilization (§4)',
    },
    {
      what: `Auto scaling minimum ${unit}`,
      how: `max(1, ceil(${fmt(quiet)} ${unit}/s ${input.quietestPerSecond === undefined ? 'average' : 'in the quietest hour'} ÷ ${pct(target)}))`,
      result: `${fmt(min)} ${unit}`,
    },
    { what: `Auto scaling maximum ${unit}`, how: 'the provisioned capacity for the peak', result: `${fmt(provisioned)} ${unit}` },
    {
      what: `Average utilization of ${fmt(provisioned)} ${unit}`,
      how: `${fmt(input.averagePerSecond)} ${unit}/s ÷ ${fmt(provisioned)} ${unit}`,
      result: pct(averageUtilization),
    },
  ];
  return calc({ provisioned, min, max: provisioned, averageUtilization }, steps);
}
