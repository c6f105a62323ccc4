import type { RandomStream } from './random.js';
import { abs, exp, expm1, floor, log, log1p } from './intrinsics.js';

/**
 * Samples ranks 1..n with P(k) ∝ k^−s by rejection-inversion (Hörmann and Derflinger, "Rejection-
 * inversion to generate variates from monotone discrete distributions", 1996), as Apache Commons RNG
 * does. Constant time and memory whatever n is, so a key space of 10^12 values costs nothing to set up.
 */
export class ZipfSampler {
  private readonly hIntegralX1: number;
  private readonly hIntegralN: number;
  private readonly squeeze: number;

  constructor(
    readonly n: number,
    readonly exponent: number,
  ) {
    if (!(n >= 1) || !Number.isSafeInteger(n)) throw new RangeError(`zipf needs a whole number of keys, got ${n}`);
    if (!(exponent > 0)) throw new RangeError(`zipf exponent must be positive, got ${exponent}`);
    this.hIntegralX1 = this.hIntegral(1.5) - 1;
    this.hIntegralN = this.hIntegral(n + 0.5);
    this.squeeze = 2 - this.hIntegralInverse(this.hIntegral(2.5) - this.h(2));
  }

  /** Returns a rank in 1..n. */
  sample(rng: RandomStream): number {
    for (;;) {
      const u = this.hIntegralN + rng.nextFloat() * (this.hIntegralX1 - this.hIntegralN);
      const x = this.hIntegralInverse(u);
      let k = floor(x + 0.5);
      if (k < 1) k = 1;
      else if (k > this.n) k = this.n;
      if (k - x <= this.squeeze || u >= this.hIntegral(k + 0.5) - this.h(k)) return k;
    }
  }

  /** h(x) = x^−s. */
  private h(x: number): number {
    return exp(-this.exponent * log(x));
  }

  /** H(x) = ∫₁ˣ t^−s dt, written to stay accurate near s = 1. */
  private hIntegral(x: number): number {
    const logX = log(x);
    return helper2((1 - this.exponent) * logX) * logX;
  }

  /** Inverse of H. */
  private hIntegralInverse(x: number): number {
    let t = x * (1 - this.exponent);
    if (t < -1) t = -1; // guards rounding just outside the domain
    return exp(helper1(t) * x);
  }
}

/** log(1 + x) / x, accurate near 0. */
function helper1(x: number): number {
  return abs(x) > 1e-8 ? log1p(x) / x : 1 - x * (0.5 - x * (1 / 3 - 0.25 * x));
}

/** (e^x − 1) / x, accurate near 0. */
function helper2(x: number): number {
  return abs(x) > 1e-8 ? expm1(x) / x : 1 + x * 0.5 * (1 + (x / 3) * (1 + 0.25 * x));
}
