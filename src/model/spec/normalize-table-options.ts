import type { z } from 'zod';
import { Fraction } from '../../calculators/fraction.js';
import type { TableClass } from '../../calculators/cost.js';
import { childPointer } from '../source/source-map.js';
import type { loadProfileSchema } from './load-profile-schema.js';
import type { NormalizeContext } from './normalize-context.js';
import type { LoadProfileModel, ReplicaModel, StreamModel, TtlModel } from './spec-model.js';
import type { replicaSchema, streamSchema, ttlSchema } from './table-options-schema.js';

/** Normalizes time to live: `expires_at` is `{ attribute: expires_at, enabled: true }`. */
export function normalizeTtl(ctx: NormalizeContext, pointer: string, input: z.output<typeof ttlSchema> | undefined): TtlModel | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string') return ctx.node(pointer, { attribute: input, enabled: true }, ['enabled']);
  return ctx.node(pointer, { attribute: input.attribute, enabled: input.enabled ?? true }, input.enabled === undefined ? ['enabled'] : []);
}

/** Normalizes a stream: a view type alone has no paid readers. */
export function normalizeStream(ctx: NormalizeContext, pointer: string, input: z.output<typeof streamSchema> | undefined): StreamModel | undefined {
  if (input === undefined) return undefined;
  if (typeof input === 'string') return ctx.node(pointer, { viewType: input, readRequestsPerSecond: Fraction.ZERO }, ['readRequestsPerSecond'], { readRequestsPerSecond: 'readRequests' });
  const rate = input.readRequests === undefined ? Fraction.ZERO : ctx.rate(childPointer(pointer, 'readRequests'), input.readRequests);
  return ctx.node(pointer, { viewType: input.viewType, readRequestsPerSecond: rate }, input.readRequests === undefined ? ['readRequestsPerSecond'] : [], {
    readRequestsPerSecond: 'readRequests',
  });
}

/** Normalizes the regions of a global table; a replica's table class defaults to the table's. */
export function normalizeReplicas(ctx: NormalizeContext, pointer: string, input: ReadonlyArray<z.output<typeof replicaSchema>> | undefined, tableClass: TableClass): readonly ReplicaModel[] {
  return (input ?? []).map((r, i) => {
    const at = childPointer(pointer, i);
    if (typeof r === 'string') return ctx.node(at, { region: r, tableClass }, ['tableClass']);
    return ctx.node(at, { region: r.region, tableClass: r.tableClass ?? tableClass }, r.tableClass === undefined ? ['tableClass'] : []);
  });
}

/** Normalizes a daily load profile to 24 exact multipliers of the average rate whose mean is 1. */
export function normalizeLoadProfile(ctx: NormalizeContext, pointer: string, input: z.output<typeof loadProfileSchema> | undefined): LoadProfileModel | undefined {
  if (input === undefined) return undefined;
  const hourly = childPointer(pointer, 'hourly');
  const weights = input.hourly.map((w, h) => ctx.exact(childPointer(hourly, h), w));
  const total = weights.reduce((a, b) => a.add(b), Fraction.ZERO);
  const hourlyFactors = weights.map((w) => w.mul(weights.length).div(total));
  return ctx.node(pointer, { hourlyWeights: weights, hourlyFactors }, [], { hourlyWeights: 'hourly', hourlyFactors: 'hourly' });
}
