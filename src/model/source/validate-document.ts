import type { z } from 'zod';
import { InputError, type InputProblem } from '../../errors.js';
import type { LoadedDocument } from './loaded-document.js';
import { toPointer } from './source-map.js';

/** A problem found at a JSON pointer of a document, before it is located in the file. */
export interface PathProblem {
  readonly path: string;
  readonly message: string;
  /** Point at the key rather than the value (unknown fields). */
  readonly atKey?: boolean;
}

/**
 * Validates a loaded document against a zod schema, returning the parsed value or throwing one
 * InputError carrying every problem, each located at its line and column (parse → validate
 * reports all problems, not the first; STYLE.md).
 */
export function validateDocument<S extends z.ZodType>(schema: S, doc: LoadedDocument): z.output<S> {
  const result = schema.safeParse(doc.value);
  if (result.success) return result.data;
  throw locatedError(doc, describeIssues(result.error.issues, doc.value, schema));
}

/** The outcome of `validateValue`: the parsed value, or every problem at JSON pointers of the value (not yet located). */
export type ValueValidation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problems: readonly PathProblem[] };

/** Validates a plain value against a zod schema, describing each problem as `validateDocument` does but leaving locating to the caller. */
export function validateValue<S extends z.ZodType>(schema: S, value: unknown): ValueValidation<z.output<S>> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: describeIssues(result.error.issues, value, schema) };
}

function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown, schema: z.ZodType): PathProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, root, schema));
}

/**
 * Builds the InputError for problems found at JSON pointers of `doc`, together with problems that
 * already have a line and column (`positioned`, found inside a value such as a sample item), all
 * sorted by position.
 */
export function locatedError(doc: LoadedDocument, problems: readonly PathProblem[], positioned: readonly InputProblem[] = []): InputError {
  const located: InputProblem[] = problems.map((p) => {
    const pos = doc.sourceMap.locate(p.path, p.atKey ? 'key' : 'value');
    return { message: p.message, location: { file: doc.file, path: p.path, ...(pos ? { line: pos.line, column: pos.column } : {}) } };
  });
  located.push(...positioned);
  located.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  const first = located[0] ?? { message: 'invalid document', location: { file: doc.file } };
  return new InputError(first.message, first.location, located);
}

/**
 * Returns the value at a path of segments, or undefined. Only a document's own entries count (an
 * array's elements by index, an object's own keys), so a path written in a user's file never
 * reaches a prototype's `constructor` or an array's `length`.
 */
export function valueAt(root: unknown, segments: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v) ? !/^[0-9]+$/.test(String(s)) : !Object.hasOwn(v, s)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown, schema: z.ZodType): PathProblem[] {
  const segments = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  const path = toPointer(segments);
  const field = fieldName(segments);
  const value = valueAt(root, segments);
  // A missing field fails its type, literal or union check; say that it is missing.
  if (value === undefined && segments.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return [{ path, message: `${field} is required`, atKey: true }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, segments, root);
      return issue.keys.map((k) => ({
        path: toPointer([...segments, k]),
        message: `unknown field "${k}"${suggest(k, known)}`,
        atKey: true,
      }));
    }
    case 'invalid_type':
      return [{ path, message: `${field}: expected ${article(issue.expected)}, got ${describeValue(value)}` }];
    case 'invalid_value':
      return [{ path, message: `${field}: expected ${oneOf(issue.values)}; got ${describeValue(value)}${suggestValue(value, issue.values)}` }];
    case 'invalid_key': {
      const inner = issue.issues[0];
      return [{ path, message: `${field}: ${inner ? lowerFirst(inner.message) : 'invalid key'}`, atKey: true }];
    }
    case 'invalid_union':
      return describeUnion(issue, segments, value, root, schema);
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'custom':
    default:
      return [{ path, message: `${field}: ${lowerFirst(issue.message)}` }];
  }
}

/** True for an issue that rejects the whole value for being of another type or another literal than the branch takes. */
function rejectsWhole(i: z.core.$ZodIssue, value: unknown): boolean {
  if (i.path.length > 0) return false;
  // An integer branch rejecting 4.5 is about the number, not about its type.
  if (i.code === 'invalid_type') return !(i.expected === 'int' && typeof value === 'number');
  return i.code === 'invalid_value';
}

/** Weight of a union branch's issues: a branch for another type of value is the worst fit, an unknown field worse than a wrong value. */
function branchScore(issues: readonly z.core.$ZodIssue[], value: unknown): number {
  let score = 0;
  for (const i of issues) {
    if (rejectsWhole(i, value) && i.code === 'invalid_type') score += 1000;
    else if (i.path.length === 0 && i.code === 'unrecognized_keys') score += 10 * i.keys.length;
    else score += 1;
  }
  return score;
}

