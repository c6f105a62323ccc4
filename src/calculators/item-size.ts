import { InputError } from '../errors.js';
import { attributeTypeName, isAttributeType, type AttributeType, type AttributeValue, type Item, type SetType } from './attribute-value.js';
import { LazyPath } from './json-path.js';
import { BOOL_NULL_BYTES, DOCUMENT_ELEMENT_BYTES, DOCUMENT_OVERHEAD_BYTES, MAX_ATTRIBUTE_NAME_BYTES, MAX_ITEM_BYTES, MAX_NESTING_DEPTH } from './limits.js';
import { describeNumberLayout, NUMBER_SIZE_RULE, numberIdentity, numberLayout, parseNumberText } from './number-size.js';
import { assume, calc, fmt, fmtBytes, type Calculation, type Step } from './steps.js';
import { utf8ByteLength } from './utf8.js';

/** One top-level attribute's share of an item, in bytes. */
export interface AttributeSize {
  readonly name: string;
  readonly type: AttributeType;
  /** UTF-8 bytes of the attribute name. */
  readonly nameBytes: number;
  /** Bytes of the value, including everything nested in it. */
  readonly valueBytes: number;
  /** nameBytes + valueBytes. */
  readonly bytes: number;
}

/** The size of an item in bytes and where the bytes are. */
export interface ItemSize {
  /** Item size in bytes: names and values of all attributes (DYNAMODB-RULES.md §1). */
  readonly bytes: number;
  /** Per top-level attribute, in the item's order. */
  readonly attributes: readonly AttributeSize[];
  /** UTF-8 bytes of every attribute name and Map key at any depth: the part shorter names would save. */
  readonly nameBytes: number;
  /** True when the item is larger than DynamoDB's 409,600-byte limit. */
  readonly overLimit: boolean;
}

/** Returns the size of an item in bytes with a per-attribute breakdown, without explanation steps (for bulk use). */
export function itemSizeBytes(item: Item): ItemSize {
  return measure(item, undefined);
}

/**
 * Returns the size of an item in bytes (DYNAMODB-RULES.md §1) with a per-attribute breakdown and
 * the arithmetic of every attribute as steps. Throws an InputError naming the JSONPath of a value
 * DynamoDB would refuse (unknown type tag, invalid Number, empty set, duplicate set member,
 * nesting deeper than 32 levels).
 */
export function itemSize(item: Item): Calculation<ItemSize> {
  const explainer = new Explainer();
  const value = measure(item, explainer);
  return calc(value, explainer.finish(value));
}

// Explanations list at most this many terms of one List, Map or set, and itemize at most this
// many nested values per item; the sizes always include everything.
const MAX_LISTED_TERMS = 8;
const MAX_NESTED_STEPS = 50;

type RuleKey = AttributeType | 'name' | 'document' | 'set';

const RULES: Readonly<Record<RuleKey, string>> = {
  name: 'each attribute counts the UTF-8 bytes of its name plus its value (§1)',
  S: 'a String is its UTF-8 byte length (§1)',
  N: NUMBER_SIZE_RULE,
  B: 'a Binary is the length of its raw bytes, base64 decoded (§1)',
  BOOL: 'a Boolean or Null is 1 byte (§1)',
  NULL: 'a Boolean or Null is 1 byte (§1)',
  L: 'a List or Map is 3 B plus, per element, its size + 1 B; a Map element includes its key (§1)',
  M: 'a List or Map is 3 B plus, per element, its size + 1 B; a Map element includes its key (§1)',
  document: 'a List or Map is 3 B plus, per element, its size + 1 B; a Map element includes its key (§1)',
  SS: 'a set is the sum of its members, with no per-member overhead (§1)',
  NS: 'a set is the sum of its members, with no per-member overhead (§1)',
  BS: 'a set is the sum of its members, with no per-member overhead (§1)',
  set: 'a set is the sum of its members, with no per-member overhead (§1)',
};

/** Collects the explanation of one item while it is measured. */
class Explainer {
  readonly steps: Step[] = [];
  readonly typesSeen = new Set<AttributeType>();
  private readonly rulesShown = new Set<string>();
  private pending: string[] = [];
  private nestedShown = 0;
  private nestedOmitted = 0;

  /** Notes that a value of `key`'s kind appears, so the next step states its rule once. */
  use(key: RuleKey): void {
    const rule = RULES[key];
    if (!this.rulesShown.has(rule) && !this.pending.includes(rule)) this.pending.push(rule);
  }

