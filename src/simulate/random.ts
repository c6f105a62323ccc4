import { add64, fromSafeInteger, mix64, type U64 } from './uint64.js';
import { fnv1a64 } from './hash.js';
import { floor, log } from './intrinsics.js';

/** Largest seed accepted: seeds are integers that JSON and the command line carry exactly. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

const GOLDEN_HI = 0x9e3779b9;
const GOLDEN_LO = 0x7f4a7c15;

/**
 * One named stream of pseudo-random numbers: SFC32 (Chris Doty-Humphrey's small fast chaotic
 * generator), seeded by splitmix64. Small state, fast with 32-bit integer operations, and good
 * enough for simulation (it passes PractRand to terabytes); not for cryptography.
 */
export class RandomStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Creates a stream from a 64-bit seed given as two 32-bit halves. */
  constructor(seedHi: number, seedLo: number) {
    const state: U64 = { hi: seedHi >>> 0, lo: seedLo >>> 0 };
    const out: U64 = { hi: 0, lo: 0 };
    const next = (): U64 => {
      add64(state, GOLDEN_HI, GOLDEN_LO);
      out.hi = state.hi;
      out.lo = state.lo;
      return mix64(out);
    };
    const first = next();
    this.a = first.hi;
    this.b = first.lo;
    const second = next();
    this.c = second.hi;
    this.d = second.lo;
    // The SFC author's recommendation: discard the first outputs so the state is well mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Returns the next unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Returns a uniform number in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67_108_864 + low) / 9_007_199_254_740_992;
  }

  /** Returns a uniform integer in [0, n) for 1 ≤ n ≤ 2^53, without modulo bias worth measuring (53 random bits). */
  nextInt(n: number): number {
    return floor(this.nextFloat() * n);
  }

  /** Returns an exponentially distributed number with mean 1 (inversion: −ln(1 − U), finite because 1 − U > 0). */
  nextExponential(): number {
    return -log(1 - this.nextFloat());
  }
}

/**
 * The random streams of one simulation run: one master seed, and an independent stream per name
 * (`arrivals:0`, `keys:0`, `jitter`, …). Streams are independent of the order in which they are
 * created, so drawing more from one (say, retry jitter) never shifts another (the arrivals) —
 * which is what lets key designs be compared on the same logical arrivals (SIMULATOR.md).
 */
export class RandomStreams {
  private readonly seedWords: U64;

  constructor(readonly seed: number) {
    if (!Number.isSafeInteger(seed) || seed < 0) throw new RangeError(`seed must be a non-negative safe integer, got ${seed}`);
    this.seedWords = mix64(fromSafeInteger(seed, { hi: 0, lo: 0 }));
  }

  /** Returns a fresh stream for `name`; the same name always yields the same sequence for the same seed. */
  stream(name: string): RandomStream {
    const h = fnv1a64(name);
    const x = mix64({ hi: (h.hi ^ this.seedWords.hi) >>> 0, lo: (h.lo ^ this.seedWords.lo) >>> 0 });
    return new RandomStream(x.hi, x.lo);
  }
}