/**
 * Describes a value that fits no branch of a union by the branch it fits best: the one whose
 * problems weigh least. When that branch rejects the value as a whole (another type, another
 * literal), the message lists what every branch would accept.
 */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, segments: ReadonlyArray<PropertyKey>, value: unknown, root: unknown, schema: z.ZodType): PathProblem[] {
  const path = toPointer(segments.map((s) => (typeof s === 'symbol' ? String(s) : s)));
  const field = fieldName(segments);
  const branches = issue.errors;
  const scores = branches.map((b) => branchScore(b, value));
  const best = Math.min(...scores);
  const winners = branches.filter((_, i) => scores[i] === best);
  const prefixed = (b: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] => b.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as z.core.$ZodIssue);
  const first = winners[0];
  const wholeValue = first !== undefined && first.every((i) => rejectsWhole(i, value));
  if (first !== undefined && winners.length === 1 && !wholeValue) return describeIssues(prefixed(first), root, schema);
  // Mappings that fit several forms equally badly for the same unknown fields: name those fields.
  const unknownIn = (b: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] => b.filter((i) => i.path.length === 0 && i.code === 'unrecognized_keys');
  const unknown = winners.map((b) => unknownIn(b).flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : [])).sort().join('\n'));
  if (first !== undefined && !wholeValue && unknown[0] !== '' && unknown.every((u) => u === unknown[0])) return describeIssues(prefixed(unknownIn(first)), root, schema);
  const accepted: string[] = [];
  const values: unknown[] = [];
  for (const b of branches) {
    const top = b.find((i) => i.path.length === 0);
    if (top?.code === 'invalid_value') {
      accepted.push(oneOf(top.values));
      values.push(...top.values);
    } else if (top?.code === 'invalid_type') accepted.push(article(top.expected));
    else accepted.push(describeForm(b, value));
  }
  const unique = [...new Set(accepted)];
  return [{ path, message: `${field}: expected ${unique.join(' or ')}; got ${describeValue(value)}${suggestValue(value, values)}` }];
}

/** Names a mapping form by the required fields the value lacks, e.g. "{ values }". */
function describeForm(issues: readonly z.core.$ZodIssue[], value: unknown): string {
  const missing = issues.filter((i) => i.code === 'invalid_type' && i.path.length === 1 && valueAt(value, i.path) === undefined).map((i) => String(i.path[0]));
  return missing.length > 0 ? `{ ${missing.join(', ')} }` : 'another form';
}

function oneOf(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length === 1 ? (quoted[0] as string) : `one of ${quoted.join(', ')}`;
}

function suggestValue(value: unknown, values: readonly unknown[]): string {
  if (typeof value !== 'string') return '';
  const known = values.filter((v): v is string => typeof v === 'string');
  return didYouMean(value, known);
}

function fieldName(segments: ReadonlyArray<PropertyKey>): string {
  if (segments.length === 0) return 'the document';
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`)).join('');
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'null') return 'null';
  if (expected === 'object') return 'a mapping';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Describes a value for an error message: its type and a short rendering. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  // YAML reads 1e400 as Infinity: say what happened rather than print "Infinity".
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN (not a number)' : 'a number too large to hold';
  return String(v);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

interface SchemaDef {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly valueType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Returns the field names the schema allows at a path, to suggest one for a misspelt field. */
function knownKeysAt(schema: z.ZodType, segments: ReadonlyArray<PropertyKey>, root: unknown): string[] {
  const found: string[] = [];
  const visit = (s: z.ZodType, i: number, depth: number): void => {
    if (depth > 64) return;
    const def = defOf(s);
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type) && def.innerType) return visit(def.innerType, i, depth + 1);
    if (def.type === 'pipe' && def.in) return visit(def.in, i, depth + 1);
    if (def.type === 'lazy' && def.getter) return visit(def.getter(), i, depth + 1);
    if (def.type === 'union' && def.options) return def.options.forEach((o) => visit(o, i, depth + 1));
    if (i === segments.length) {
      if (def.type === 'object' && def.shape) found.push(...Object.keys(def.shape));
      return;
    }
    const seg = segments[i];
    if (def.type === 'object' && def.shape && typeof seg === 'string' && def.shape[seg]) return visit(def.shape[seg], i + 1, depth + 1);
    if (def.type === 'array' && def.element) return visit(def.element, i + 1, depth + 1);
    if (def.type === 'record' && def.valueType) return visit(def.valueType, i + 1, depth + 1);
  };
  visit(schema, 0, 0);
  const present = valueAt(root, segments);
  const used = present && typeof present === 'object' ? Object.keys(present) : [];
  return [...new Set(found)].filter((k) => !used.includes(k));
}

/**
 * Returns ` (did you mean "X"?)` for the known word closest to `word` — always when only the case
 * differs, otherwise within a small edit distance — or an empty string.
 */
export function didYouMean(word: string, known: readonly string[]): string {
  const sameLetters = known.find((k) => k.toLowerCase() === word.toLowerCase());
  if (sameLetters !== undefined) return ` (did you mean "${sameLetters}"?)`;
  return suggest(word, known);
}

function suggest(key: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/** Returns the Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
