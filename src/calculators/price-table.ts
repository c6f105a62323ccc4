import { InputError } from '../errors.js';

/**
 * A dated DynamoDB price table (DYNAMODB-RULES.md §7). The bundled one is data/prices.json;
 * `--prices FILE` replaces it with a file of the same shape.
 */
export interface PriceTable {
  readonly region: string;
  readonly currency: string;
  /** Month the prices were read, e.g. "2026-11". */
  readonly asOf: string;
  readonly sources: readonly string[];
  readonly hoursPerMonth: number;
  readonly onDemand: { readonly usdPerMillionWriteRequestUnits: number; readonly usdPerMillionReadRequestUnits: number };
  readonly provisioned: { readonly usdPerWcuHour: number; readonly usdPerRcuHour: number };
  readonly storage: { readonly usdPerGbMonth: number; readonly freeGbPerMonth: number };
  readonly standardIa: { readonly usdPerGbMonth: number; readonly requestPriceMultiplier: number };
  readonly pointInTimeRecovery: { readonly usdPerGbMonth: number };
  readonly backup: { readonly usdPerGbMonth: number };
  readonly streams: { readonly usdPer100kReadRequests: number; readonly freeReadRequestsPerMonth: number };
  readonly replicatedWrites: { readonly priceMultiplier: number };
}

const NUMBER_FIELDS: Readonly<Record<string, readonly string[]>> = {
  onDemand: ['usdPerMillionWriteRequestUnits', 'usdPerMillionReadRequestUnits'],
  provisioned: ['usdPerWcuHour', 'usdPerRcuHour'],
  storage: ['usdPerGbMonth', 'freeGbPerMonth'],
  standardIa: ['usdPerGbMonth', 'requestPriceMultiplier'],
  pointInTimeRecovery: ['usdPerGbMonth'],
  backup: ['usdPerGbMonth'],
  streams: ['usdPer100kReadRequests', 'freeReadRequestsPerMonth'],
  replicatedWrites: ['priceMultiplier'],
};

/** Checks that a parsed JSON value is a complete price table; throws an InputError naming the first bad field's JSON pointer. */
export function parsePriceTable(value: unknown): PriceTable {
  const obj = asObject(value, '');
  for (const key of ['region', 'currency', 'asOf'] as const) {
    if (typeof obj[key] !== 'string') throw new InputError(`price table: "${key}" must be a string`, { path: `/${key}` });
  }
  if (!Array.isArray(obj.sources) || !obj.sources.every((s) => typeof s === 'string')) {
    throw new InputError('price table: "sources" must be a list of URLs', { path: '/sources' });
  }
  nonNegative(obj.hoursPerMonth, '/hoursPerMonth');
  for (const [group, fields] of Object.entries(NUMBER_FIELDS)) {
    const g = asObject(obj[group], `/${group}`);
    for (const f of fields) nonNegative(g[f], `/${group}/${f}`);
  }
  return value as PriceTable;
}

function asObject(v: unknown, path: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new InputError(`price table: ${path || 'the document'} must be an object`, { path: path || '/' });
  }
  return v as Record<string, unknown>;
}

function nonNegative(v: unknown, path: string): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new InputError(`price table: ${path} must be a non-negative number`, { path });
  }
}
