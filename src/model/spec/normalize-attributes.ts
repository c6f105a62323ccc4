import type { z } from 'zod';
import { childPointer } from '../source/source-map.js';
import { attributeType, type attributeSchema, type keyAttributeSchema } from './attribute-schema.js';
import { defaultValueBytes, nameBytes } from './attribute-bytes.js';
import { exampleBytes } from './example-value.js';
import type { NormalizeContext } from './normalize-context.js';
import type { AttributeModel, KeyAttributeModel } from './spec-model.js';
import type { AttributeType } from './vocabulary.js';

type KeyInput = z.output<typeof keyAttributeSchema>;
type AttributeInput = z.output<typeof attributeSchema>;

/** Returns the declared type of each attribute in a table's `attributes`. */
export function declaredTypes(attributes: Readonly<Record<string, AttributeInput>> | undefined): ReadonlyMap<string, AttributeType> {
  return new Map(Object.entries(attributes ?? {}).map(([name, a]) => [name, attributeType(a !== null && typeof a === 'object' ? a.type : a)]));
}

/**
 * Normalizes a key attribute: `pk` and `{ name: pk }` become `{ name, type, sharding }`, the type
 * taken from the table's attributes when the key does not give it (defaulted), left undefined when
 * neither does (a lint finding, not an input error).
 */
export function normalizeKey(ctx: NormalizeContext, pointer: string, input: KeyInput, types: ReadonlyMap<string, AttributeType>): KeyAttributeModel {
  const key = typeof input === 'string' ? { name: input } : input;
  const type = key.type === undefined ? types.get(key.name) : attributeType(key.type);
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
    const a = raw !== null && typeof raw === 'object' ? { ...raw, type: attributeType(raw.type) } : { type: attributeType(raw) };
    const pointer = childPointer(childPointer(tablePointer, 'attributes'), name);
    const bytes = 'bytes' in a ? a.bytes : undefined;
    const example = 'example' in a ? a.example : undefined;
    const from = bytes !== undefined ? 'bytes' : example !== undefined ? 'example' : 'type';
    const valueBytes =
      bytes !== undefined ? ctx.size(bytes) : example !== undefined ? exampleBytes(name, a.type, example, ctx.numberText(childPointer(pointer, 'example'))) : defaultValueBytes(a.type);
    const nb = nameBytes(name);
    out.push(
      ctx.node(
        pointer,
        {
          name,
          type: a.type,
          declared: true,
          nameBytes: nb,
          valueBytes,
          valueBytesFrom: from,
          bytes: nb + valueBytes,
          example,
          cardinality: 'cardinality' in a ? a.cardinality : undefined,
          description: 'description' in a ? a.description : undefined,
        },
        from === 'type' ? ['valueBytes'] : [],
        { valueBytes: from === 'example' ? 'example' : 'bytes' },
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
      valueBytesFrom: 'type',
      bytes: nb + valueBytes,
      example: undefined,
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
