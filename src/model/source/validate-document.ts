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
  throw locatedError(doc, result.error.issues.flatMap((issue) => describeIssue(issue, doc.value, schema)));
}

/** Builds the InputError for problems found at JSON pointers of `doc`, sorted by position. */
export function locatedError(doc: LoadedDocument, problems: readonly PathProblem[]): InputError {
  const located: InputProblem[] = problems.map((p) => {
    const pos = doc.sourceMap.locate(p.path, p.atKey ? 'key' : 'value');
    return { message: p.message, location: { file: doc.file, path: p.path, ...(pos ? { line: pos.line, column: pos.column } : {}) } };
  });
  located.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  const first = located[0] ?? { message: 'invalid document', location: { file: doc.file } };
  return new InputError(first.message, first.location, located);
}

/** Returns the value at a path of segments, or undefined. */
export function valueAt(root: unknown, segments: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = root;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown, schema: z.ZodType): PathProblem[] {
  const segments = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  const path = toPointer(segments);
  const field = fieldName(segments);
  const value = valueAt(root, segments);
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
      if (value === undefined) return [{ path, message: `${field} is required`, atKey: true }];
      return [{ path, message: `${field}: expected ${article(issue.expected)}, got ${describeValue(value)}` }];
    case 'invalid_value':
      return [{ path, message: `${field}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(value)}` }];
    case 'invalid_union': {
      // Prefer the message of the branch that got furthest, when every branch says something specific.
      const custom = issue.message && !/^Invalid input/.test(issue.message) ? issue.message : undefined;
      return [{ path, message: custom ? `${field}: ${custom}` : `${field}: ${describeValue(value)} is not valid here` }];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'not_multiple_of':
    case 'custom':
    default:
      return [{ path, message: `${field}: ${lowerFirst(issue.message)}` }];
  }
}

function fieldName(segments: ReadonlyArray<PropertyKey>): string {
  if (segments.length === 0) return 'the document';
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`)).join('');
}

function article(expected: string): string {
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
