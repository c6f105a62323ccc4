import { onDemandMillionPrice, provisionedUnitHourPrice, type TableClass } from './cost.js';
import type { Fraction } from './fraction.js';
import type { PriceTable } from './price-table.js';
import { calc, fmt, fmtUsd, type Calculation } from './steps.js';

/**
 * Returns USD per month for the replicated writes of a global table: every write is written
 * again in each other replica region, as replicated write units priced like write units since
 * November 2024 (DYNAMODB-RULES.md §3, §7). Provisioned: each other replica holds `wcu` replicated
 * WCU all month; on-demand: each pays `wruPerSecond` replicated WRU.
 */
export function replicatedWritesMonthlyCost(
  input: { readonly otherReplicas: number; readonly tableClass: TableClass } & ({ readonly mode: 'provisioned'; readonly wcu: number } | { readonly mode: 'on-demand'; readonly wruPerSecond: Fraction }),
  prices: PriceTable,
): Calculation<number> {
  const n = input.otherReplicas;
  const multiplier = prices.replicatedWrites.priceMultiplier;
  const ia = input.tableClass === 'standard-ia' ? ' (Standard-IA)' : '';
  if (input.mode === 'provisioned') {
    const price = provisionedUnitHourPrice('write', input.tableClass, prices) * multiplier;
    const usd = n * input.wcu * prices.hoursPerMonth * price;
    return calc(usd, [
      {
        what: 'Replicated writes per month (provisioned)',
        how: `${fmt(n)} other replica${n === 1 ? '' : 's'} × ${fmt(input.wcu)} rWCU × ${fmt(prices.hoursPerMonth)} h × ${fmtUsd(price)}${ia}`,
        result: fmtUsd(usd),
        rule: `each write is replicated to every other region; rWCU cost ${fmt(multiplier)}× a WCU (§3, §7)`,
      },
    ]);
  }
  const seconds = prices.hoursPerMonth * 3600;
  const millions = (input.wruPerSecond.toNumber() * seconds) / 1e6;
  const price = onDemandMillionPrice('write', input.tableClass, prices) * multiplier;
  const usd = n * millions * price;
  return calc(usd, [
    {
      what: 'Replicated writes per month (on-demand)',
      how: `${fmt(n)} other replica${n === 1 ? '' : 's'} × ${fmt(input.wruPerSecond)} rWRU/s × ${fmt(seconds)} s = ${fmt(n * millions, 4)} M rWRU × ${fmtUsd(price)}${ia}`,
      result: fmtUsd(usd),
      rule: `each write is replicated to every other region; rWRU cost ${fmt(multiplier)}× a WRU (§3, §7)`,
    },
  ]);
}
