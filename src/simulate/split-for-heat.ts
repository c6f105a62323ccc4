import { floor, max, min, round } from './intrinsics.js';
import { TopKeys } from './top-keys.js';

/** Bins of a partition's key range in which consumption is counted while it is hot. */
export const HEAT_BINS = 16;

/**
 * Share of a hot partition's consumption above which one key is taken to be all of it: such a
 * partition is not split, because a single partition-key value can never be split (DYNAMODB-RULES.md §5).
 */
export const SINGLE_KEY_SHARE = 0.99;

/** Share above which one key dominates a hot partition, so the split isolates it from the others. */
export const DOMINANT_KEY_SHARE = 0.5;

/** The smallest step between two key-space positions (positions are multiples of 2^−53). */
const POSITION_STEP = 2 ** -53;

/** Keys a hot partition tracks by position (the others only by sub-range). */
export const TRACKED_KEYS = 8;

/**
 * What a hot partition observed: consumption by sub-range of its key range, and its heaviest keys
 * by position (a Space-Saving summary). This is "the observed key boundary" of a split for heat,
 * kept in constant space.
 */
export class HeatStats {
  readonly bins = new Float64Array(HEAT_BINS);
  total = 0;
  private readonly keys = new TopKeys(TRACKED_KEYS);

  /** Records `units` consumed by the key at `pos` in a partition spanning [lo, hi). */
  record(pos: number, units: number, lo: number, hi: number): void {
    let bin = floor(((pos - lo) / (hi - lo)) * HEAT_BINS);
    if (bin < 0) bin = 0;
    else if (bin >= HEAT_BINS) bin = HEAT_BINS - 1;
    this.bins[bin] = (this.bins[bin] as number) + units;
    this.total += units;
    this.keys.add(pos, 0, units);
  }

  /** Forgets everything (a partition that cooled down, or a new child). */
  reset(): void {
    this.bins.fill(0);
    this.total = 0;
    this.keys.reset();
  }

  /** The heaviest key's position and the share of the consumption it surely had, or undefined when no key reaches half. */
  dominantKey(): { pos: number; share: number } | undefined {
    const h = this.keys.heaviest();
    if (!h || this.total <= 0) return undefined;
    const share = h.sureWeight / this.total;
    return share >= DOMINANT_KEY_SHARE ? { pos: h.a, share } : undefined;
  }
}

/** Where to split a hot partition, or why it is not split. */
export type SplitDecision = { readonly boundary: number } | { readonly refused: 'single-key' | 'too-narrow' };

/**
 * Chooses the split point of a hot partition [lo, hi) from what it observed: a partition whose load
 * is one key is not split; one dominated by a key is split right beside that key, so the key ends
 * up on the side with less of the other load; otherwise the split falls at the weighted median of
 * the consumption, so each child takes about half the heat.
 */
export function chooseSplit(heat: HeatStats, lo: number, hi: number): SplitDecision {
  if (hi - lo <= 2 * POSITION_STEP) return { refused: 'too-narrow' };
  const dominant = heat.dominantKey();
  if (dominant && dominant.share >= SINGLE_KEY_SHARE) return { refused: 'single-key' };
  const binWidth = (hi - lo) / HEAT_BINS;
  if (dominant) {
    const keyBin = min(HEAT_BINS - 1, max(0, floor((dominant.pos - lo) / binWidth)));
    let below = 0;
    let above = 0;
    for (let i = 0; i < HEAT_BINS; i++) {
      if (i < keyBin) below += heat.bins[i] as number;
      else if (i > keyBin) above += heat.bins[i] as number;
    }
    // The key goes with the lighter side: boundary at the key (key in the upper child) or just after it.
    const boundary = below >= above ? dominant.pos : dominant.pos + POSITION_STEP;
    return clampInside(boundary, lo, hi);
  }
  const half = heat.total / 2;
  let acc = 0;
  for (let i = 0; i < HEAT_BINS; i++) {
    const w = heat.bins[i] as number;
    if (acc + w >= half && w > 0) {
      const boundary = lo + binWidth * (i + (half - acc) / w);
      return clampInside(boundary, lo, hi);
    }
    acc += w;
  }
  return clampInside(lo + (hi - lo) / 2, lo, hi);
}

function clampInside(boundary: number, lo: number, hi: number): SplitDecision {
  // Snap to the position grid, strictly inside the range.
  const snapped = round(boundary / POSITION_STEP) * POSITION_STEP;
  const b = min(hi - POSITION_STEP, max(lo + POSITION_STEP, snapped));
  return { boundary: b };
}
