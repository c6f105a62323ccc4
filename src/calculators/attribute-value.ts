/**
 * DynamoDB's attribute-value vocabulary, in the shape of the DynamoDB API and its JSON
 * (`{ "S": "text" }`, `{ "N": "42" }`, …). Numbers stay decimal text so 38-digit values are exact;
 * binaries are raw bytes (DYNAMODB-RULES.md §1).
 */

/** Every DynamoDB attribute type tag: scalars, documents (List, Map) and sets. */
export const ATTRIBUTE_TYPES = ['S', 'N', 'B', 'BOOL', 'NULL', 'L', 'M', 'SS', 'NS', 'BS'] as const;

/** A DynamoDB attribute type tag. */
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** The set type tags. */
export type SetType = 'SS' | 'NS' | 'BS';

/** A DynamoDB attribute value: exactly one type tag and its payload. */
export type AttributeValue =
  | { readonly S: string }
  | { readonly N: string }
  | { readonly B: Uint8Array }
  | { readonly BOOL: boolean }
  | { readonly NULL: true }
  | { readonly L: readonly AttributeValue[] }
  | { readonly M: AttributeMap }
  | { readonly SS: readonly string[] }
  | { readonly NS: readonly string[] }
  | { readonly BS: readonly Uint8Array[] };

/** Attribute values by name: a Map's entries, or a whole item. */
export interface AttributeMap {
  readonly [name: string]: AttributeValue;
}

/** A DynamoDB item: its attributes by name. */
export type Item = AttributeMap;

const TAGS: ReadonlySet<string> = new Set(ATTRIBUTE_TYPES);

/** Returns true when `tag` is one of DynamoDB's type tags (case-sensitive, as DynamoDB JSON is). */
export function isAttributeType(tag: string): tag is AttributeType {
  return TAGS.has(tag);
}

const NAMES: Readonly<Record<AttributeType, string>> = {
  S: 'String',
  N: 'Number',
  B: 'Binary',
  BOOL: 'Boolean',
  NULL: 'Null',
  L: 'List',
  M: 'Map',
  SS: 'String Set',
  NS: 'Number Set',
  BS: 'Binary Set',
};

/** Returns the type's name as the DynamoDB documentation spells it, e.g. "String Set" for SS. */
export function attributeTypeName(type: AttributeType): string {
  return NAMES[type];
}
