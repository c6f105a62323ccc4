import { InputError } from '../errors.js';
import type { Fraction } from './fraction.js';
import { BURST_SECONDS } from './limits.js';
import { assume, calc, fmt, type Calculation } from './steps.js';

/** Burst capacity banked from unused provisioned capacity, and how long it carries a demand above the provisioned rate. */
export interface BurstCapacity {
  /** Units banked: unused units per second × idle seconds, counting at most the last 300 seconds. */
  readonly bankedUnits: Fraction;
  /** Seconds the bank lasts at the demand given; null when the demand does not exceed the provisioned rate (nothing is drawn). */
  readonly seconds: Fraction | null;
}

/**
 * Returns the burst capacity a table banks while it uses less than its provisioned capacity, and
 * how many seconds that bank carries a demand above the provisioned rate: DynamoDB keeps up to
 * 300 seconds of unused capacity (DYNAMODB-RULES.md §4; 150 RCU idle for 5 minutes banks 45,000
 * units, which last 45,000 / (200 − 150) = 900 s at a demand of 200 RCU).
 */
export function burstCapacity(input: {
  readonly provisionedPerSecond: Fraction;
  /** Units per second consumed while banking (0 for an idle table). */
  readonly usedPerSecond: Fraction;
  readonly idleSeconds: number;
  readonly demandPerSecond: Fraction;
  /** RCU or WCU. */
  readonly unit: string;
}): Calculation<BurstCapacity> {
  const { provisionedPerSecond: provisioned, usedPerSecond: used, demandPerSecond: demand, unit } = input;
  if (!Number.isSafeInteger(input.idleSeconds) || input.idleSeconds < 0) throw new InputError('idle time must be a whole number of seconds', { path: '/idleSeconds' });
  if (used.compare(provisioned) > 0) throw new InputError('the capacity used while banking cannot exceed the provisioned capacity', { path: '/usedPerSecond' });
  const counted = Math.min(input.idleSeconds, BURST_SECONDS);
  const unused = provisioned.sub(used);
  const bankedUnits = unused.mul(counted);
  const excess = demand.sub(provisioned);
  const seconds = excess.compare(0) > 0 ? bankedUnits.div(excess) : null;
  return calc({ bankedUnits, seconds }, [
    assume('burst capacity is best effort: DynamoDB may spend it on background work, and it never lifts the 3,000 RCU / 1,000 WCU per-partition ceilings (§4, §5)'),
    {
      what: 'Units banked',
      how: `(${fmt(provisioned)} − ${fmt(used)}) ${unit}/s × min(${fmt(input.idleSeconds)} s, ${fmt(BURST_SECONDS)} s)`,
      result: `${fmt(bankedUnits)} ${unit}`,
      rule: 'unused capacity of up to the last 300 seconds is kept as burst capacity (§4)',
    },
    seconds === null
      ? { what: 'Seconds of burst', how: `a demand of ${fmt(demand)} ${unit}/s does not exceed the provisioned ${fmt(provisioned)} ${unit}/s`, result: 'nothing drawn from the bank' }
      : {
          what: 'Seconds of burst',
          how: `${fmt(bankedUnits)} ${unit} ÷ (${fmt(demand)} − ${fmt(provisioned)}) ${unit}/s`,
          result: `${fmt(seconds)} s`,
          rule: 'the bank pays for the demand above the provisioned rate until it is empty (§4)',
        },
  ]);
}
