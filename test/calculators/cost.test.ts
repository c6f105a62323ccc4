import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  breakEvenUtilization,
  costPerMillionRequests,
  onDemandMillionPrice,
  onDemandMonthlyCost,
  pointInTimeRecoveryMonthlyCost,
  provisionedMonthlyCost,
  provisionedUnitHourPrice,
  storageMonthlyCost,
  streamsReadMonthlyCost,
} from '../../src/calculators/cost.js';
import { Fraction } from '../../src/calculators/fraction.js';
import { parsePriceTable, type PriceTable } from '../../src/calculators/price-table.js';
import { InputError } from '../../src/errors.js';

const GB = 1024 ** 3;

/** The us-east-1 prices of DYNAMODB-RULES.md §7, restated for the tests. */
const PRICES: PriceTable = {
  region: 'us-east-1',
  currency: 'USD',
  asOf: '2026-11',
  sources: ['https://aws.amazon.com/dynamodb/pricing/'],
  hoursPerMonth: 730,
  onDemand: { usdPerMillionWriteRequestUnits: 0.625, usdPerMillionReadRequestUnits: 0.125 },
  provisioned: { usdPerWcuHour: 0.00065, usdPerRcuHour: 0.00013 },
  storage: { usdPerGbMonth: 0.25, freeGbPerMonth: 25 },
  standardIa: { usdPerGbMonth: 0.1, requestPriceMultiplier: 1.25 },
  pointInTimeRecovery: { usdPerGbMonth: 0.2 },
  backup: { usdPerGbMonth: 0.1 },
  streams: { usdPer100kReadRequests: 0.02, freeReadRequestsPerMonth: 2_500_000 },
  replicatedWrites: { priceMultiplier: 1 },
};

describe('the bundled price table', () => {
  it('holds the dated us-east-1 prices (§7)', () => {
    const bundled = parsePriceTable(JSON.parse(readFileSync('data/prices.json', 'utf8')));
    expect(bundled).toMatchObject({ ...PRICES, sources: expect.any(Array) });
  });

  it('refuses a price table with a missing or negative price, naming the field', () => {
    const broken = { ...PRICES, provisioned: { usdPerWcuHour: -1, usdPerRcuHour: 0.00013 } };
    expect(() => parsePriceTable(broken)).toThrow(new InputError('price table: /provisioned/usdPerWcuHour must be a non-negative number'));
    expect(() => parsePriceTable({ ...PRICES, onDemand: undefined })).toThrow(new InputError('price table: /onDemand must be an object'));
    expect(() => parsePriceTable([])).toThrow(new InputError('price table: the document must be an object'));
  });
});

describe('cost (§7)', () => {
  it('prices provisioned capacity per unit-hour over 730 hours', () => {
    const r = provisionedMonthlyCost({ rcu: 24, wcu: 120 }, PRICES);
    // 24 × 730 × 0.00013 = 2.2776; 120 × 730 × 0.00065 = 56.94
    expect(r.value).toBeCloseTo(59.2176, 10);
    expect(r.steps.map((s) => `${s.how} = ${s.result}`)).toEqual(['24 RCU × 730 h × $0.00013 = $2.28', '120 WCU × 730 h × $0.00065 = $56.94']);
  });

  it('prices on-demand request units per million over a 730-hour month', () => {
    // 10 WRU/s × 2,628,000 s = 26.28 M WRU × $0.625 = $16.425; 24 RRU/s → 63.072 M × $0.125 = $7.884
    const r = onDemandMonthlyCost({ readUnitsPerSecond: Fraction.of(24), writeUnitsPerSecond: 10 }, PRICES);
    expect(r.value).toBeCloseTo(24.309, 10);
    expect(r.steps[1]?.how).toBe('10 WRU/s × 2,628,000 s = 26.28 M WRU × $0.625');
  });

  it('charges Standard-IA requests 25 % more and its storage less', () => {
    expect(provisionedUnitHourPrice('write', 'standard-ia', PRICES)).toBeCloseTo(0.0008125, 12);
    expect(onDemandMillionPrice('read', 'standard-ia', PRICES)).toBeCloseTo(0.15625, 12);
    expect(storageMonthlyCost({ bytes: 100 * GB, tableClass: 'standard-ia' }, PRICES).value).toBeCloseTo(10, 10);
    expect(storageMonthlyCost({ bytes: 100 * GB }, PRICES).value).toBeCloseTo(25, 10);
  });

  it('takes the first 25 GB of storage off when the free tier applies, never below zero', () => {
    expect(storageMonthlyCost({ bytes: 100 * GB, freeTier: true }, PRICES).value).toBeCloseTo(18.75, 10);
    expect(storageMonthlyCost({ bytes: 10 * GB, freeTier: true }, PRICES).value).toBe(0);
  });

  it('prices one million requests of a given size in request units', () => {
    expect(costPerMillionRequests(Fraction.of(3, 2), 'read', 'standard', PRICES).value).toBeCloseTo(0.1875, 12);
    expect(costPerMillionRequests(5, 'write', 'standard', PRICES).value).toBeCloseTo(3.125, 12);
    const ia = costPerMillionRequests(1, 'write', 'standard-ia', PRICES);
    expect(ia.value).toBeCloseTo(0.78125, 12);
    expect(ia.steps[0]?.how).toBe('1 WRU × $0.625 × 1.25 (Standard-IA) per million WRU');
  });

  it('prices point-in-time recovery and streams reads beyond the free 2.5 million', () => {
    expect(pointInTimeRecoveryMonthlyCost(50 * GB, PRICES).value).toBeCloseTo(10, 10);
    expect(streamsReadMonthlyCost(3_000_000, PRICES).value).toBeCloseTo(0.1, 10);
    expect(streamsReadMonthlyCost(1_000_000, PRICES).value).toBe(0);
  });

  it('finds the utilization where provisioned and on-demand cost the same', () => {
    // $0.00065 per WCU-hour ÷ (3,600 × $0.625 / 1,000,000) = 0.2889
    expect(breakEvenUtilization('write', PRICES).value).toBeCloseTo(0.288889, 6);
    expect(breakEvenUtilization('read', PRICES).value).toBeCloseTo(0.288889, 6);
  });

  it('is monotonic in units, in both modes and both table classes; Standard-IA requests never cost less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('standard' as const, 'standard-ia' as const), (a, b, tableClass) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const prov = (n: number, c = tableClass): number => provisionedMonthlyCost({ rcu: n, wcu: n, tableClass: c }, PRICES).value;
        const od = (n: number, c = tableClass): number => onDemandMonthlyCost({ readUnitsPerSecond: n, writeUnitsPerSecond: n, tableClass: c }, PRICES).value;
        return prov(lo) <= prov(hi) && od(lo) <= od(hi) && prov(hi, 'standard-ia') >= prov(hi, 'standard') && od(hi, 'standard-ia') >= od(hi, 'standard');
      }),
    );
  });
});
