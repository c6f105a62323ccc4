import { InputError } from '../errors.js';
import { Fraction } from './fraction.js';
import { assume, calc, fmt, type Calculation, type Step } from './steps.js';

/**
 * How popular the partition-key values of a request are (the spec's key popularity forms):
 * `uniform` over `cardinality` values, `zipf` with exponent s (the k-th value is asked in
 * proportion to 1/k^s), named values with relative `weights`, or one `hot` value that takes a
 * share while the rest share what is left evenly. The model's normalized `KeyPopularity` is this type.
 */
export type KeyDistribution =
  | { readonly kind: 'uniform'; readonly cardinality: number }
  | { readonly kind: 'zipf'; readonly cardinality: number; readonly exponent: number }
  | { readonly kind: 'weights'; readonly values: readonly string[]; readonly weights: readonly number[] }
  | { readonly kind: 'hot'; readonly cardinality: number; readonly hotShare: number };

/** The most requested partition-key value of a distribution. */
export interface HottestKey {
  /** Share of the requests that go to the hottest value, 0 < share ≤ 1. Exact except for zipf. */
  readonly share: Fraction;
  /** False for zipf, whose share is 1 / H(N, s) rounded to the nearest double. */
  readonly exact: boolean;
  /** Distinct values the requests spread over. */
  readonly cardinality: number;
  /** The hottest value's name when the distribution names its values (weights), else undefined. */
  readonly value: string | undefined;
  /** How the value is described in reports: `"A"`, `"the most popular of 5,000 (zipf rank 1)"`. */
  readonly label: string;
}

/** Terms of H(N, s) added one by one; beyond them the tail is the Euler–Maclaurin expansion. */
export const HARMONIC_EXACT_TERMS = 10_000;

/** Largest cardinality the share calculation accepts (the spec's limit). */
const MAX_CARDINALITY = 1e12;

/**
 * Returns the generalized harmonic number H(N, s) = Σ_{k=1..N} k^−s, the normalizing sum of a
 * zipf distribution over N values. Up to 10,000 terms it is summed term by term (smallest first,
 * for accuracy); for larger N the first 10,000 terms are summed and the tail from 10,001 to N is
 * the Euler–Maclaurin expansion with Bernoulli terms up to B6, whose remainder is below 10^−30
 * there, so the result is accurate to the last bits of a double for every N up to 10^12. At
 * N = 10,001 the expansion reduces to the single term, so the two methods join without a step.
 */
export function generalizedHarmonic(n: number, s: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_CARDINALITY) throw new RangeError(`H(N, s) needs a whole N from 1 to 10^12, got ${n}`);
  if (!(s > 0) || !Number.isFinite(s)) throw new RangeError(`H(N, s) needs s > 0, got ${s}`);
  const m = Math.min(n, HARMONIC_EXACT_TERMS);
  let sum = 0;
  for (let k = m; k >= 1; k--) sum += k ** -s;
  if (n > m) sum += eulerMaclaurinTail(m + 1, n, s);
  return sum;
}

/**
 * Σ_{k=a..b} k^−s by Euler–Maclaurin: ∫_a^b x^−s dx + (f(a) + f(b))/2 + Σ_j B_2j/(2j)! ·
 * (f^(2j−1)(b) − f^(2j−1)(a)), with f(x) = x^−s and j = 1..3 (B2/2! = 1/12, B4/4! = −1/720,
 * B6/6! = 1/30,240).
 */
function eulerMaclaurinTail(a: number, b: number, s: number): number {
  const f = (x: number): number => x ** -s;
  // Odd derivatives: f'(x) = −s x^(−s−1); f'''(x) = −s(s+1)(s+2) x^(−s−3); f^(5)(x) = −s(s+1)(s+2)(s+3)(s+4) x^(−s−5).
  const d1 = (x: number): number => -s * x ** (-s - 1);
  const d3 = (x: number): number => -s * (s + 1) * (s + 2) * x ** (-s - 3);
  const d5 = (x: number): number => -s * (s + 1) * (s + 2) * (s + 3) * (s + 4) * x ** (-s - 5);
  const correction = (d1(b) - d1(a)) / 12 - (d3(b) - d3(a)) / 720 + (d5(b) - d5(a)) / 30_240;
  return powerIntegral(a, b, s) + (f(a) + f(b)) / 2 + correction;
}

