import { Fraction } from './fraction.js';
import { GB } from './limits.js';
import type { PriceTable } from './price-table.js';
import { calc, fmt, fmtUsd, type Calculation, type Step } from './steps.js';

/** Table class: Standard, or Standard-Infrequent Access (cheaper storage, dearer requests). */
export type TableClass = 'standard' | 'standard-ia';

/** Read or write capacity. */
export type CapacityKind = 'read' | 'write';

function requestMultiplier(tableClass: TableClass, prices: PriceTable): number {
  return tableClass === 'standard-ia' ? prices.standardIa.requestPriceMultiplier : 1;
}

function classNote(tableClass: TableClass, prices: PriceTable): string {
  return tableClass === 'standard-ia' ? ` × ${fmt(prices.standardIa.requestPriceMultiplier)} (Standard-IA)` : '';
}

/** The Standard-class USD price of one RCU-hour or WCU-hour, as the price table lists it. */
function standardUnitHourPrice(kind: CapacityKind, prices: PriceTable): number {
  return kind === 'read' ? prices.provisioned.usdPerRcuHour : prices.provisioned.usdPerWcuHour;
}

/** The Standard-class USD price of one million read or write request units, as the price table lists it. */
function standardMillionPrice(kind: CapacityKind, prices: PriceTable): number {
  return kind === 'read' ? prices.onDemand.usdPerMillionReadRequestUnits : prices.onDemand.usdPerMillionWriteRequestUnits;
}

/** "RRU" or "WRU": on-demand request units. */
function requestUnitName(kind: CapacityKind): string {
  return kind === 'read' ? 'RRU' : 'WRU';
}

/** Returns the USD price of one provisioned capacity unit for one hour. */
export function provisionedUnitHourPrice(kind: CapacityKind, tableClass: TableClass, prices: PriceTable): number {
  return standardUnitHourPrice(kind, prices) * requestMultiplier(tableClass, prices);
}

/** Returns the USD price of one million on-demand request units. */
export function onDemandMillionPrice(kind: CapacityKind, tableClass: TableClass, prices: PriceTable): number {
  return standardMillionPrice(kind, prices) * requestMultiplier(tableClass, prices);
}

/** Returns USD per month for provisioned capacity held all month: units × hours × unit-hour price (§7). */
export function provisionedMonthlyCost(input: { readonly rcu: number; readonly wcu: number; readonly tableClass?: TableClass }, prices: PriceTable): Calculation<number> {
  const tableClass = input.tableClass ?? 'standard';
  const h = prices.hoursPerMonth;
  const r = input.rcu * h * provisionedUnitHourPrice('read', tableClass, prices);
  const w = input.wcu * h * provisionedUnitHourPrice('write', tableClass, prices);
  const steps: Step[] = [
    {
      what: 'Provisioned reads per month',
      how: `${fmt(input.rcu)} RCU × ${fmt(h)} h × ${fmtUsd(prices.provisioned.usdPerRcuHour)}${classNote(tableClass, prices)}`,
      result: fmtUsd(r),
      rule: `provisioned price per RCU-hour, ${prices.region}, ${prices.asOf} (§7)`,
    },
    {
      what: 'Provisioned writes per month',
      how: `${fmt(input.wcu)} WCU × ${fmt(h)} h × ${fmtUsd(prices.provisioned.usdPerWcuHour)}${classNote(tableClass, prices)}`,
      result: fmtUsd(w),
      rule: `provisioned price per WCU-hour, ${prices.region}, ${prices.asOf} (§7)`,
    },
  ];
  return calc(r + w, steps);
}

/** Returns USD per month for on-demand traffic at a steady average of request units per second (§7). */
export function onDemandMonthlyCost(
  input: { readonly readUnitsPerSecond: Fraction | number; readonly writeUnitsPerSecond: Fraction | number; readonly tableClass?: TableClass },
  prices: PriceTable,
): Calculation<number> {
  const tableClass = input.tableClass ?? 'standard';
  const seconds = prices.hoursPerMonth * 3600;
  const part = (kind: CapacityKind, perSecond: Fraction | number): { usd: number; step: Step } => {
    const ps = typeof perSecond === 'number' ? perSecond : perSecond.toNumber();
    const millions = (ps * seconds) / 1e6;
    const usd = millions * onDemandMillionPrice(kind, tableClass, prices);
    const unit = requestUnitName(kind);
    const price = standardMillionPrice(kind, prices);
    return {
      usd,
      step: {
        what: `On-demand ${kind}s per month`,
        how: `${fmt(ps)} ${unit}/s × ${fmt(seconds)} s = ${fmt(millions, 4)} M ${unit} × ${fmtUsd(price)}${classNote(tableClass, prices)}`,
        result: fmtUsd(usd),
        rule: `on-demand price per million ${unit}, ${prices.region}, ${prices.asOf} (§7)`,
      },
    };
  };
  const r = part('read', input.readUnitsPerSecond);
  const w = part('write', input.writeUnitsPerSecond);
  return calc(r.usd + w.usd, [r.step, w.step]);
}

