import { isAttributeType } from '../../calculators/attribute-value.js';
import { childPath } from '../../calculators/json-path.js';
import { InputError } from '../../errors.js';
import type { Locator } from '../source/source-map.js';

/** How an item is held in its input: alone, in an array, in Query/Scan output (`Items`) or in GetItem output or an S3 export line (`Item`). */
export type ItemContainer = 'item' | 'array' | 'Items' | 'Item';

/** Where one item's JSON sits in the input text. */
export interface ItemSpan {
  /** Offsets of the item's JSON text, [start, end). */
  readonly start: number;
  readonly end: number;
  /** JSONPath of the item within its top-level value: `$`, `$[3]`, `$.Items[0]`, `$.Item`. */
  readonly path: string;
  /** Which top-level value holds the item, from 0 (JSON Lines have one per line). */
  readonly root: number;
  readonly container: ItemContainer;
  /** What the value is when it is not a JSON object (so not an item), e.g. "a number". */
  readonly notAnItem?: string;
  /** True when the value's brackets do not balance: parsing it reports the syntax error. */
  readonly broken?: boolean;
}

/** Keys of Query and Scan output (API and AWS CLI); an object of only these keys holding `Items` is read as such output. */
const QUERY_OUTPUT_KEYS: ReadonlySet<string> = new Set(['Items', 'Count', 'ScannedCount', 'LastEvaluatedKey', 'ConsumedCapacity', 'ResponseMetadata', 'NextToken']);
/** Keys of GetItem output, and of the lines of a DynamoDB export to S3. */
const GET_OUTPUT_KEYS: ReadonlySet<string> = new Set(['Item', 'ConsumedCapacity', 'ResponseMetadata']);
const OUTPUT_KEYS: ReadonlySet<string> = new Set([...QUERY_OUTPUT_KEYS, ...GET_OUTPUT_KEYS]);

/**
 * JSON nesting beyond this is refused before parsing: DynamoDB JSON spends two JSON levels per
 * List or Map (`{"L": [`), so a 32-level item (DYNAMODB-RULES.md §1) needs at most 66 inside its
 * own braces; the margin leaves room for wrappers, and the bound keeps the parser's recursion shallow.
 */
export const MAX_JSON_DEPTH = 100;

interface Property {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly isObject: boolean;
  readonly elements?: readonly Element[];
}

interface Element {
  readonly start: number;
  readonly end: number;
  /** What the element is when it is not an object. */
  readonly kind: string | undefined;
  readonly broken: boolean;
}

/**
 * Finds the items in JSON text without parsing them: one item, an array of items, Query/Scan
 * output (`{"Items": [...]}`), GetItem output (`{"Item": {...}}`), or any sequence of these such as
 * JSON Lines. Memory stays bounded by the largest item, whatever the input's size. Syntax errors
 * outside the items throw an InputError with the file, line and column.
 */
export function* itemSpans(text: string, file: string, lines: Locator): Generator<ItemSpan> {
  const s = new Scanner(text, file, lines);
  s.ws();
  if (s.pos >= text.length) throw new InputError('no items: the input is empty', { file, line: 1, column: 1 });
  for (let root = 0; s.pos < text.length; root++) {
    yield* s.topLevel(root);
    s.ws();
  }
}

class Scanner {
  pos = 0;

  constructor(
    readonly text: string,
    readonly file: string,
    readonly lines: Locator,
  ) {}

