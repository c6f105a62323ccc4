import type { AttributeType, AttributeValue } from '../../calculators/attribute-value.js';
import { itemSizeBytes } from '../../calculators/item-size.js';
import { InputError } from '../../errors.js';
import { decodeBase64 } from '../items/base64.js';
import { describeValue } from '../source/validate-document.js';

/**
 * Returns the DynamoDB value an attribute's `example` stands for, read as its declared type: text
 * for S (a number is taken as its digits), a number or numeric text for N, base64 for B, true or
 * false for BOOL, null for NULL, lists for the sets, a list for L and a mapping for M (their
 * elements typed as the document clients marshal plain values). `numberText` is the example's
 * source text when it is a number, so long numbers keep every digit. Throws an InputError when
 * the example cannot be a value of the type.
 */
export function exampleValue(type: AttributeType, example: unknown, numberText?: string): AttributeValue {
  const text = (v: unknown, what: string): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return v === example && numberText !== undefined ? numberText : String(v);
    throw new InputError(`expected ${what}, got ${describeValue(v)}`);
  };
  const list = (what: string): unknown[] => {
    if (!Array.isArray(example)) throw new InputError(`expected a list of ${what}, got ${describeValue(example)}`);
    return example;
  };
  switch (type) {
    case 'S':
      return { S: text(example, 'text') };
    case 'N':
      return { N: text(example, 'a number') };
    case 'B':
      return { B: decodeBase64(text(example, 'base64 text')) };
    case 'BOOL':
      if (typeof example !== 'boolean') throw new InputError(`expected true or false, got ${describeValue(example)}`);
      return { BOOL: example };
    case 'NULL':
      if (example !== null && example !== true) throw new InputError(`expected null, got ${describeValue(example)}`);
      return { NULL: true };
    case 'SS':
      return { SS: list('strings').map((v) => text(v, 'text')) };
    case 'NS':
      return { NS: list('numbers').map((v) => text(v, 'a number')) };
    case 'BS':
      return { BS: list('base64 strings').map((v) => decodeBase64(text(v, 'base64 text'))) };
    case 'L':
      return { L: list('values').map(plainValue) };
    case 'M':
      if (example === null || typeof example !== 'object' || Array.isArray(example)) throw new InputError(`expected a mapping, got ${describeValue(example)}`);
      return plainValue(example);
  }
}

/** Returns the bytes of an example value by the item-size rules (DYNAMODB-RULES.md §1), without its name. */
export function exampleBytes(name: string, type: AttributeType, example: unknown, numberText?: string): number {
  const size = itemSizeBytes({ [name]: exampleValue(type, example, numberText) });
  return size.attributes[0]?.valueBytes ?? 0;
}

/** Types a plain value as the document clients marshal it: text S, numbers N, booleans BOOL, null NULL, lists L, mappings M. */
function plainValue(v: unknown): AttributeValue {
  if (typeof v === 'string') return { S: v };
  if (typeof v === 'number') return { N: String(v) };
  if (typeof v === 'boolean') return { BOOL: v };
  if (v === null) return { NULL: true };
  if (Array.isArray(v)) return { L: v.map(plainValue) };
  if (typeof v === 'object') return { M: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)])) };
  throw new InputError(`cannot store ${describeValue(v)} in DynamoDB`);
}

