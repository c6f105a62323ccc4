import type { Node as JsonNode } from 'jsonc-parser';
import { ATTRIBUTE_TYPES, attributeTypeName, isAttributeType, type AttributeMap, type AttributeValue, type Item, type SetType } from '../../calculators/attribute-value.js';
import { LazyPath } from '../../calculators/json-path.js';
import { MAX_ATTRIBUTE_NAME_BYTES, MAX_NESTING_DEPTH } from '../../calculators/limits.js';
import { numberIdentity, parseNumberText, type DecimalNumber } from '../../calculators/number-size.js';
import { fmtBytes } from '../../calculators/steps.js';
import { utf8ByteLength } from '../../calculators/utf8.js';
import { InputError } from '../../errors.js';
import { decodeBase64 } from './base64.js';

/** How an item's values are written: DynamoDB JSON (`{"S": "text"}`) or plain JSON (types inferred). */
export type ItemEncoding = 'dynamodb' | 'plain';

/** What converting one item needs besides its syntax tree. */
export interface ConvertContext {
  readonly encoding: ItemEncoding;
  /** True when the encoding was detected from the first item rather than chosen, so errors can say so. */
  readonly detected: boolean;
  /** The item's JSON text; node offsets are relative to it (numbers keep their source digits). */
  readonly text: string;
  /** Records a problem at an offset of `text`. */
  report(message: string, offset: number): void;
}

/**
 * Returns the encoding an item's syntax tree is written in. DynamoDB JSON when some attribute's
 * value is an object keyed only by type tags (`{"S": "a"}`, also the invalid `{"S": "a", "N": "1"}`),
 * or when every attribute's value is an object with one key that looks like a tag (one to four
 * capital letters, so that a lone `{"X": 1}` is reported as an unknown tag); plain JSON otherwise.
 */
export function detectEncoding(item: JsonNode): ItemEncoding {
  if (item.type !== 'object') return 'plain';
  const values = (item.children ?? []).map((p) => p.children?.[1]);
  const keysOf = (v: JsonNode | undefined): string[] | undefined => (v?.type === 'object' ? (v.children ?? []).map((p) => String(p.children?.[0]?.value)) : undefined);
  const tagged = values.some((v) => {
    const keys = keysOf(v);
    return keys !== undefined && keys.length > 0 && keys.every(isAttributeType);
  });
  const tagLike =
    values.length > 0 &&
    values.every((v) => {
      const keys = keysOf(v);
      return keys?.length === 1 && /^[A-Z]{1,4}$/.test(keys[0] as string);
    });
  return tagged || tagLike ? 'dynamodb' : 'plain';
}

/** Returns true when every attribute of the item is a DynamoDB JSON value with a known type tag. */
export function looksLikeDynamoDbJson(item: JsonNode): boolean {
  const keys = singleKeys(item);
  return keys !== undefined && keys.length > 0 && keys.every(isAttributeType);
}

/**
 * Converts an item's JSON syntax tree to DynamoDB attribute values, reporting every value DynamoDB
 * would refuse with its JSONPath (DYNAMODB-RULES.md §1). Returns undefined when it reported any.
 */
export function itemFromJson(node: JsonNode, path: string, ctx: ConvertContext): Item | undefined {
  return new Converter(ctx).item(node, LazyPath.of(path));
}

const ALIASES: Readonly<Record<string, string>> = { string: 'S', number: 'N', binary: 'B', boolean: 'BOOL', bool: 'BOOL', null: 'NULL', list: 'L', map: 'M' };

class Converter {
  private failed = false;
  private tooDeep = false;

  constructor(private readonly ctx: ConvertContext) {}

  item(node: JsonNode, path: LazyPath): Item | undefined {
    if (node.type !== 'object') {
      this.report(path, `expected an item (a JSON object of attributes), got ${kindOf(node)}`, node);
      return undefined;
    }
    const props = node.children ?? [];
    if (props.length === 0) this.report(path, 'an empty item: an item has at least its key attributes', node);
    const item = this.entries(props, path, (v, p) => this.value(v, p, 0), 'attribute name');
    return this.failed ? undefined : item;
  }

  private value(node: JsonNode, path: LazyPath, depth: number): AttributeValue | undefined {
    return this.ctx.encoding === 'dynamodb' ? this.typed(node, path, depth) : this.plain(node, path, depth);
  }