  ws(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13 || c === 9) p++;
      else break;
    }
    this.pos = p;
  }

  *topLevel(root: number): Generator<ItemSpan> {
    const start = this.pos;
    const c = this.text.charCodeAt(start);
    if (c === 0x5b) {
      this.pos++;
      for (const e of this.elements('$')) {
        yield { start: e.start, end: e.end, path: `$[${e.index}]`, root, container: 'array', notAnItem: e.kind, broken: e.broken };
        if (e.broken) return;
      }
      return;
    }
    if (c === 0x7b) {
      yield* this.topObject(root);
      return;
    }
    if (c === 0x5d || c === 0x7d || c === 0x2c || c === 0x3a) this.fail('unexpected character', start);
    const end = this.skipValue('$');
    const kind = kindAt(this.text, start);
    // Text that is no JSON value at all goes to the parser, which says what is wrong with it.
    const broken = end.broken || kind === undefined;
    yield { start, end: end.end, path: '$', root, container: 'item', ...(kind !== undefined ? { notAnItem: kind } : {}), ...(broken ? { broken } : {}) };
  }

  private *topObject(root: number): Generator<ItemSpan> {
    const start = this.pos;
    if (!OUTPUT_KEYS.has(this.firstKey(start) ?? '')) {
      // The common case, an item (a JSON Lines line): skip it whole without looking at its keys.
      const end = this.skipValue('$');
      yield { start, end: end.end, path: '$', root, container: 'item', ...(end.broken ? { broken: true } : {}) };
      return;
    }
    const props = this.object('$', true);
    const end = this.pos;
    if (props === 'broken') {
      yield { start, end: this.text.length, path: '$', root, container: 'item', broken: true };
      return;
    }
    const keys = props.map((p) => p.key);
    const items = props.find((p) => p.key === 'Items');
    if (items?.elements && keys.every((k) => QUERY_OUTPUT_KEYS.has(k)) && items.elements.every((e) => e.kind === undefined)) {
      for (const [i, e] of items.elements.entries()) yield { start: e.start, end: e.end, path: `$.Items[${i}]`, root, container: 'Items' };
      return;
    }
    const item = props.find((p) => p.key === 'Item');
    if (item?.isObject && keys.every((k) => GET_OUTPUT_KEYS.has(k)) && !this.isTypedValue(item.start)) {
      yield { start: item.start, end: item.end, path: '$.Item', root, container: 'Item' };
      return;
    }
    yield { start, end, path: '$', root, container: 'item' };
  }

  /** Reads an array's elements after its `[`, up to and including the `]`. */
  private *elements(path: string): Generator<Element & { index: number }> {
    this.ws();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.ws();
      const start = this.pos;
      const c = this.text.charCodeAt(start);
      if (Number.isNaN(c)) this.fail('expected a value', start);
      if (c === 0x5d) this.fail(index > 0 ? 'trailing comma is not allowed in JSON' : 'expected a value', start);
      if (c === 0x2c || c === 0x7d || c === 0x3a) this.fail('expected a value', start);
      const end = this.skipValue(childPath(path, index));
      const isObject = c === 0x7b;
      const kind = isObject ? undefined : kindAt(this.text, start);
      const broken = end.broken || (!isObject && kind === undefined);
      yield { start, end: end.end, kind: isObject ? undefined : (kind ?? 'not JSON'), broken, index };
      if (broken) return;
      this.ws();
      const d = this.text.charCodeAt(this.pos);
      this.pos++;
      if (d === 0x2c) continue;
      if (d === 0x5d) return;
      this.fail(Number.isNaN(d) ? 'expected "]"' : 'expected "," or a closing bracket', this.pos - 1);
    }
  }

  /**
   * Reads an object's properties from its `{` to its `}`; with `collectItems`, also the elements of
   * an `Items` array. Returns 'broken' when a value's brackets do not balance.
   */
  private object(path: string, collectItems: boolean): Property[] | 'broken' {
    this.pos++;
    this.ws();
    const props: Property[] = [];
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return props;
    }
    for (;;) {
      this.ws();
      const keyStart = this.pos;
      const c = this.text.charCodeAt(keyStart);
      if (c !== 0x22) this.fail(c === 0x7d && props.length > 0 ? 'trailing comma is not allowed in JSON' : 'expected a property name in double quotes', keyStart);
      const keyEnd = endOfString(this.text, keyStart);
      if (keyEnd < 0) return 'broken';
      const key = readKey(this.text, keyStart, keyEnd);
      if (key === undefined) return 'broken';
      this.pos = keyEnd;
      this.ws();
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail('expected ":"', this.pos);
      this.pos++;
      this.ws();
      const start = this.pos;
      const v = this.text.charCodeAt(start);
      if (Number.isNaN(v) || v === 0x2c || v === 0x7d || v === 0x5d) this.fail('expected a value', start);
      if (collectItems && key === 'Items' && v === 0x5b) {
        this.pos++;
        const elements = [...this.elements(childPath(path, key))];
        if (elements.some((e) => e.broken)) return 'broken';
        props.push({ key, start, end: this.pos, isObject: false, elements });
      } else {
        const end = this.skipValue(childPath(path, key));
        if (end.broken) return 'broken';
        props.push({ key, start, end: end.end, isObject: v === 0x7b });
      }
      this.ws();
      const d = this.text.charCodeAt(this.pos);
      this.pos++;
      if (d === 0x2c) continue;
      if (d === 0x7d) return props;
      this.fail(Number.isNaN(d) ? 'expected "}"' : 'expected "," or a closing bracket', this.pos - 1);
    }
  }

  /** Returns the first key of the object at `start`, if it has one and it reads cleanly. */
  private firstKey(start: number): string | undefined {
    const saved = this.pos;
    this.pos = start + 1;
    this.ws();
    const keyStart = this.pos;
    this.pos = saved;
    if (this.text.charCodeAt(keyStart) !== 0x22) return undefined;
    const keyEnd = endOfString(this.text, keyStart);
    return keyEnd < 0 ? undefined : readKey(this.text, keyStart, keyEnd);
  }

  /** True when the object at `start` is a DynamoDB JSON value such as `{"M": {...}}` (an attribute named Item, not GetItem output). */
  private isTypedValue(start: number): boolean {
    const saved = this.pos;
    this.pos = start;
    const props = this.object('$.Item', false);
    this.pos = saved;
    return props !== 'broken' && props.length === 1 && isAttributeType((props[0] as Property).key);
  }

  /** Skips the value at `pos`, leaving `pos` after it; `broken` when its brackets or strings do not close. */
  skipValue(path: string): { end: number; broken: boolean } {
    const t = this.text;
    const start = this.pos;
    const c = t.charCodeAt(start);
    if (c === 0x22) {
      const end = endOfString(t, start);
      this.pos = end < 0 ? t.length : end;
      return { end: this.pos, broken: end < 0 };
    }
    if (c !== 0x7b && c !== 0x5b) {
      // A literal or number: up to the next delimiter; the item parser judges its syntax.
      let p = start;
      for (;;) {
        const d = t.charCodeAt(p);
        if (Number.isNaN(d) || d === 0x2c || d === 0x5d || d === 0x7d || d === 32 || d === 10 || d === 13 || d === 9) break;
        p++;
      }
      this.pos = p;
      return { end: p, broken: false };
    }
    const closers: number[] = [];
    const special = /["[\]{}]/g;
    special.lastIndex = start;
    for (let m = special.exec(t); m !== null; m = special.exec(t)) {
      const p = m.index;
      const d = t.charCodeAt(p);
      if (d === 0x22) {
        const end = endOfString(t, p);
        if (end < 0) break;
        special.lastIndex = end;
      } else if (d === 0x7b || d === 0x5b) {
        closers.push(d === 0x7b ? 0x7d : 0x5d);
        if (closers.length > MAX_JSON_DEPTH) {
          this.fail(`${path}: JSON nested more than ${MAX_JSON_DEPTH} levels deep; a DynamoDB item nests at most 32 lists and maps`, p, false);
        }
      } else {
        if (closers.pop() !== d) {
          this.pos = p + 1;
          return { end: p + 1, broken: true };
        }
        if (closers.length === 0) {
          this.pos = p + 1;
          return { end: p + 1, broken: false };
        }
      }
    }
    this.pos = t.length;
    return { end: t.length, broken: true };
  }

  fail(message: string, offset: number, syntax = true): never {
    const p = this.lines.position(offset);
    if (syntax && this.text[offset] === '/' && /[/*]/.test(this.text[offset + 1] ?? '')) message = 'comments are not allowed in JSON';
    throw new InputError(syntax ? `invalid JSON: ${message}` : message, { file: this.file, line: p.line, column: p.column });
  }
}

/** Returns the value of the JSON string text[start, end), or undefined when it is not a valid JSON string. */
function readKey(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start + 1, end - 1);
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    // Escapes need decoding, and control characters make the string invalid: JSON.parse judges both.
    plain = c !== 0x5c && c >= 0x20;
  }
  if (plain) return raw;
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return undefined;
  }
}

/** Returns the offset after the string starting with the quote at `start`, or -1 when it does not close. */
function endOfString(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** Names the kind of JSON value starting at `offset`, or undefined when no JSON value starts there. */
function kindAt(text: string, offset: number): string | undefined {
  const c = text[offset];
  if (c === '"') return 'a string';
  if (c === '[') return 'an array';
  if (c === '{') return 'an object';
  if (c === 't' || c === 'f') return 'a boolean';
  if (c === 'n') return 'null';
  return /[-0-9]/.test(c ?? '') ? 'a number' : undefined;
}