/** ∫_a^b x^−s dx = a^(1−s) · (e^((1−s)·ln(b/a)) − 1)/(1−s), written to stay accurate near s = 1 (where it is ln(b/a)). */
function powerIntegral(a: number, b: number, s: number): number {
  const l = Math.log(b / a);
  const t = (1 - s) * l;
  const expm1OverT = Math.abs(t) > 1e-8 ? Math.expm1(t) / t : 1 + t / 2 + (t * t) / 6;
  return a ** (1 - s) * l * expm1OverT;
}

/**
 * Returns the hottest partition-key value of a distribution and its share of the requests:
 * 1/N for uniform, 1/H(N, s) for zipf (rank 1), the largest weight over the sum of the weights,
 * or the larger of the hot value's share and the share of each other value. A share is what the
 * hot-key analysis multiplies a pattern's units per second by (DYNAMODB-RULES.md §5: one
 * partition-key value lives in one partition, whatever the table's capacity). The steps end with
 * the assumption every share rests on (`hotKeyShareAssumption`).
 */
export function hottestKeyShare(d: KeyDistribution): Calculation<HottestKey> {
  const share = shareOf(d);
  return calc(share.value, [...share.steps, hotKeyShareAssumption()]);
}

function shareOf(d: KeyDistribution): Calculation<HottestKey> {
  switch (d.kind) {
    case 'uniform': {
      checkCardinality(d.cardinality);
      const share = Fraction.of(1, d.cardinality);
      return calc({ share, exact: true, cardinality: d.cardinality, value: undefined, label: d.cardinality === 1 ? 'the only value' : `any of ${fmt(d.cardinality)} equally popular values` }, [
        { what: 'Hottest key share (uniform)', how: `1 ÷ ${fmt(d.cardinality)} values`, result: fmtShare(share), rule: 'every value is equally popular' },
      ]);
    }
    case 'zipf': {
      checkCardinality(d.cardinality);
      const h = generalizedHarmonic(d.cardinality, d.exponent);
      const share = fromDouble(1 / h);
      const method = d.cardinality <= HARMONIC_EXACT_TERMS ? 'summed term by term' : `first ${fmt(HARMONIC_EXACT_TERMS)} terms summed, the tail by the Euler–Maclaurin expansion`;
      return calc({ share, exact: false, cardinality: d.cardinality, value: undefined, label: `the most popular of ${fmt(d.cardinality)} (zipf rank 1)` }, [
        {
          what: `Zipf normalizer H(${fmt(d.cardinality)}, ${d.exponent})`,
          how: `Σ k^−${d.exponent} for k = 1..${fmt(d.cardinality)} (${method})`,
          result: fmtDouble(h),
          rule: 'a zipf distribution asks for the k-th most popular value in proportion to 1/k^s',
        },
        { what: 'Hottest key share (zipf rank 1)', how: `1 ÷ ${fmtDouble(h)}`, result: fmtShare(share) },
      ]);
    }
    case 'weights': {
      if (d.values.length === 0 || d.values.length !== d.weights.length) throw new InputError('key weights need at least one value, each with a weight', { path: '/weights' });
      const weights = d.weights.map((w, i) => exactWeight(w, i));
      const total = weights.reduce((a, b) => a.add(b), Fraction.ZERO);
      if (total.isZero()) throw new InputError('key weights add up to zero: at least one value must have a weight above 0', { path: '/weights' });
      let best = 0;
      weights.forEach((w, i) => {
        if (w.compare(weights[best] ?? Fraction.ZERO) > 0) best = i;
      });
      const top = weights[best] ?? Fraction.ZERO;
      const share = top.div(total);
      const value = d.values[best] ?? '';
      const equal = weights.every((w) => w.compare(top) === 0);
      const steps: Step[] = [
        equal
          ? { what: 'Hottest key share (equally popular values)', how: `1 ÷ ${fmt(d.values.length)} values`, result: fmtShare(share), rule: 'the requests spread evenly over the values listed' }
          : {
              what: `Hottest key share (value ${value})`,
              how: `${fmt(top)} ÷ (${weights.map((w) => fmt(w)).join(' + ')})`,
              result: fmtShare(share),
              rule: 'a value is asked in proportion to its weight',
            },
      ];
      return calc({ share, exact: true, cardinality: d.values.length, value, label: equal ? (d.values.length === 1 ? value : `any of ${d.values.join(', ')}`) : value }, steps);
    }
    case 'hot': {
      checkCardinality(d.cardinality);
      const hot = exactWeight(d.hotShare, 0);
      if (hot.isZero() || hot.compare(1) > 0) throw new InputError(`a hot share is above 0 and at most 1, got ${d.hotShare}`, { path: '/hot/share' });
      if (d.cardinality === 1) {
        return calc({ share: Fraction.ONE, exact: true, cardinality: 1, value: undefined, label: 'the only value' }, [{ what: 'Hottest key share', how: 'one value takes every request', result: fmtShare(Fraction.ONE) }]);
      }
      const other = Fraction.ONE.sub(hot).div(d.cardinality - 1);
      const hotWins = hot.compare(other) >= 0;
      const share = hotWins ? hot : other;
      const steps: Step[] = [
        { what: 'Share of each other value', how: `(1 − ${fmtShare(hot)}) ÷ ${fmt(d.cardinality - 1)}`, result: fmtShare(other), rule: 'the values other than the hot one share the rest evenly' },
        { what: 'Hottest key share', how: `max(${fmtShare(hot)}, ${fmtShare(other)})`, result: fmtShare(share) },
      ];
      return calc({ share, exact: true, cardinality: d.cardinality, value: undefined, label: hotWins ? `the hot value (of ${fmt(d.cardinality)})` : `any of the ${fmt(d.cardinality - 1)} other values` }, steps);
    }
  }
}

