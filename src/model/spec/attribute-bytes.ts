import { BOOL_NULL_BYTES, MAX_NUMBER_BYTES } from '../../calculators/limits.js';
import { utf8ByteLength } from '../../calculators/utf8.js';
import type { AttributeType } from './vocabulary.js';

/**
 * Value bytes assumed for an attribute whose size the spec does not give, by type.
 *
 * Only some types have a size of their own (DYNAMODB-RULES.md §1): BOOL and NULL take exactly
 * 1 byte, and a Number takes at most 21 bytes (38 significant digits), which ddb-plan assumes
 * so as never to understate a number. Strings, binaries, documents and sets have no natural
 * size; ddb-plan assumes a short identifier — a UUID, 36 characters as text or 16 raw bytes —
 * and records the value as defaulted so that lint and `--explain` can say it was assumed.
 *
 * An attribute that gives an `example` is sized from it by the item-size calculator instead
 * (example-value.ts), and one that gives `bytes` needs neither.
 */
export const DEFAULT_VALUE_BYTES: Readonly<Record<AttributeType, number>> = {
  S: 36,
  B: 16,
  N: MAX_NUMBER_BYTES,
  BOOL: BOOL_NULL_BYTES,
  NULL: BOOL_NULL_BYTES,
  L: 36,
  M: 36,
  SS: 36,
  NS: 36,
  BS: 36,
};

/** Returns the value bytes assumed for a type; an attribute of unknown type is sized as a string. */
export function defaultValueBytes(type: AttributeType | undefined): number {
  return DEFAULT_VALUE_BYTES[type ?? 'S'];
}

/** Returns the UTF-8 bytes of an attribute name, which counts towards the item size (DYNAMODB-RULES.md §1). */
export function nameBytes(name: string): number {
  return utf8ByteLength(name);
}
