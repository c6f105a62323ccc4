import { InputError } from '../errors.js';
import { MAX_NUMBER_BYTES, MAX_NUMBER_DIGITS, NUMBER_MAX_EXPONENT, NUMBER_MIN_EXPONENT } from './limits.js';
import { calc, type Calculation } from './steps.js';

/** A DynamoDB Number reduced to what its size and identity depend on. */
export interface DecimalNumber {
  readonly negative: boolean;
  /** Significant digits, without leading or trailing zeros; empty for zero. */
  readonly digits: string;
  /** Power of ten of the last significant digit (0 for zero): 12000 is digits "12", exponent 3. */
  readonly exponent: number;
}

/** How a Number is stored: its digit pairs and its size in bytes. */
export interface NumberLayout {
  readonly negative: boolean;
  /** Base-100 digits, most significant first, e.g. ["01", "20"] for 120; empty for zero. */
  readonly pairs: readonly string[];
  /** Size of the value in bytes, 1 to 21. */
  readonly bytes: number;
}

const SYNTAX = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity)$/i;

/**
 * Parses the decimal text of a DynamoDB Number (`42`, `-1.5`, `6.02E23`) exactly, without going
 * through a double. Throws an InputError for text DynamoDB refuses: not a decimal, NaN or
 * Infinity, more than 38 significant digits, or a magnitude outside 1E-130 … 9.99…E+125
 * (DYNAMODB-RULES.md §1).
 */
export function parseNumberText(text: string): DecimalNumber {
  if (text === '') throw new InputError('an empty string is not a number');
  if (NOT_FINITE.test(text)) throw new InputError(`"${text}" is not a number DynamoDB can store: numbers are finite decimals`);
  const m = SYNTAX.exec(text);
  const intPart = m?.[2] ?? '';
  const fracPart = m?.[3] ?? '';
  if (!m || intPart + fracPart === '') throw new InputError(`"${excerpt(text)}" is not a number: expected decimal digits such as 42, -1.5 or 6.02E23`);
  const all = intPart + fracPart;
  const lead = firstNonZero(all);
  if (lead === all.length) return { negative: false, digits: '', exponent: 0 };
  let end = all.length;
  while (all.charCodeAt(end - 1) === 48) end--;
  const digits = all.slice(lead, end);
  if (digits.length > MAX_NUMBER_DIGITS) {
    throw new InputError(`number has ${digits.length} significant digits; DynamoDB keeps at most ${MAX_NUMBER_DIGITS}`);
  }
  // A huge exponent text parses to a large or infinite double; either way the range check below refuses it.
  const exponent = Number(m[4] ?? '0') - fracPart.length + (all.length - end);
  const leadPower = exponent + digits.length - 1;
  if (!(leadPower >= NUMBER_MIN_EXPONENT && leadPower <= NUMBER_MAX_EXPONENT)) {
    throw new InputError(`number ${excerpt(text)} is out of range: DynamoDB numbers lie between 1E-130 and 9.9999999999999999999999999999999999999E+125 in magnitude`);
  }
  return { negative: m[1] === '-', digits, exponent };
}

/**
 * Returns the digit pairs and byte size of a Number (DYNAMODB-RULES.md §1, Decision): drop the
 * sign and the leading and trailing zeros, group the digits in pairs aligned on the decimal point,
 * count the pairs between the first and last significant digit, add 1, and 1 more for a negative
 * number. Zero is 1 byte.
 */
export function numberLayout(n: DecimalNumber): NumberLayout {
  if (n.digits === '') return { negative: false, pairs: [], bytes: 1 };
  const leadPower = n.exponent + n.digits.length - 1;
  const pairs: string[] = [];
  // Pair j holds the digits at powers 2j+1 and 2j; floor keeps the pairs aligned for negative powers too.
  for (let j = Math.floor(leadPower / 2); j >= Math.floor(n.exponent / 2); j--) pairs.push(digitAt(n, 2 * j + 1) + digitAt(n, 2 * j));
  // 38 digits span at most 20 pairs, so the stated maximum is 21 bytes (§1). A negative number whose
  // digits already fill 20 pairs gets no extra byte: the base-100 encoding this rule models marks
  // a negative number's end only when its digits are shorter than the maximum.
  const bytes = Math.min(MAX_NUMBER_BYTES, pairs.length + 1 + (n.negative ? 1 : 0));
  return { negative: n.negative, pairs, bytes };
}

