import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { MAX_ITEM_BYTES } from '../calculators/limits.js';
import { parseDuration } from '../calculators/duration.js';
import { InputError, type InputProblem } from '../errors.js';
import { OPERATIONS, type Operation } from './scenario.js';

/** A request trace held as parallel typed arrays (no object per request). */
export interface Trace {
  readonly count: number;
  /** Request times in milliseconds from the start of the trace, non-decreasing. */
  readonly timesMs: Float64Array;
  /** Index into OPERATIONS of each request. */
  readonly operations: Uint8Array;
  /** Index into `keys` of each request's partition-key value. */
  readonly keyIds: Int32Array;
  /** Item bytes of each request. */
  readonly bytes: Int32Array;
  /** The distinct partition-key values, in order of first appearance. */
  readonly keys: readonly string[];
}

/** Trace file formats. */
export type TraceFormat = 'csv' | 'jsonl';

/** Problems reported for one trace before the rest are summarized. */
export const MAX_TRACE_PROBLEMS = 20;

const COLUMNS = ['time', 'operation', 'key', 'bytes'] as const;
type Column = (typeof COLUMNS)[number];

/** Returns the format of a trace file from its name: `.jsonl`/`.ndjson` are JSON Lines, anything else CSV. */
export function traceFormatOf(file: string): TraceFormat {
  return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv';
}

interface Field {
  readonly text: string;
  readonly column: number;
  /** True when the field was a JSON string (so "12" is not a number). */
  readonly quoted?: boolean;
  readonly json?: unknown;
}

/**
 * Parses a trace: CSV with a header naming the columns `time,operation,key,bytes` (any order, other
 * columns ignored, RFC 4180 quoting), or JSON Lines of `{"time", "operation", "key", "bytes"}`.
 * `time` is seconds from the start (`12.5`) or a duration (`1500ms`). Lines must be sorted by time.
 * Every malformed or unsorted line is reported with its line and column (up to 20).
 */
export function parseTrace(text: string, file: string, format: TraceFormat = traceFormatOf(file)): Trace {
  const problems: InputProblem[] = [];
  let extra = 0;
  const report = (line: number, column: number, message: string): void => {
    if (problems.length < MAX_TRACE_PROBLEMS) problems.push({ message, location: { file, line, column } });
    else extra++;
  };
  const lines = text.split('\n');
  // At most one request per line, so the arrays never grow.
  const capacity = lines.length;
  const timesMs = new Float64Array(capacity);
  const operations = new Uint8Array(capacity);
  const keyIds = new Int32Array(capacity);
  const bytes = new Int32Array(capacity);
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  let count = 0;
  let previousMs = -Infinity;
  const csv = format === 'csv' ? new CsvLines() : undefined;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = (lines[i] as string).replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const read = csv ? csv.read(raw) : readJsonLine(raw);
    if (read === null) continue;
    if ('problem' in read) {
      report(lineNo, read.column, read.problem);
      if (read.last) break;
      continue;
    }
    const { time, operation: op, key, bytes: size } = read.fields;
    const ms = parseTraceTime(time);
    const opIndex = OPERATIONS.indexOf(op.text.trim() as Operation);
    const byteCount = parseBytes(size);
    let ok = true;
    if (typeof ms === 'string') {
      report(lineNo, time.column, ms);
      ok = false;
    } else if (ms < previousMs) {
      report(lineNo, time.column, `time ${formatSeconds(ms)} is earlier than the line before (${formatSeconds(previousMs)}); a trace must be sorted by time`);
      ok = false;
    }
    if (opIndex < 0) {
      report(lineNo, op.column, `unknown operation "${op.text.trim()}"; expected one of ${OPERATIONS.join(', ')}`);
      ok = false;
    }
    if (key.text === '') {
      report(lineNo, key.column, 'the key is empty; a partition-key value has at least one byte');
      ok = false;
    }
    if (typeof byteCount === 'string') {
      report(lineNo, size.column, byteCount);
      ok = false;
    }
    if (!ok) continue;
    previousMs = ms as number;
    let id = keyIndex.get(key.text);
    if (id === undefined) {
      id = keys.length;
      keys.push(key.text);
      keyIndex.set(key.text, id);
    }
    timesMs[count] = ms as number;
    operations[count] = opIndex;
    keyIds[count] = id;
    bytes[count] = byteCount as number;
    count++;
  }
  if (csv && !csv.header && problems.length === 0) report(1, 1, 'the trace is empty; expected a header line time,operation,key,bytes and one line per request');
  if (count === 0 && problems.length === 0) report(1, 1, 'the trace has no requests');
  if (problems.length > 0) {
    if (extra > 0) problems.push({ message: `… and ${extra} more problem${extra === 1 ? '' : 's'} in this trace`, location: { file } });
    throw new InputError((problems[0] as InputProblem).message, (problems[0] as InputProblem).location, problems);
  }
  return { count, timesMs: timesMs.slice(0, count), operations: operations.slice(0, count), keyIds: keyIds.slice(0, count), bytes: bytes.slice(0, count), keys };
}

/** The four fields of a request line; a problem at a column (`last`: reading stops there); or null for a line that is not a request (the CSV header). */
type LineRead = { readonly fields: Readonly<Record<Column, Field>> } | { readonly problem: string; readonly column: number; readonly last?: boolean } | null;