  /** Adds a step for a nested List or Map, unless the item already has its share of them. */
  nested(step: Omit<Step, 'rule'>): void {
    if (this.nestedShown >= MAX_NESTED_STEPS) {
      this.nestedOmitted += 1;
      return;
    }
    this.nestedShown += 1;
    this.push(step);
  }

  /** Adds a step, attaching the rules of the kinds of values it is the first to show. */
  push(step: Omit<Step, 'rule'>): void {
    const rules = this.pending;
    this.pending = [];
    for (const r of rules) this.rulesShown.add(r);
    this.steps.push(rules.length > 0 ? { ...step, rule: rules.join('; ') } : step);
  }

  finish(size: ItemSize): Step[] {
    const steps = [...this.steps];
    if (this.nestedOmitted > 0) {
      steps.push({ what: 'Nested values not itemized', result: `${fmt(this.nestedOmitted)} more lists and maps (their bytes are counted above)` });
    }
    const parts = size.attributes.map((a) => fmtBytes(a.bytes));
    steps.push({
      what: 'Item size',
      how: size.attributes.length === 0 ? 'no attributes' : size.attributes.length <= 12 ? parts.join(' + ') : `sum of ${fmt(size.attributes.length)} attributes`,
      result: fmtBytes(size.bytes),
      rule: 'an item is the sum of its attribute names and values (§1)',
    });
    steps.push({
      what: 'Item size limit',
      how: `${fmtBytes(size.bytes)} ${size.overLimit ? '>' : '≤'} ${fmtBytes(MAX_ITEM_BYTES)}`,
      result: size.overLimit ? `over by ${fmtBytes(size.bytes - MAX_ITEM_BYTES)}: DynamoDB refuses this item` : 'within the limit',
      rule: 'an item is at most 400 KB = 409,600 B, names and values counted (§1)',
    });
    if (this.typesSeen.has('N') || this.typesSeen.has('NS')) {
      steps.push(assume('Number sizes follow the digit-pair rule; AWS calls its own Number formula approximate (§1)'));
    }
    if (this.typesSeen.has('L') || this.typesSeen.has('M')) {
      steps.push(assume('each List and Map element adds 1 byte, as the developer guide says since 2023 and measurements agree (§1)'));
    }
    if (this.typesSeen.has('SS') || this.typesSeen.has('NS') || this.typesSeen.has('BS')) {
      steps.push(assume('set members are summed without per-member overhead, as measured; AWS does not document it (§1)'));
    }
    return steps;
  }
}

function measure(item: Item, explainer: Explainer | undefined): ItemSize {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) fail('$', 'an item is an object of attribute values');
  const sizer = new Sizer(explainer);
  const attributes: AttributeSize[] = [];
  let bytes = 0;
  const root = LazyPath.of('$');
  const relative = LazyPath.of('');
  for (const name of Object.keys(item)) {
    const path = root.child(name);
    const nameBytes = utf8ByteLength(name);
    if (nameBytes === 0) fail(path, 'an attribute name cannot be empty');
    if (nameBytes > MAX_ATTRIBUTE_NAME_BYTES) fail(path, `the attribute name is ${fmtBytes(nameBytes)}; DynamoDB allows at most ${fmtBytes(MAX_ATTRIBUTE_NAME_BYTES)}`);
    const value = item[name] as AttributeValue;
    const label = relative.child(name);
    const valueBytes = sizer.value(value, path, label, 0);
    const type = sizer.lastType;
    sizer.nameBytes += nameBytes;
    bytes += nameBytes + valueBytes;
    attributes.push({ name, type, nameBytes, valueBytes, bytes: nameBytes + valueBytes });
    if (explainer) {
      explainer.use('name');
      explainer.push({ what: `${String(label)} (${type})`, how: `${fmtBytes(nameBytes)} name + ${sizer.lastHow}`, result: fmtBytes(nameBytes + valueBytes) });
    }
  }
  return { bytes, attributes, nameBytes: sizer.nameBytes, overLimit: bytes > MAX_ITEM_BYTES };
}

/** Walks one attribute value; when explaining, leaves the description of the last value in `lastHow`. */
class Sizer {
  nameBytes = 0;
  lastType: AttributeType = 'NULL';
  lastHow = '';

  constructor(private readonly explainer: Explainer | undefined) {}

