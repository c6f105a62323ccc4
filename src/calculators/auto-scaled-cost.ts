import { provisionedUnitHourPrice, type TableClass } from './cost.js';
import type { Fraction } from './fraction.js';
import { MIN_PROVISIONED_UNITS } from './limits.js';
import type { PriceTable } from './price-table.js';
import { assume, calc, fmt, fmtUsd, type Calculation, type Step } from './steps.js';

/** Capacity auto scaling holds through a day, hour by hour. */
export interface AutoScaledDay {
  /** Whole units held in each UTC hour: max(1, ceil(demand ÷ target)). */
  readonly hourlyUnits: readonly number[];
  /** Unit-hours in one day. */
  readonly unitHoursPerDay: number;
}

/**
 * Returns the units target tracking holds each hour of a day: the hour's demand at the target
 * utilization, rounded up, at least 1 (DYNAMODB-RULES.md §4). A daily profile has at most 24
 * changes, of which at most 23 are decreases: within the 27 decreases a day allows, and one a
 * hour never outruns the hourly refill of the decrease allowance.
 */
export function autoScaledDay(hourlyDemand: readonly Fraction[], target: Fraction, unit: string): Calculation<AutoScaledDay> {
  const hourlyUnits = hourlyDemand.map((d) => Math.max(MIN_PROVISIONED_UNITS, Number(d.div(target).ceil())));
  const unitHoursPerDay = hourlyUnits.reduce((a, b) => a + b, 0);
  return calc({ hourlyUnits, unitHoursPerDay }, [
    {
      what: `${unit} held hour by hour (UTC 00–23)`,
      how: `max(1, ceil(hourly demand ÷ ${fmt(target.mul(100), 1)} %)): demand ${hourlyDemand.map((d) => fmt(d, 1)).join(', ')}`,
      result: `${hourlyUnits.map((u) => fmt(u)).join(', ')} = ${fmt(unitHoursPerDay)} ${unit}-hours a day`,
      rule: 'target tracking keeps consumption near the target utilization (§4)',
    },
  ]);
}

/**
 * Returns USD per month for capacity that follows a daily shape: unit-hours a day × (730 ÷ 24)
 * days × the unit-hour price, for reads and writes (DYNAMODB-RULES.md §4, §7). It assumes scaling
 * completes at the top of each hour; in practice it lags by minutes (burst capacity covers a
 * short rise), so this is the floor of what auto scaling costs.
 */
export function autoScaledMonthlyCost(input: { readonly readUnitHoursPerDay: number; readonly writeUnitHoursPerDay: number; readonly tableClass?: TableClass }, prices: PriceTable): Calculation<number> {
  const tableClass = input.tableClass ?? 'standard';
  const days = prices.hoursPerMonth / 24;
  const part = (kind: 'read' | 'write', unitHours: number): { usd: number; step: Step } => {
    const price = provisionedUnitHourPrice(kind, tableClass, prices);
    const usd = unitHours * days * price;
    const unit = kind === 'read' ? 'RCU' : 'WCU';
    return {
      usd,
      step: {
        what: `Auto scaled ${kind}s per month`,
        how: `${fmt(unitHours)} ${unit}-hours a day × ${fmt(days, 4)} days × ${fmtUsd(price)}${tableClass === 'standard-ia' ? ' (Standard-IA)' : ''}`,
        result: fmtUsd(usd),
        rule: `provisioned price per ${unit}-hour, ${prices.region}, ${prices.asOf} (§7)`,
      },
    };
  };
  const r = part('read', input.readUnitHoursPerDay);
  const w = part('write', input.writeUnitHoursPerDay);
  return calc(r.usd + w.usd, [
    assume('auto scaling follows the hourly load profile and changes capacity at the top of each hour; it really lags by minutes, which burst capacity covers'),
    r.step,
    w.step,
  ]);
}
