/**
 * The heaviest keys of a weighted stream of keys (Metwally et al.'s Space-Saving summary):
 * constant space, and a count that overstates its key by at most its recorded error, so that
 * count − error is a sure lower bound of the key's weight. A key is a pair of numbers, e.g. a key
 * reference and a shard, or a key-space position and 0.
 */
export class TopKeys {
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly counts: Float64Array;
  private readonly errors: Float64Array;
  private used = 0;
  private last = 0;
  /** Weight of everything counted. */
  total = 0;

  constructor(private readonly size: number) {
    this.a = new Float64Array(size);
    this.b = new Float64Array(size);
    this.counts = new Float64Array(size);
    this.errors = new Float64Array(size);
  }

  /** Counts `weight` for the key (`a`, `b`). */
  add(a: number, b: number, weight = 1): void {
    this.total += weight;
    // The same key often comes again at once: try the last one first.
    if (this.used > 0 && this.a[this.last] === a && this.b[this.last] === b) {
      this.counts[this.last] = (this.counts[this.last] as number) + weight;
      return;
    }
    let lightest = 0;
    for (let i = 0; i < this.used; i++) {
      if (this.a[i] === a && this.b[i] === b) {
        this.counts[i] = (this.counts[i] as number) + weight;
        this.last = i;
        return;
      }
      if ((this.counts[i] as number) < (this.counts[lightest] as number)) lightest = i;
    }
    let slot: number;
    if (this.used < this.size) {
      slot = this.used++;
      this.errors[slot] = 0;
      this.counts[slot] = weight;
    } else {
      // Replace the lightest key: the newcomer inherits its count as possible over-counting.
      slot = lightest;
      this.errors[slot] = this.counts[slot] as number;
      this.counts[slot] = (this.counts[slot] as number) + weight;
    }
    this.a[slot] = a;
    this.b[slot] = b;
    this.last = slot;
  }

  /** The key with the largest sure weight, and that weight; undefined when nothing was counted. */
  heaviest(): { readonly a: number; readonly b: number; readonly sureWeight: number } | undefined {
    let best = -1;
    let bestWeight = 0;
    for (let i = 0; i < this.used; i++) {
      const sure = (this.counts[i] as number) - (this.errors[i] as number);
      if (sure > bestWeight) {
        bestWeight = sure;
        best = i;
      }
    }
    return best < 0 ? undefined : { a: this.a[best] as number, b: this.b[best] as number, sureWeight: bestWeight };
  }

  /** The key that surely had more than half of the weight, or undefined. */
  majority(): { readonly a: number; readonly b: number } | undefined {
    const h = this.heaviest();
    return h && h.sureWeight > this.total / 2 ? h : undefined;
  }

  /** Forgets everything. */
  reset(): void {
    this.used = 0;
    this.last = 0;
    this.total = 0;
  }
}
