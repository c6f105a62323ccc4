import { Fraction } from '../../calculators/fraction.js';

/**
 * Returns the exact value of a number read from a document. `numberText` is the number's source
 * text (the loaders keep it, see NodePositions.numberText) and wins when it denotes the same
 * value, so `0.1` is exactly 1/10 and long integers keep every digit; otherwise the shortest
 * decimal that round-trips the double is used (which is what the author wrote in practice).
 */
export function exactNumber(value: number, numberText?: string): Fraction {
  if (numberText !== undefined) {
    const fromText = Fraction.parseDecimal(numberText.replace(/_/g, ''));
    if (fromText !== undefined && fromText.toNumber() === value) return fromText;
  }
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const exact = Fraction.parseDecimal(String(value));
  if (exact === undefined) throw new RangeError(`not a decimal number: ${value}`);
  return exact;
}