/** Formats a share of requests: a percentage with up to 4 significant digits, or "1 in N" below 0.01 %. */
export function fmtShare(share: Fraction): string {
  if (share.isZero()) return '0 %';
  const pct = share.mul(100);
  if (pct.compare(Fraction.of(1, 100)) < 0) {
    const inverse = Fraction.ONE.div(share);
    return inverse.isInteger() ? `1 in ${fmt(inverse)}` : `1 in ${fmt(Number(inverse.toNumber().toPrecision(4)))}`;
  }
  const n = pct.toNumber();
  const decimals = n >= 10 ? 2 : n >= 1 ? 3 : 4;
  return `${fmt(Number(n.toFixed(decimals)), decimals)} %`;
}

function fmtDouble(x: number): string {
  return fmt(Number(x.toPrecision(10)), 9);
}

function checkCardinality(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_CARDINALITY) throw new InputError(`a cardinality is a whole number from 1 to 10^12, got ${n}`, { path: '/cardinality' });
}

/** A weight or share written as a decimal in YAML, taken exactly as written (0.7 is 7/10, not the double nearest it). */
function exactWeight(w: number, i: number): Fraction {
  const f = Number.isFinite(w) && w >= 0 ? Fraction.parseDecimal(String(w)) : undefined;
  if (f === undefined) throw new InputError(`a key weight is a number of at least 0, got ${w}`, { path: `/weights/${i}` });
  return f;
}

/** The exact value of a double (17 significant digits round-trip it). */
function fromDouble(x: number): Fraction {
  return Fraction.parseDecimal(x.toPrecision(17)) ?? Fraction.ZERO;
}

/** Returns the assumption step every hot-key share rests on. */
export function hotKeyShareAssumption(): Step {
  return assume('the hottest value keeps its share at every moment: the popularity describes the busiest minute as well as the day');
}
