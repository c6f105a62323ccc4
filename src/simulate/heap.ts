import { INFINITY } from './intrinsics.js';

/**
 * A binary min-heap of events ordered by (time, sequence number), stored as parallel typed arrays
 * so that millions of events allocate nothing. The sequence number is an insertion counter: two
 * events at the same simulated millisecond run in the order they were scheduled (as in SimPy), which
 * keeps runs deterministic.
 */
export class EventHeap {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private args: Int32Array;
  private count = 0;
  private counter = 0;

  /** The time in milliseconds, kind and argument of the event `pop` removed last. */
  poppedTimeMs = 0;
  poppedKind = 0;
  poppedArg = 0;

  constructor(initialCapacity = 64) {
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.kinds = new Int32Array(initialCapacity);
    this.args = new Int32Array(initialCapacity);
  }

  /** Number of scheduled events. */
  get size(): number {
    return this.count;
  }

  /** Time in milliseconds of the earliest event; Infinity when empty. */
  peekTimeMs(): number {
    return this.count === 0 ? INFINITY : (this.times[0] as number);
  }

  /** Schedules an event of `kind` with an integer argument at `timeMs`. */
  push(timeMs: number, kind: number, arg: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.counter++;
    let i = this.count++;
    // Sift up: move parents down until the new event's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = this.times[parent] as number;
      if (pt < timeMs || (pt === timeMs && (this.seqs[parent] as number) < seq)) break;
      this.move(parent, i);
      i = parent;
    }
    this.times[i] = timeMs;
    this.seqs[i] = seq;
    this.kinds[i] = kind;
    this.args[i] = arg;
  }

  /** Removes the earliest event into `poppedTimeMs`, `poppedKind` and `poppedArg`; returns false when empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    this.poppedTimeMs = this.times[0] as number;
    this.poppedKind = this.kinds[0] as number;
    this.poppedArg = this.args[0] as number;
    const last = --this.count;
    if (last === 0) return true;
    const t = this.times[last] as number;
    const s = this.seqs[last] as number;
    const k = this.kinds[last] as number;
    const a = this.args[last] as number;
    let i = 0;
    // Sift down the last event from the root.
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      let child = left;
      if (right < last && this.before(right, left)) child = right;
      const ct = this.times[child] as number;
      if (t < ct || (t === ct && s < (this.seqs[child] as number))) break;
      this.move(child, i);
      i = child;
    }
    this.times[i] = t;
    this.seqs[i] = s;
    this.kinds[i] = k;
    this.args[i] = a;
    return true;
  }

  private before(i: number, j: number): boolean {
    const ti = this.times[i] as number;
    const tj = this.times[j] as number;
    return ti < tj || (ti === tj && (this.seqs[i] as number) < (this.seqs[j] as number));
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from] as number;
    this.seqs[to] = this.seqs[from] as number;
    this.kinds[to] = this.kinds[from] as number;
    this.args[to] = this.args[from] as number;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    const seqs = new Float64Array(n);
    const kinds = new Int32Array(n);
    const args = new Int32Array(n);
    times.set(this.times);
    seqs.set(this.seqs);
    kinds.set(this.kinds);
    args.set(this.args);
    this.times = times;
    this.seqs = seqs;
    this.kinds = kinds;
    this.args = args;
  }
}
