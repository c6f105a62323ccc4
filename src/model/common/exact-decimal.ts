import type { Fraction } from '../../calculators/fraction.js';

/** Returns the exact decimal text of a fraction whose decimal expansion ends (`5/2` → "2.5"), or undefined (`1/3`). */
export function exactDecimal(f: Fraction): string | undefined {
  let den = f.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  if (den !== 1n) return undefined;
  return f.toDecimalString(Math.max(twos, fives));
}

/** Returns the fraction as a JavaScript number when the number's shortest text is its exact decimal, else undefined. */
export function exactJsNumber(f: Fraction): number | undefined {
  const text = exactDecimal(f);
  if (text === undefined) return undefined;
  const n = Number(text);
  return String(n) === text || (Number.isInteger(n) && BigInt(text) === BigInt(n)) ? n : undefined;
}