/** Returns the size in bytes of a Number given as decimal text (1 to 21); throws an InputError for text DynamoDB refuses. */
export function numberBytes(text: string): number {
  return numberLayout(parseNumberText(text)).bytes;
}

/** How §1 sizes a Number, for `--explain`: the rule the description steps through. */
export const NUMBER_SIZE_RULE =
  'a Number drops its sign and its leading and trailing zeros, groups its digits in pairs aligned on the decimal point, drops 00 pairs at either end, and takes 1 byte per pair + 1, + 1 if negative (§1)';

/** Returns the size in bytes of a Number given as decimal text, with §1's rule worked through as the step. */
export function numberSize(text: string): Calculation<number> {
  const n = parseNumberText(text);
  const layout = numberLayout(n);
  return calc(layout.bytes, [{ what: `Number ${text}`, how: describeNumberLayout(n, layout), result: `${layout.bytes} B`, rule: NUMBER_SIZE_RULE }]);
}

// A run of more 00 pairs than this, which the decimal point's alignment adds and §1 drops again, is shown as 00|…|00.
const MAX_SHOWN_ZERO_PAIRS = 3;

/**
 * Describes, step by step as §1 states the rule, how a Number's size follows from its digits, up to
 * the size itself: "significant digits 12 → digit pairs 01|20|00 → 00 at the end dropped → 2 pairs
 * + 1" for 12000; "sign dropped, significant digits 5 → digit pairs .50 → 1 pair + 1 + 1 (negative)"
 * for -0.5; "zero" for zero. A `.` in the pairs is the decimal point.
 */
export function describeNumberLayout(n: DecimalNumber, layout: NumberLayout = numberLayout(n)): string {
  if (layout.pairs.length === 0) return 'zero';
  // Pair j holds the digits at powers 2j+1 and 2j, as in numberLayout; the decimal point lies between pairs 0 and -1.
  const high = Math.floor((n.exponent + n.digits.length - 1) / 2);
  const low = Math.floor(n.exponent / 2);
  const zerosAtEnd = Math.max(low, 0);
  const zerosAtStart = Math.max(-1 - high, 0);
  const shown = [...zeroPairs(zerosAtStart, -1), ...layout.pairs.map((text, i) => ({ text, power: high - i })), ...zeroPairs(zerosAtEnd, zerosAtEnd - 1)];
  const first = shown[0]?.power === -1 ? '.' : '';
  const grouped = shown.map((p, i) => `${i === 0 ? '' : shown[i - 1]?.power === 0 ? '.' : '|'}${p.text}`).join('');
  const dropped = zerosAtEnd + zerosAtStart;
  const drop = dropped === 0 ? '' : ` → ${dropped === 1 ? '00' : `${dropped} pairs of 00`} at the ${zerosAtEnd > 0 ? 'end' : 'start'} dropped`;
  const base = layout.pairs.length + 1;
  const sign = !layout.negative ? '' : layout.bytes > base ? ' + 1 (negative)' : ' (no byte for the sign: already at the 21-byte maximum)';
  const digits = `significant digit${n.digits.length === 1 ? '' : 's'} ${n.digits}`;
  return `${layout.negative ? 'sign dropped, ' : ''}${digits} → digit pairs ${first}${grouped}${drop} → ${layout.pairs.length} pair${layout.pairs.length === 1 ? '' : 's'} + 1${sign}`;
}

/** Returns `count` 00 pairs from pair `power` down, a long run as 00|…|00. */
function zeroPairs(count: number, power: number): { readonly text: string; readonly power: number }[] {
  if (count <= MAX_SHOWN_ZERO_PAIRS) return Array.from({ length: count }, (_, i) => ({ text: '00', power: power - i }));
  return [
    { text: '00', power },
    { text: '…', power: Number.NaN },
    { text: '00', power: power - count + 1 },
  ];
}

/** Returns a key equal for equal numbers (`1`, `1.0`, `10E-1`), as DynamoDB compares Number Set members. */
export function numberIdentity(n: DecimalNumber): string {
  return n.digits === '' ? '0' : `${n.negative ? '-' : ''}${n.digits}e${n.exponent}`;
}

function digitAt(n: DecimalNumber, power: number): string {
  const i = n.digits.length - 1 - (power - n.exponent);
  return i >= 0 && i < n.digits.length ? (n.digits[i] as string) : '0';
}

function firstNonZero(digits: string): number {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 48) i++;
  return i;
}

function excerpt(text: string): string {
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}
