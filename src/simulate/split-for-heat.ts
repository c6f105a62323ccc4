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

/**
 * What a hot partition observed: consumption by sub-range of its key range, and the key that
 * dominates it if one does (a weighted majority vote, exact for a key above half the weight).
 * This is "the observed key boundary" of a split for heat, kept in constant space.
 */
export class HeatStats {
  readonly bins = new Float64Array(HEAT_BINS);
  total = 0;
  private candidate = NaN;
  private votes = 0;
  /** Weight of the candidate key since it became the candidate, and all weight since then. */
  private candidateWeight = 0;
  private weightSinceCandidate = 0;

  /** Records `units` consumed by the key at `pos` in a partition spanning [lo, hi). */
  record(pos: number, units: number, lo: number, hi: number): void {
    let bin = Math.floor(((pos - lo) / (hi - lo)) * HEAT_BINS);
    if (bin < 0) bin = 0;
    else if (bin >= HEAT_BINS) bin = HEAT_BINS - 1;
    this.bins[bin] = (this.bins[bin] as number) + units;
    this.total += units;
    if (pos === this.candidate) {
      this.votes += units;
      this.candidateWeight += units;
    } else if (this.votes <= units) {
      this.candidate = pos;
      this.votes = units - this.votes;
      this.candidateWeight = units;
      this.weightSinceCandidate = 0;
    } else {
      this.votes -= units;
    }
    this.weightSinceCandidate += units;
  }

  /** Forgets everything (a partition that cooled down, or a new child). */
  reset(): void {
    this.bins.fill(0);
    this.total = 0;
    this.candidate = NaN;
    this.votes = 0;
    this.candidateWeight = 0;
    this.weightSinceCandidate = 0;
  }

  /** The dominant key's position and its share of the consumption, or undefined when no key dominates. */
  dominantKey(): { pos: number; share: number } | undefined {
    if (Number.isNaN(this.candidate) || this.weightSinceCandidate <= 0) return undefined;
    const share = this.candidateWeight / this.weightSinceCandidate;
    return share >= DOMINANT_KEY_SHARE ? { pos: this.candidate, share } : undefined;
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
    const keyBin = Math.min(HEAT_BINS - 1, Math.max(0, Math.floor((dominant.pos - lo) / binWidth)));
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
  const snapped = Math.round(boundary / POSITION_STEP) * POSITION_STEP;
  const b = Math.min(hi - POSITION_STEP, Math.max(lo + POSITION_STEP, snapped));
  return { boundary: b };
}