  private entries(props: readonly JsonNode[], path: LazyPath, convert: (v: JsonNode, p: LazyPath) => AttributeValue | undefined, noun: string): AttributeMap {
    const out: Record<string, AttributeValue> = {};
    for (const prop of props) {
      const [k, v] = prop.children ?? [];
      if (!k || !v) continue;
      const name = String(k.value);
      const p = path.child(name);
      if (Object.hasOwn(out, name)) {
        this.report(p, `the ${noun} "${name}" appears twice; each must be unique`, k);
        continue;
      }
      if (noun === 'attribute name') {
        if (name === '') this.report(p, 'an attribute name cannot be empty', k);
        // UTF-8 takes at most 3 bytes per UTF-16 unit, so only long names need counting.
        const bytes = name.length * 3 > MAX_ATTRIBUTE_NAME_BYTES ? utf8ByteLength(name) : 0;
        if (bytes > MAX_ATTRIBUTE_NAME_BYTES) this.report(p, `the attribute name is ${fmtBytes(bytes)}; DynamoDB allows at most ${fmtBytes(MAX_ATTRIBUTE_NAME_BYTES)}`, k);
      }
      const value = convert(v, p);
      // Assigning "__proto__" would set the prototype instead of adding an attribute.
      if (value !== undefined && name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else if (value !== undefined) out[name] = value;
    }
    return out;
  }

  private typed(node: JsonNode, path: LazyPath, depth: number): AttributeValue | undefined {
    if (node.type !== 'object') {
      const hint = this.ctx.detected ? ' (the input was read as DynamoDB JSON, detected from its first item)' : '';
      return this.report(path, `expected a DynamoDB JSON value such as {"S": "text"}, got ${kindOf(node)}${hint}`, node);
    }
    const props = node.children ?? [];
    if (props.length === 0) return this.report(path, 'an empty object is not a DynamoDB JSON value: expected one type tag such as {"S": "text"}', node);
    const keys = props.map((p) => String(p.children?.[0]?.value));
    if (props.length > 1) return this.report(path, `a DynamoDB JSON value has exactly one type tag; got ${keys.join(', ')}`, props[1]?.children?.[0] ?? node);
    const [k, v] = props[0]?.children ?? [];
    if (!k || !v) return undefined;
    const tag = String(k.value);
    const at = path.child(tag);
    switch (tag) {
      case 'S':
        return v.type === 'string' ? { S: v.value as string } : this.wrongType(at, 'an S value must be a JSON string', v);
      case 'N':
        if (v.type !== 'string') return this.wrongType(at, 'an N value must be a string of digits such as "42" (DynamoDB JSON quotes numbers)', v);
        return this.number(v.value as string, at, v) && { N: v.value as string };
      case 'B': {
        if (v.type !== 'string') return this.wrongType(at, 'a B value must be a base64 string', v);
        const B = this.binary(v.value as string, at, v);
        return B && { B };
      }
      case 'BOOL':
        return v.type === 'boolean' ? { BOOL: v.value as boolean } : this.wrongType(at, 'a BOOL value must be true or false', v);
      case 'NULL':
        return v.type === 'boolean' && v.value === true ? { NULL: true } : this.report(at, `a NULL value must be true, got ${v.type === 'boolean' ? 'false' : kindOf(v)}`, v);
      case 'L': {
        if (v.type !== 'array') return this.wrongType(at, 'an L value must be an array', v);
        if (!this.nest(at, depth, v)) return undefined;
        const L = (v.children ?? []).map((c, i) => this.typed(c, at.child(i), depth + 1));
        return L.every((e) => e !== undefined) ? { L: L as AttributeValue[] } : undefined;
      }
      case 'M': {
        if (v.type !== 'object') return this.wrongType(at, 'an M value must be an object', v);
        if (!this.nest(at, depth, v)) return undefined;
        return { M: this.entries(v.children ?? [], at, (c, p) => this.typed(c, p, depth + 1), 'map key') };
      }
      case 'SS':
      case 'NS':
      case 'BS':
        return this.set(tag, v, at);
      default:
        return this.report(at, unknownTag(tag), k);
    }
  }

  private plain(node: JsonNode, path: LazyPath, depth: number): AttributeValue | undefined {
    switch (node.type) {
      case 'string':
        return { S: node.value as string };
      case 'number': {
        // The source digits, not the double: 38-digit numbers stay exact.
        const text = this.ctx.text.slice(node.offset, node.offset + node.length);
        return this.number(text, path, node) && { N: text };
      }
      case 'boolean':
        return { BOOL: node.value as boolean };
      case 'null':
        return { NULL: true };
      case 'array': {
        if (!this.nest(path, depth, node)) return undefined;
        const L = (node.children ?? []).map((c, i) => this.plain(c, path.child(i), depth + 1));
        return L.every((e) => e !== undefined) ? { L: L as AttributeValue[] } : undefined;
      }
      case 'object':
        if (!this.nest(path, depth, node)) return undefined;
        return { M: this.entries(node.children ?? [], path, (c, p) => this.plain(c, p, depth + 1), 'map key') };
      default:
        return this.report(path, `unexpected ${node.type}`, node);
    }
  }

  private set(tag: SetType, v: JsonNode, at: LazyPath): AttributeValue | undefined {
    const noun = attributeTypeName(tag);
    const memberKind = { SS: 'strings', NS: 'numbers as strings such as "42"', BS: 'base64 strings' }[tag];
    if (v.type !== 'array') return this.wrongType(at, `an ${tag} value must be an array of ${memberKind}`, v);
    const members = v.children ?? [];
    if (members.length === 0) return this.report(at, `an empty ${noun}: DynamoDB sets have at least one member`, v);
    const seen = new Map<string, number>();
    const strings: string[] = [];
    const binaries: Uint8Array[] = [];
    let ok = true;
    members.forEach((m, i) => {
      const mat = at.child(i);
      if (m.type !== 'string') {
        this.wrongType(mat, `a ${noun} member must be a JSON string`, m);
        ok = false;
        return;
      }
      const text = m.value as string;
      let key: string | undefined = text;
      if (tag === 'NS') {
        const n = this.number(text, mat, m);
        key = n && numberIdentity(n);
      } else if (tag === 'BS') {
        const b = this.binary(text, mat, m);
        if (b) binaries.push(b);
        key = b && Buffer.from(b).toString('latin1');
      }
      if (key === undefined) {
        ok = false;
        return;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        this.report(mat, `duplicate member of a ${noun} (equal to ${at.child(first)}): set members are unique`, m);
        ok = false;
        return;
      }
      seen.set(key, i);
      strings.push(text);
    });
    if (!ok) return undefined;
    if (tag === 'SS') return { SS: strings };
    if (tag === 'NS') return { NS: strings };
    return { BS: binaries };
  }

  private number(text: string, path: LazyPath, node: JsonNode): DecimalNumber | undefined {
    return this.attempt(() => parseNumberText(text), path, node);
  }

  private binary(text: string, path: LazyPath, node: JsonNode): Uint8Array | undefined {
    return this.attempt(() => decodeBase64(text), path, node);
  }

  /** Runs a parser of one value, reporting the InputError it throws at the value's path. */
  private attempt<T>(parse: () => T, path: LazyPath, node: JsonNode): T | undefined {
    try {
      return parse();
    } catch (e) {
      if (e instanceof InputError) return this.report(path, e.message, node);
      throw e;
    }
  }

  /** Checks the nesting level of a List or Map inside `depth` others (DYNAMODB-RULES.md §1); reports it once per item. */
  private nest(path: LazyPath, depth: number, node: JsonNode): boolean {
    if (depth + 1 <= MAX_NESTING_DEPTH) return true;
    if (!this.tooDeep) this.report(path, `lists and maps nest ${depth + 1} levels deep here; DynamoDB allows at most ${MAX_NESTING_DEPTH}`, node);
    this.tooDeep = true;
    this.failed = true;
    return false;
  }

  private wrongType(path: LazyPath, expectation: string, node: JsonNode): undefined {
    return this.report(path, `${expectation}, got ${kindOf(node)}`, node);
  }

  private report(path: LazyPath, message: string, node: JsonNode): undefined {
    this.failed = true;
    this.ctx.report(`${String(path)}: ${message}`, node.offset);
    return undefined;
  }
}

function unknownTag(tag: string): string {
  const upper = tag.toUpperCase();
  const suggestion = isAttributeType(upper) ? upper : ALIASES[tag.toLowerCase()];
  const hint = suggestion !== undefined ? `; did you mean "${suggestion}"?` : ` (expected one of ${ATTRIBUTE_TYPES.join(', ')})`;
  return `unknown type tag "${tag}"${hint}`;
}

function singleKeys(item: JsonNode): string[] | undefined {
  if (item.type !== 'object') return undefined;
  const keys: string[] = [];
  for (const prop of item.children ?? []) {
    const v = prop.children?.[1];
    if (v?.type !== 'object' || v.children?.length !== 1) return undefined;
    keys.push(String(v.children[0]?.children?.[0]?.value));
  }
  return keys;
}

function kindOf(node: JsonNode): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return `${String(node.value)}`;
    default:
      return 'null';
  }
}
