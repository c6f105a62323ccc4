/** How a bucket of values becomes one: their mean (rates), or their largest (counts that only grow, such as partitions). */
export type DownsampleBy = 'mean' | 'max';

/** A series reduced to at most a number of buckets. */
export interface Downsampled {
  /** One value per bucket. */
  readonly values: number[];
  /** Entries of the original series per bucket: 1 when nothing was reduced. The last bucket may hold fewer. */
  readonly bucketSize: number;
}

/**
 * Reduces a series to at most `maxPoints` values by cutting it into equal buckets of consecutive
 * entries, so that a plot of hours of per-second data stays a reasonable size. A series no longer
 * than `maxPoints` comes back as it is, with a bucket size of 1.
 */
export function downsample(values: ArrayLike<number>, maxPoints: number, by: DownsampleBy = 'mean'): Downsampled {
  const n = values.length;
  const bucketSize = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(maxPoints))));
  const out: number[] = [];
  for (let from = 0; from < n; from += bucketSize) {
    const to = Math.min(n, from + bucketSize);
    let acc = by === 'max' ? -Infinity : 0;
    for (let i = from; i < to; i++) {
      const v = values[i] as number;
      acc = by === 'max' ? Math.max(acc, v) : acc + v;
    }
    out.push(by === 'max' ? acc : acc / (to - from));
  }
  return { values: out, bucketSize };
}
