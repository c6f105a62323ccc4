import type { PathProblem } from '../model/source/validate-document.js';

const FORMS = 'give { cardinality: N, distribution: uniform | { zipf: s } }, { values: [..] }, { weights: { A: 0.7, B: 0.3 } } or { hot: { share: 0.3 }, cardinality: N }';

/**
 * Finds the usual mistakes in the `keys:` entries of a raw scenario (an unknown distribution, a
 * zipf exponent that is not a number, a mapping of no known form) and says precisely what is
 * wrong, where zod could only say that none of the forms of key popularity matched.
 */
export function diagnoseKeys(root: unknown): PathProblem[] {
  const out: PathProblem[] = [];
  const r = root as { table?: { indexes?: unknown }; workload?: unknown } | null;
  if (!r || typeof r !== 'object') return out;
  const check = (keys: unknown, path: string): void => {
    if (keys === undefined) return;
    if (keys === null || typeof keys !== 'object' || Array.isArray(keys)) {
      out.push({ path, message: `keys: expected a mapping; ${FORMS}` });
      return;
    }
    const k = keys as Record<string, unknown>;
    if ('distribution' in k) {
      const d = k.distribution;
      if (typeof d === 'string' && d !== 'uniform') {
        out.push({ path: `${path}/distribution`, message: `unknown distribution "${d}"; expected uniform or { zipf: s }` });
      } else if (d !== null && typeof d === 'object' && !Array.isArray(d)) {
        const names = Object.keys(d);
        if (names.length !== 1 || names[0] !== 'zipf') {
          out.push({ path: `${path}/distribution`, message: `unknown distribution { ${names.join(', ')} }; expected uniform or { zipf: s }` });
        } else {
          const s = (d as { zipf: unknown }).zipf;
          if (typeof s !== 'number' || !(s > 0) || s > 10) out.push({ path: `${path}/distribution/zipf`, message: 'the zipf exponent must be a number above 0 and at most 10 (0.99 is typical of web traffic)' });
        }
      } else if (typeof d !== 'string') {
        out.push({ path: `${path}/distribution`, message: 'distribution: expected uniform or { zipf: s }' });
      }
    }
    if (!['cardinality', 'values', 'weights', 'hot'].some((f) => f in k)) out.push({ path, message: `keys: no key popularity given; ${FORMS}` });
  };
  if (r.table && typeof r.table === 'object' && Array.isArray(r.table.indexes)) {
    r.table.indexes.forEach((ix: unknown, i) => check(ix && typeof ix === 'object' ? (ix as { keys?: unknown }).keys : undefined, `/table/indexes/${i}/keys`));
  }
  if (Array.isArray(r.workload)) {
    r.workload.forEach((w: unknown, i) => check(w && typeof w === 'object' ? (w as { keys?: unknown }).keys : undefined, `/workload/${i}/keys`));
  }
  return out;
}
