import { generalizedHarmonic } from '../calculators/hot-key-share.js';
import type { KeyPopularity } from '../model/common/key-popularity.js';
import type { RandomStream } from './random.js';
import { ZipfSampler } from './zipf.js';
import { floor, min } from './intrinsics.js';

/** A partition-key value and the share of a workload's requests it receives. */
export interface KeyShare {
  readonly id: number;
  readonly share: number;
}

/**
 * Draws partition-key values by popularity. Keys are numbered 0..cardinality−1 (key 0 the most
 * popular where popularity is skewed); named keys (explicit values) also carry their name, which is
 * what gets hashed. No sampler allocates per key, so 10^12 keys cost what 10 do.
 */
export interface KeySampler {
  readonly cardinality: number;
  /** Returns a key number drawn from `rng`. */
  sample(rng: RandomStream): number;
  /** Returns the name of key `id` when keys are named (explicit values), else undefined. */
  name(id: number): string | undefined;
  /** Returns up to `k` of the most popular keys with their shares, hottest first. */
  hottest(k: number): KeyShare[];
}

/** Returns the sampler for a normalized key popularity. */
export function keySampler(popularity: KeyPopularity): KeySampler {
  switch (popularity.kind) {
    case 'uniform':
      return uniformSampler(popularity.cardinality);
    case 'zipf':
      return zipfSampler(popularity.cardinality, popularity.exponent);
    case 'hot':
      return hotSampler(popularity.cardinality, popularity.hotShare);
    case 'weights':
      return weightedSampler(popularity.values, popularity.weights);
  }
}

function uniformSampler(n: number): KeySampler {
  return {
    cardinality: n,
    sample: (rng) => rng.nextInt(n),
    name: () => undefined,
    hottest: (k) => Array.from({ length: min(k, n) }, (_, id) => ({ id, share: 1 / n })),
  };
}

function zipfSampler(n: number, s: number): KeySampler {
  const zipf = new ZipfSampler(n, s);
  let harmonic: number | undefined;
  return {
    cardinality: n,
    sample: (rng) => zipf.sample(rng) - 1,
    name: () => undefined,
    hottest: (k) => {
      harmonic ??= generalizedHarmonic(n, s);
      const h = harmonic;
      return Array.from({ length: min(k, n) }, (_, id) => ({ id, share: (id + 1) ** -s / h }));
    },
  };
}

function hotSampler(n: number, share: number): KeySampler {
  const rest = n - 1;
  return {
    cardinality: n,
    sample: (rng) => {
      const u = rng.nextFloat();
      if (u < share || rest === 0) return 0;
      // One draw serves both choices: rescale what is left of it onto the other keys.
      return 1 + min(rest - 1, floor(((u - share) / (1 - share)) * rest));
    },
    name: () => undefined,
    hottest: (k) => {
      const out: KeyShare[] = [{ id: 0, share: rest === 0 ? 1 : share }];
      for (let id = 1; id < min(k, n); id++) out.push({ id, share: (1 - share) / rest });
      return out;
    },
  };
}

function weightedSampler(values: readonly string[], weights: readonly number[]): KeySampler {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    cumulative[i] = total;
  });
  if (!(total > 0)) throw new RangeError('key weights must not all be zero');
  const order = weights.map((w, id) => ({ id, share: w / total })).sort((a, b) => b.share - a.share || a.id - b.id);
  return {
    cardinality: values.length,
    sample: (rng) => {
      const target = rng.nextFloat() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
    name: (id) => values[id],
    hottest: (k) => order.slice(0, k),
  };
}
