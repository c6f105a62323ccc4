import type { z } from 'zod';
import { childPointer } from '../source/source-map.js';
import type { attributeSchema, keyAttributeSchema } from './attribute-schema.js';
import { defaultValueBytes, nameBytes } from './attribute-bytes.js';
import type { NormalizeContext } from './normalize-context.js';
import type { AttributeModel, KeyAttributeModel } from './spec-model.js';
import type { AttributeType } from './vocabulary.js';

type KeyInput = z.output<typeof keyAttributeSchema>;
type AttributeInput = z.output<typeof attributeSchema>;

/** Returns the declared type of each attribute in a table's `attributes`. */
export function declaredTypes(attributes: Readonly<Record<string, AttributeInput>> | undefined): ReadonlyMap<string, AttributeType> {
  return new Map(Object.entries(attributes ?? {}).map(([name, a]) => [name, typeof a === 'string' ? a : a.type]));
}

/**
 * Normalizes a key attribute: `pk` and `{ name: pk }` become `{ name, type, sharding }`, the type
 * taken from the table's attributes when the key does not give it (defaulted), left undefined when
 * neither does (a lint finding, not an input error).
 */
export function normalizeKey(ctx: NormalizeContext, pointer: string, input: KeyInput, types: ReadonlyMap<string, AttributeType>): KeyAttributeModel {
  const key = typeof input === 'string' ? { name: input } : input;
  const type = key.type ?? types.get(key.name);
  const sharding = key.sharding
    ? ctx.node(childPointer(pointer, 'sharding'), { count: key.sharding.count, suffix: key.sharding.suffix ?? 'random' }, key.sharding.suffix === undefined ? ['suffix'] : [])
    : undefined;
  return ctx.node(pointer, { name: key.name, type, sharding }, key.type === undefined && type !== undefined ? ['type'] : []);
}

/**
 * Returns the attributes of the average item: the declared ones in order, then the key attributes
 * (of the table and its indexes, in that order) the input does not declare, sized by type. Value
 * sizes not written are the type's default (attribute-bytes.ts) and listed as defaulted.
 */
export function normalizeAttributes(
  ctx: NormalizeContext,
  tablePointer: string,
  attributes: Readonly<Record<string, AttributeInput>> | undefined,
  keys: readonly KeyAttributeModel[],
): readonly AttributeModel[] {
  const out: AttributeModel[] = [];
  for (const [name, raw] of Object.entries(attributes ?? {})) {
    const a = typeof raw === 'string' ? { type: raw } : raw;
    const written = 'bytes' in a && a.bytes !== undefined ? ctx.size(a.bytes) : undefined;
    const valueBytes = written ?? defaultValueBytes(a.type);
    const nb = nameBytes(name);
    out.push(
      ctx.node(
        childPointer(childPointer(tablePointer, 'attributes'), name),
        {
          name,
          type: a.type,
          declared: true,
          nameBytes: nb,
          valueBytes,
          bytes: nb + valueBytes,
          cardinality: 'cardinality' in a ? a.cardinality : undefined,
          description: 'description' in a ? a.description : undefined,
        },
        written === undefined ? ['valueBytes'] : [],
        { valueBytes: 'bytes' },
      ),
    );
  }
  const seen = new Set(out.map((a) => a.name));
  for (const key of keys) {
    if (seen.has(key.name)) continue;
    seen.add(key.name);
    const nb = nameBytes(key.name);
    const valueBytes = defaultValueBytes(key.type);
    // Located at the key that names it: that is where the reader sees the attribute.
    out.push({
      name: key.name,
      type: key.type,
      declared: false,
      nameBytes: nb,
      valueBytes,
      bytes: nb + valueBytes,
      cardinality: undefined,
      description: undefined,
      path: key.path,
      ...(key.fieldPaths ? { fieldPaths: key.fieldPaths } : {}),
      defaulted: ['valueBytes'],
    });
  }
  return out;
}

/** Returns the bytes an attribute adds to an item or index entry: its model's, or a string's default for a name the table does not know. */
export function attributeBytes(attributes: readonly AttributeModel[], name: string): number {
  return attributes.find((a) => a.name === name)?.bytes ?? nameBytes(name) + defaultValueBytes(undefined);
}