  /** Returns the bytes of `value`, found at `path` (for errors) and labelled `label` (for steps), nested in `depth` Lists/Maps. */
  value(value: AttributeValue, path: LazyPath, label: LazyPath, depth: number): number {
    const tag = tagOf(value, path);
    const payload: unknown = (value as Readonly<Record<string, unknown>>)[tag];
    const at = path.child(tag);
    const ex = this.explainer;
    ex?.typesSeen.add(tag);
    let bytes: number;
    let how = '';
    switch (tag) {
      case 'S': {
        if (typeof payload !== 'string') fail(at, `a String value must be a string, got ${kindOf(payload)}`);
        bytes = utf8ByteLength(payload);
        if (ex) how = bytes === payload.length ? '' : ` (${fmt(payload.length)} UTF-16 code units, ${fmtBytes(bytes)} in UTF-8)`;
        break;
      }
      case 'N': {
        if (typeof payload !== 'string') fail(at, `a Number value must be decimal text such as "42", got ${kindOf(payload)}`);
        const n = parseAt(at, payload);
        const layout = numberLayout(n);
        bytes = layout.bytes;
        if (ex) how = ` (${excerpt(payload)} → ${describeNumberLayout(n, layout)} = ${fmtBytes(bytes)})`;
        break;
      }
      case 'B':
        if (!(payload instanceof Uint8Array)) fail(at, `a Binary value must be bytes, got ${kindOf(payload)}`);
        bytes = payload.byteLength;
        break;
      case 'BOOL':
        if (typeof payload !== 'boolean') fail(at, `a Boolean value must be true or false, got ${kindOf(payload)}`);
        bytes = BOOL_NULL_BYTES;
        break;
      case 'NULL':
        if (payload !== true) fail(at, 'a Null value must be {"NULL": true}');
        bytes = BOOL_NULL_BYTES;
        break;
      case 'L':
      case 'M': {
        const doc = tag === 'L' ? this.list(payload, at, label, depth) : this.map(payload, at, label, depth);
        bytes = doc.bytes;
        if (ex) {
          how = ` (${doc.how})`;
          if (depth > 0) {
            ex.use('document');
            ex.nested({ what: `${String(label)} (${tag})`, how: doc.how, result: fmtBytes(bytes) });
          }
        }
        break;
      }
      case 'SS':
      case 'NS':
      case 'BS': {
        const set = this.set(tag, payload, at);
        bytes = set.bytes;
        if (ex) how = ` (${set.how})`;
        break;
      }
    }
    if (ex) {
      ex.use(tag);
      this.lastHow = `${fmtBytes(bytes)} ${attributeTypeName(tag)}${how}`;
    }
    this.lastType = tag;
    return bytes;
  }

  private list(payload: unknown, at: LazyPath, label: LazyPath, depth: number): { bytes: number; how: string } {
    if (!Array.isArray(payload)) fail(at, `a List value must be an array, got ${kindOf(payload)}`);
    checkDepth(at, depth);
    let sum = 0;
    const terms: string[] = [];
    for (let i = 0; i < payload.length; i++) {
      const b = this.value(payload[i] as AttributeValue, at.child(i), label.child(i), depth + 1);
      sum += b;
      if (this.explainer && i < MAX_LISTED_TERMS) terms.push(`(${fmtBytes(b)} + 1 B)`);
    }
    const n = payload.length;
    const bytes = DOCUMENT_OVERHEAD_BYTES + sum + n * DOCUMENT_ELEMENT_BYTES;
    if (!this.explainer) return { bytes, how: '' };
    return { bytes, how: documentHow(n, terms, `${fmt(n)} elements of ${fmtBytes(sum)} in all`) };
  }

