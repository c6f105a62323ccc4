import type { PathProblem } from '../model/source/validate-document.js';
import { RETRY_PROFILE_NAMES } from './retry.js';

const FORMS = 'give { cardinality: N, distribution: uniform | { zipf: s } }, { values: [..] }, { weights: { A: 0.7, B: 0.3 } } or { hot: { share: 0.3 }, cardinality: N }';

/**
 * Finds the usual mistakes in a raw scenario that zod can only report as "none of the forms
 * matched" — an unknown key distribution or retry profile, a key popularity of no known form — or
 * as a pattern mismatch — a negative duration or rate — and says precisely what is wrong. A spec
 * given in place of a scenario is one problem of its own. `file` is the document's name as the
 * user gave it.
 */
export function diagnoseScenario(root: unknown, file: string): PathProblem[] {
  const spec = diagnoseSpec(root, file);
  if (spec) return [spec];
  const out: PathProblem[] = [];
  diagnoseKeys(root, out);
  diagnoseRetry(root, out);
  diagnoseNegatives(root, out);
  return out;
}

/**
 * A spec (`version` and `tables`, no `workload`) where a scenario was expected: zod would say
 * "table is required", "workload is required" and "unknown field tables"; say instead what the
 * file is, and how a scenario takes a table from it (docs/simulate.md, "From a spec"). The problem
 * sits at the root, so it replaces every problem zod finds.
 */
function diagnoseSpec(root: unknown, file: string): PathProblem | undefined {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return undefined;
  const r = root as Record<string, unknown>;
  if (!('version' in r) || !('tables' in r) || 'workload' in r) return undefined;
  const first: unknown = Array.isArray(r.tables) ? r.tables[0] : undefined;
  const name = first !== null && typeof first === 'object' ? (first as { name?: unknown }).name : undefined;
  const table = typeof name === 'string' && name !== '' ? name : 'TABLE';
  const spec = file === '<stdin>' ? 'SPEC.yaml' : (file.split(/[\\/]/).pop() ?? file);
  return {
    path: '',
    message:
      `this is a ddb-plan spec (version and tables), not a simulation scenario: a scenario takes a spec's table with ` +
      `table: { spec: ${spec}, tableName: ${table} } (the path relative to the scenario) and adds a workload; see docs/simulate.md`,
  };
}

function diagnoseRetry(root: unknown, out: PathProblem[]): void {
  const retry = (root as { client?: { retry?: unknown } } | null)?.client?.retry;
  if (typeof retry === 'string' && !(RETRY_PROFILE_NAMES as readonly string[]).includes(retry)) {
    out.push({ path: '/client/retry', message: `unknown retry profile "${retry}"; expected ${RETRY_PROFILE_NAMES.join(', ')} or a custom { maxAttempts, baseDelay, maxDelay }` });
  }
}

/** Durations and rates written with a minus sign. */
function diagnoseNegatives(root: unknown, out: PathProblem[]): void {
  const r = root as { duration?: unknown; workload?: unknown } | null;
  const negative = (v: unknown): boolean => (typeof v === 'number' && v < 0) || (typeof v === 'string' && /^\s*-/.test(v));
  if (negative(r?.duration)) out.push({ path: '/duration', message: 'duration cannot be negative' });
  if (!Array.isArray(r?.workload)) return;
  r.workload.forEach((w: unknown, i) => {
    if (!w || typeof w !== 'object') return;
    const e = w as Record<string, unknown>;
    for (const f of ['start', 'duration'] as const) if (negative(e[f])) out.push({ path: `/workload/${i}/${f}`, message: `${f} cannot be negative` });
    if (negative(e.rate)) out.push({ path: `/workload/${i}/rate`, message: 'rate cannot be negative' });
    const ramp = e.ramp as Record<string, unknown> | undefined;
    for (const f of ['from', 'to'] as const) if (ramp && typeof ramp === 'object' && negative(ramp[f])) out.push({ path: `/workload/${i}/ramp/${f}`, message: `ramp.${f} cannot be negative` });
  });
}

function diagnoseKeys(root: unknown, out: PathProblem[]): void {
  const r = root as { table?: { indexes?: unknown }; workload?: unknown } | null;
  if (!r || typeof r !== 'object') return;
  const check = (keys: unknown, path: string): void => {
    if (keys === undefined) return;
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      out.push({ path, message: `keys: expected a mapping; ${FORMS}` });
      return;
    }
    const k = keys as Record<string, unknown>;
    const distribution = 'distribution' in k ? distributionProblem(k.distribution, `${path}/distribution`) : undefined;
    if (distribution) out.push(distribution);
    if (!['cardinality', 'values', 'weights', 'hot'].some((f) => f in k)) out.push({ path, message: `keys: no key popularity given; ${FORMS}` });
  };
  if (r.table && typeof r.table === 'object' && Array.isArray(r.table.indexes)) {
    r.table.indexes.forEach((ix: unknown, i) => check(ix && typeof ix === 'object' ? (ix as { keys?: unknown }).keys : undefined, `/table/indexes/${i}/keys`));
  }
  if (Array.isArray(r.workload)) {
    r.workload.forEach((w: unknown, i) => check(w && typeof w === 'object' ? (w as { keys?: unknown }).keys : undefined, `/workload/${i}/keys`));
  }
}

/** What is wrong with a key distribution (`uniform` or `{ zipf: s }`) written at `path`, if anything. */
function distributionProblem(d: unknown, path: string): PathProblem | undefined {
  const expected = 'expected uniform or { zipf: s }';
  if (d === 'uniform') return undefined;
  if (typeof d === 'string') return { path, message: `unknown distribution "${d}"; ${expected}` };
  if (d === null || typeof d !== 'object' || Array.isArray(d)) return { path, message: `distribution: ${expected}` };
  const names = Object.keys(d);
  if (names.length !== 1 || names[0] !== 'zipf') return { path, message: `unknown distribution { ${names.join(', ')} }; ${expected}` };
  const s = (d as { zipf: unknown }).zipf;
  // The bound is the key popularity schema's (src/model/common/key-popularity.ts).
  if (typeof s !== 'number' || !(s > 0) || s > 10) return { path: `${path}/zipf`, message: 'the zipf exponent must be a number above 0 and at most 10 (0.99 is typical of web traffic)' };
  return undefined;
}
