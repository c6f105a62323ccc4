import { floor, imul } from './intrinsics.js';

/**
 * 64-bit integer arithmetic on pairs of unsigned 32-bit halves, for the key hash and the seeding
 * of random streams. JavaScript numbers hold 53 bits exactly and BigInt is far too slow for a hash
 * computed on every simulated request, so the multiplications are done in 16-bit limbs.
 */

/** A 64-bit unsigned integer as two unsigned 32-bit halves. */
export interface U64 {
  hi: number;
  lo: number;
}

/** Returns the low 64 bits of a × b, writing them into `out` (which may be `a` or `b`). */
export function mul64(aHi: number, aLo: number, bHi: number, bLo: number, out: U64): U64 {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  // High half: the carry out of aLo × bLo plus the low halves of the cross products.
  const hi = (p11 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16) + imul(aLo, bHi) + imul(aHi, bLo)) >>> 0;
  out.hi = hi;
  out.lo = lo;
  return out;
}

/**
 * Applies the splitmix64 finalizer (Steele, Lea and Flood, 2014) to a 64-bit value in place: a
 * bijection whose output bits each depend on every input bit, so nearby keys land far apart.
 */
export function mix64(x: U64): U64 {
  // z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9
  xorShiftRight(x, 30);
  mul64(x.hi, x.lo, 0xbf58476d, 0x1ce4e5b9, x);
  // z = (z ^ (z >>> 27)) * 0x94d049bb133111eb
  xorShiftRight(x, 27);
  mul64(x.hi, x.lo, 0x94d049bb, 0x133111eb, x);
  // z ^ (z >>> 31)
  xorShiftRight(x, 31);
  return x;
}

/** x ^= x >>> n for 0 < n < 32, in place. */
function xorShiftRight(x: U64, n: number): void {
  const lo = x.lo ^ ((x.lo >>> n) | (x.hi << (32 - n)));
  const hi = x.hi ^ (x.hi >>> n);
  x.hi = hi >>> 0;
  x.lo = lo >>> 0;
}

/** Adds two 64-bit values modulo 2^64, in place into `a`. */
export function add64(a: U64, bHi: number, bLo: number): U64 {
  const lo = a.lo + bLo;
  const carry = lo >= 0x1_0000_0000 ? 1 : 0;
  a.lo = lo >>> 0;
  a.hi = (a.hi + bHi + carry) >>> 0;
  return a;
}

/** Returns a 64-bit value as a fraction in [0, 1) from its top 53 bits. */
export function toUnitInterval(x: U64): number {
  return x.hi * 2 ** -32 + (x.lo >>> 11) * 2 ** -53;
}

/** Splits a non-negative safe integer into 64-bit halves. */
export function fromSafeInteger(n: number, out: U64): U64 {
  out.hi = floor(n / 0x1_0000_0000) >>> 0;
  out.lo = n >>> 0;
  return out;
}