/** Returns the USD cost of one million requests that each consume `unitsPerRequest` on-demand request units. */
export function costPerMillionRequests(unitsPerRequest: Fraction | number, kind: CapacityKind, tableClass: TableClass, prices: PriceTable): Calculation<number> {
  const units = typeof unitsPerRequest === 'number' ? Fraction.of(unitsPerRequest) : unitsPerRequest;
  const price = onDemandMillionPrice(kind, tableClass, prices);
  const base = standardMillionPrice(kind, prices);
  const usd = units.toNumber() * price;
  const unit = requestUnitName(kind);
  return calc(usd, [
    {
      what: `Cost per million ${kind}s`,
      how: `${fmt(units)} ${unit} × ${fmtUsd(base)}${classNote(tableClass, prices)} per million ${unit}`,
      result: fmtUsd(usd),
    },
  ]);
}

/** Returns USD per month to store `bytes` (items, their 100-byte overheads and index entries), optionally less the free tier (§7). */
export function storageMonthlyCost(
  input: { readonly bytes: number; readonly tableClass?: TableClass; readonly freeTier?: boolean },
  prices: PriceTable,
): Calculation<number> {
  const tableClass = input.tableClass ?? 'standard';
  const gb = input.bytes / GB;
  const free = input.freeTier ? prices.storage.freeGbPerMonth : 0;
  const billed = Math.max(0, gb - free);
  const price = tableClass === 'standard-ia' ? prices.standardIa.usdPerGbMonth : prices.storage.usdPerGbMonth;
  const usd = billed * price;
  return calc(usd, [
    {
      what: 'Storage per month',
      how: `${fmt(gb, 4)} GB${free > 0 ? ` − ${fmt(free)} GB free` : ''} × ${fmtUsd(price)} per GB-month${tableClass === 'standard-ia' ? ' (Standard-IA)' : ''}`,
      result: fmtUsd(usd),
      rule: `storage price, ${prices.region}, ${prices.asOf} (§7)`,
    },
  ]);
}

/** Returns USD per month of continuous backups (point-in-time recovery) for `bytes` of table data (§7). */
export function pointInTimeRecoveryMonthlyCost(bytes: number, prices: PriceTable): Calculation<number> {
  const gb = bytes / GB;
  const usd = gb * prices.pointInTimeRecovery.usdPerGbMonth;
  return calc(usd, [{ what: 'Point-in-time recovery per month', how: `${fmt(gb, 4)} GB × ${fmtUsd(prices.pointInTimeRecovery.usdPerGbMonth)} per GB-month`, result: fmtUsd(usd) }]);
}

/** Returns USD per month for DynamoDB Streams read requests beyond the free 2.5 million (Lambda triggers read for free) (§7). */
export function streamsReadMonthlyCost(readRequestsPerMonth: number, prices: PriceTable): Calculation<number> {
  const billed = Math.max(0, readRequestsPerMonth - prices.streams.freeReadRequestsPerMonth);
  const usd = (billed / 100_000) * prices.streams.usdPer100kReadRequests;
  return calc(usd, [
    {
      what: 'Streams reads per month',
      how: `(${fmt(readRequestsPerMonth)} − ${fmt(prices.streams.freeReadRequestsPerMonth)} free) ÷ 100,000 × ${fmtUsd(prices.streams.usdPer100kReadRequests)}`,
      result: fmtUsd(usd),
    },
  ]);
}

/**
 * Returns the average utilization of provisioned capacity (0–1) at which provisioned and on-demand
 * cost the same: below it on-demand is cheaper. It is the price of one unit held for an hour over
 * the on-demand price of 3,600 request units (one unit used every second of that hour).
 */
export function breakEvenUtilization(kind: CapacityKind, prices: PriceTable): Calculation<number> {
  const hourPrice = standardUnitHourPrice(kind, prices);
  const million = standardMillionPrice(kind, prices);
  const fullHourOnDemand = (3600 / 1e6) * million;
  const value = hourPrice / fullHourOnDemand;
  const unit = kind === 'read' ? 'RCU' : 'WCU';
  return calc(value, [
    {
      what: `Break-even utilization (${kind}s)`,
      how: `${fmtUsd(hourPrice)} per ${unit}-hour ÷ (3,600 × ${fmtUsd(million)} per million)`,
      result: `${fmt(value * 100, 1)} %`,
      rule: 'below this average utilization of provisioned capacity, on-demand costs less (Standard-IA scales both prices alike)',
    },
  ]);
}