  private map(payload: unknown, at: LazyPath, label: LazyPath, depth: number): { bytes: number; how: string } {
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload) || payload instanceof Uint8Array) {
      fail(at, `a Map value must be an object, got ${kindOf(payload)}`);
    }
    checkDepth(at, depth);
    const entries = payload as Readonly<Record<string, AttributeValue>>;
    let keys = 0;
    let values = 0;
    const terms: string[] = [];
    const names = Object.keys(entries);
    for (const key of names) {
      const kb = utf8ByteLength(key);
      const vb = this.value(entries[key] as AttributeValue, at.child(key), label.child(key), depth + 1);
      keys += kb;
      values += vb;
      if (this.explainer && terms.length < MAX_LISTED_TERMS) terms.push(`(${excerpt(key, 24)}: ${fmtBytes(kb)} + ${fmtBytes(vb)} + 1 B)`);
    }
    this.nameBytes += keys;
    const n = names.length;
    const bytes = DOCUMENT_OVERHEAD_BYTES + keys + values + n * DOCUMENT_ELEMENT_BYTES;
    if (!this.explainer) return { bytes, how: '' };
    return { bytes, how: documentHow(n, terms, `${fmt(n)} entries: keys ${fmtBytes(keys)} + values ${fmtBytes(values)}`) };
  }

  private set(tag: SetType, payload: unknown, at: LazyPath): { bytes: number; how: string } {
    if (!Array.isArray(payload)) fail(at, `a ${attributeTypeName(tag)} must be an array, got ${kindOf(payload)}`);
    if (payload.length === 0) fail(at, `a ${attributeTypeName(tag)} cannot be empty: DynamoDB sets have at least one member`);
    const seen = new Map<string, number>();
    const sizes: number[] = [];
    payload.forEach((member: unknown, i) => {
      const mat = at.child(i);
      let key: string;
      let b: number;
      if (tag === 'SS') {
        if (typeof member !== 'string') fail(mat, `a String Set member must be a string, got ${kindOf(member)}`);
        key = member;
        b = utf8ByteLength(member);
      } else if (tag === 'NS') {
        if (typeof member !== 'string') fail(mat, `a Number Set member must be decimal text such as "42", got ${kindOf(member)}`);
        const n = parseAt(mat, member);
        key = numberIdentity(n);
        b = numberLayout(n).bytes;
      } else {
        if (!(member instanceof Uint8Array)) fail(mat, `a Binary Set member must be bytes, got ${kindOf(member)}`);
        key = bytesKey(member);
        b = member.byteLength;
      }
      const first = seen.get(key);
      if (first !== undefined) fail(mat, `duplicate member of a ${attributeTypeName(tag)} (equal to ${at.child(first)}): set members are unique`);
      seen.set(key, i);
      sizes.push(b);
    });
    const bytes = sizes.reduce((a, b) => a + b, 0);
    if (!this.explainer) return { bytes, how: '' };
    this.explainer.use('set');
    const how =
      sizes.length === 1 ? '1 member' : sizes.length <= MAX_LISTED_TERMS ? sizes.map((s) => fmtBytes(s)).join(' + ') : `${fmt(sizes.length)} members of ${fmtBytes(bytes)} in all`;
    return { bytes, how };
  }
}

function documentHow(n: number, terms: readonly string[], summary: string): string {
  if (n === 0) return `${DOCUMENT_OVERHEAD_BYTES} B, empty`;
  if (n <= MAX_LISTED_TERMS) return `${DOCUMENT_OVERHEAD_BYTES} B + ${terms.join(' + ')}`;
  return `${DOCUMENT_OVERHEAD_BYTES} B + ${summary} + ${fmt(n)} × 1 B`;
}

function checkDepth(at: LazyPath, depth: number): void {
  // A List or Map inside `depth` others is at nesting level depth + 1; DynamoDB allows 32 (§1).
  if (depth + 1 > MAX_NESTING_DEPTH) fail(at, `lists and maps nest ${depth + 1} levels deep here; DynamoDB allows at most ${MAX_NESTING_DEPTH}`);
}

function tagOf(value: AttributeValue, path: LazyPath): AttributeType {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, `expected an attribute value such as {"S": "text"}, got ${kindOf(value)}`);
  let tag: string | undefined;
  let count = 0;
  // for…in rather than Object.keys: this runs for every value of every item.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    count += 1;
    tag ??= key;
  }
  if (tag === undefined) fail(path, 'an attribute value needs a type tag such as {"S": "text"}');
  if (count > 1) fail(path, `an attribute value has exactly one type tag; got ${Object.keys(value).join(', ')}`);
  if (!isAttributeType(tag)) fail(path.child(tag), `unknown type tag "${tag}"`);
  return tag;
}

function parseAt(at: LazyPath, text: string): ReturnType<typeof parseNumberText> {
  try {
    return parseNumberText(text);
  } catch (e) {
    if (e instanceof InputError) fail(at, e.message);
    throw e;
  }
}

function bytesKey(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Uint8Array) return 'bytes';
  const t = typeof v;
  return t === 'object' ? 'an object' : `a ${t}`;
}

function excerpt(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function fail(path: LazyPath | string, message: string): never {
  throw new InputError(`${String(path)}: ${message}`);
}
