import { z } from 'zod';
import type { KeyDistribution } from '../../calculators/hot-key-share.js';

/**
 * Popularity of the partition-key values an access pattern or workload touches
 * (ARCHITECTURE.md, "Key popularity forms"), shared by the spec and the simulation scenario.
 */
export const keyDistributionSchema = z.union([
  z.literal('uniform'),
  z.strictObject({ zipf: z.number().positive().max(10).describe('zipf exponent s; 0.99 is typical of web traffic') }),
]);

const cardinality = z.number().int().min(1).max(1e12).describe('number of distinct partition-key values');

/** The raw forms a `keys:` entry may take. */
export const keyPopularitySchema = z.union([
  z.strictObject({
    cardinality,
    distribution: keyDistributionSchema.optional().describe('uniform (default) or { zipf: s }'),
  }),
  z.strictObject({ values: z.array(z.union([z.string(), z.number()])).min(1).describe('explicit values, uniformly popular') }),
  z.strictObject({
    weights: z.record(z.string(), z.number().nonnegative()).describe('relative popularity of each value'),
  }),
  z.strictObject({
    hot: z.strictObject({ share: z.number().gt(0).lte(1).describe('share of requests that go to the one hot value') }),
    cardinality,
  }),
]);

/** A `keys:` entry as written. */
export type KeyPopularityInput = z.input<typeof keyPopularitySchema>;

/** Key popularity, normalized: one of the forms with its parameters explicit, as the hot-key calculators take it. */
export type KeyPopularity = KeyDistribution;

/** Normalizes a validated `keys:` entry: explicit values become equal weights, a missing distribution becomes uniform. */
export function normalizeKeyPopularity(input: z.output<typeof keyPopularitySchema>): KeyPopularity {
  if ('values' in input) {
    const values = [...new Set(input.values.map(String))];
    return { kind: 'weights', values, weights: values.map(() => 1) };
  }
  if ('weights' in input) {
    const entries = Object.entries(input.weights);
    return { kind: 'weights', values: entries.map(([k]) => k), weights: entries.map(([, w]) => w) };
  }
  if ('hot' in input) return { kind: 'hot', cardinality: input.cardinality, hotShare: input.hot.share };
  const d = input.distribution ?? 'uniform';
  return d === 'uniform' ? { kind: 'uniform', cardinality: input.cardinality } : { kind: 'zipf', cardinality: input.cardinality, exponent: d.zipf };
}
