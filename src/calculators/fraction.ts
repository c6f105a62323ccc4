import { InputError } from '../errors.js';

/**
 * An exact rational number. Capacity arithmetic mixes rates such as 100/min (5/3 per second)
 * with halves (eventually consistent reads), so ddb-plan keeps units exact and rounds only
 * where DynamoDB rounds: integer ceilings, never floating-point KB.
 */
export class Fraction {
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    if (den === 0n) throw new RangeError('division by zero');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    this.num = g > 1n ? num / g : num;
    this.den = g > 1n ? den / g : den;
  }

  /** Returns the fraction n / d; both must be integers. */
  static of(n: number | bigint, d: number | bigint = 1n): Fraction {
    return new Fraction(toBigInt(n), toBigInt(d));
  }

  /** 0. */
  static readonly ZERO = Fraction.of(0);
  /** 1. */
  static readonly ONE = Fraction.of(1);

  /**
   * Parses a plain or scientific decimal (`12`, `2.5`, `1e6`, `1.5e-3`) exactly.
   * Returns undefined when the text is not such a number.
   */
  static parseDecimal(text: string): Fraction | undefined {
    const m = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m) return undefined;
    const [, sign, mantissa = '', expText] = m;
    const [intPart = '', fracPart = ''] = mantissa.split('.');
    const exp = expText === undefined ? 0 : Number(expText);
    // Exponents this large are never a capacity figure; refuse them before building huge integers.
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) {
      throw new InputError(`number ${text} is out of range`);
    }
    let num = BigInt((intPart + fracPart).replace(/^0+(?=\d)/, '') || '0');
    let den = 10n ** BigInt(fracPart.length);
    if (exp > 0) num *= 10n ** BigInt(exp);
    if (exp < 0) den *= 10n ** BigInt(-exp);
    return new Fraction(sign === '-' ? -num : num, den);
  }

  /** Returns this + o, exactly. */
  add(o: Fraction | number): Fraction {
    const b = asFraction(o);
    return new Fraction(this.num * b.den + b.num * this.den, this.den * b.den);
  }

  /** Returns this − o, exactly. */
  sub(o: Fraction | number): Fraction {
    const b = asFraction(o);
    return new Fraction(this.num * b.den - b.num * this.den, this.den * b.den);
  }

  /** Returns this × o, exactly. */
  mul(o: Fraction | number): Fraction {
    const b = asFraction(o);
    return new Fraction(this.num * b.num, this.den * b.den);
  }

  /** Returns this ÷ o, exactly; throws a RangeError when o is 0. */
  div(o: Fraction | number): Fraction {
    const b = asFraction(o);
    if (b.num === 0n) throw new RangeError('division by zero');
    return new Fraction(this.num * b.den, this.den * b.num);
  }

  /** Returns the smallest integer not below this value. */
  ceil(): bigint {
    const q = this.num / this.den;
    return this.num > 0n && this.num % this.den !== 0n ? q + 1n : q;
  }

  /** Returns the largest integer not above this value. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && this.num % this.den !== 0n ? q - 1n : q;
  }

  /** Returns -1, 0 or 1 as this is below, equal to or above o. */
  compare(o: Fraction | number): -1 | 0 | 1 {
    const b = asFraction(o);
    const l = this.num * b.den;
    const r = b.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** Returns the larger of this and o. */
  max(o: Fraction): Fraction {
    return this.compare(o) >= 0 ? this : o;
  }

  /** True when the value is 0. */
  isZero(): boolean {
    return this.num === 0n;
  }

  /** True when the value is a whole number. */
  isInteger(): boolean {
    return this.den === 1n;
  }

  /** Returns the nearest double; exact whenever the value is a double. */
  toNumber(): number {
    if (this.den === 1n) return Number(this.num);
    const n = Number(this.num);
    const d = Number(this.den);
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return n / d;
    // Keep about 20 significant digits of the quotient, then let the decimal parser round it to
    // the nearest double: a fixed scale would turn tiny values such as 1/10^20 into 0.
    const digits = (x: bigint): number => (x < 0n ? -x : x).toString().length;
    const shift = Math.max(0, 20 - (digits(this.num) - digits(this.den)));
    return Number(`${(this.num * 10n ** BigInt(shift)) / this.den}e-${shift}`);
  }

  /** Formats as a decimal: exact when the decimal terminates within `maxDecimals`, else rounded. */
  toDecimalString(maxDecimals = 4): string {
    const negative = this.num < 0n;
    const abs = negative ? -this.num : this.num;
    const scale = 10n ** BigInt(maxDecimals);
    const scaled = (abs * scale * 2n + this.den) / (this.den * 2n); // round half up
    const intPart = scaled / scale;
    let fracPart = (scaled % scale).toString().padStart(maxDecimals, '0').replace(/0+$/, '');
    if (maxDecimals === 0) fracPart = '';
    const text = fracPart ? `${intPart}.${fracPart}` : `${intPart}`;
    return negative && text !== '0' ? `-${text}` : text;
  }

  /** True when `toDecimalString(maxDecimals)` is exact. */
  isExactDecimal(maxDecimals = 4): boolean {
    return (this.num * 10n ** BigInt(maxDecimals)) % this.den === 0n;
  }

  /** Formats as `num/den` in lowest terms, or the integer alone: "5/3", "24". */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isInteger(n)) throw new RangeError(`not an integer: ${n}`);
  return BigInt(n);
}

function asFraction(o: Fraction | number): Fraction {
  return typeof o === 'number' ? Fraction.of(o) : o;
}