/** Reads CSV lines: the first is the header, which says in which column each field is. */
class CsvLines {
  /** Column of each field, once the header has been read. */
  header: Map<Column, number> | undefined;

  read(raw: string): LineRead {
    const cells = splitCsvLine(raw);
    if ('error' in cells) return { problem: cells.error, column: cells.column };
    if (!this.header) {
      const header = new Map<Column, number>();
      for (const [j, cell] of cells.entries()) {
        const name = cell.text.trim().toLowerCase();
        if ((COLUMNS as readonly string[]).includes(name)) header.set(name as Column, j);
      }
      this.header = header;
      const missing = COLUMNS.filter((c) => !header.has(c));
      if (missing.length > 0) return { problem: `the header must name the columns time, operation, key, bytes; missing ${missing.join(', ')}`, column: 1, last: true };
      return null;
    }
    const header = this.header;
    const fields: Partial<Record<Column, Field>> = {};
    for (const c of COLUMNS) {
      const cell = cells[header.get(c) as number];
      if (cell) fields[c] = cell;
    }
    const missing = COLUMNS.filter((c) => fields[c] === undefined);
    if (missing.length > 0) return { problem: `expected ${Math.max(...header.values()) + 1} columns, found ${cells.length} (missing ${missing.join(', ')})`, column: raw.length + 1 };
    return { fields: fields as Record<Column, Field> };
  }
}

/** Reads one JSON Lines request. */
function readJsonLine(raw: string): LineRead {
  const parsed = jsonLineFields(raw);
  if (typeof parsed === 'string') return { problem: parsed, column: 1 };
  if ('error' in parsed) return { problem: parsed.error, column: parsed.column };
  const fields = parsed.fields;
  const missing = COLUMNS.filter((c) => fields[c] === undefined);
  if (missing.length > 0) return { problem: `missing field${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`, column: 1 };
  return { fields: fields as Record<Column, Field> };
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(6))} s`;
}

function parseTraceTime(f: Field): number | string {
  if (f.json !== undefined && typeof f.json === 'number') return checkTime(f.json * 1000, f.text);
  const text = f.text.trim();
  if (text === '') return 'the time is empty; expected seconds from the start, e.g. 12.5';
  if (/^[0-9]*\.?[0-9]+$/.test(text)) return checkTime(Number(text) * 1000, text);
  try {
    return checkTime(parseDuration(text), text);
  } catch {
    return `invalid time "${text}": expected seconds from the start (12.5) or a duration (1500ms)`;
  }
}

function checkTime(ms: number, text: string): number | string {
  if (!Number.isFinite(ms) || ms < 0) return `invalid time "${text}": expected seconds from the start, not negative`;
  return ms;
}

function parseBytes(f: Field): number | string {
  const text = f.json !== undefined && typeof f.json === 'number' ? String(f.json) : f.text.trim();
  if (!/^[0-9]+$/.test(text)) return `invalid bytes "${text}": expected a whole number of bytes`;
  const n = Number(text);
  if (n > MAX_ITEM_BYTES) return `bytes ${n} is above the 400 KB item limit (${MAX_ITEM_BYTES})`;
  return n;
}

/** Splits one CSV line into fields with their 1-based columns, or says where its quoting breaks. */
function splitCsvLine(line: string): Field[] | { error: string; column: number } {
  const out: Field[] = [];
  let i = 0;
  for (;;) {
    const column = i + 1;
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= line.length) return { error: 'unterminated quoted field: no closing "', column };
        const ch = line[i] as string;
        if (ch === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      out.push({ text: value, column, quoted: true });
      if (i < line.length && line[i] !== ',') return { error: 'unexpected text after the closing quote', column: i + 1 };
    } else {
      const end = line.indexOf(',', i);
      const stop = end < 0 ? line.length : end;
      out.push({ text: line.slice(i, stop), column });
      i = stop;
    }
    if (i >= line.length) return out;
    i++; // the comma
  }
}

function jsonLineFields(line: string): { fields: Partial<Record<Column, Field>> } | { error: string; column: number } | string {
  const errors: ParseError[] = [];
  const root = parseTree(line, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) return { error: 'invalid JSON', column: (errors[0]?.offset ?? 0) + 1 };
  if (root.type !== 'object') return 'expected a JSON object {"time", "operation", "key", "bytes"} on each line';
  const fields: Partial<Record<Column, Field>> = {};
  for (const prop of root.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const name = String(k.value) as Column;
    if (!(COLUMNS as readonly string[]).includes(name)) continue;
    const bad = badJsonType(name, v);
    if (bad) return { error: bad, column: v.offset + 1 };
    fields[name] = { text: v.type === 'string' ? String(v.value) : line.slice(v.offset, v.offset + v.length), column: v.offset + 1, quoted: v.type === 'string', json: v.value };
  }
  return { fields };
}

function badJsonType(name: Column, v: JsonNode): string | undefined {
  if (name === 'key') return v.type === 'string' || v.type === 'number' ? undefined : `"key" must be a string or a number`;
  if (name === 'operation') return v.type === 'string' ? undefined : `"operation" must be a string`;
  if (name === 'bytes') return v.type === 'number' ? undefined : `"bytes" must be a number`;
  return v.type === 'number' || v.type === 'string' ? undefined : `"time" must be a number of seconds or a duration string`;
}
