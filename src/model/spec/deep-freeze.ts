/**
 * Freezes a value and everything reachable from it (objects, arrays, class instances such as
 * Fraction), except the objects in `shallow`, which are frozen without descending (a loaded
 * document's source map holds a Map, which freezing cannot make read-only anyway).
 */
export function deepFreeze<T>(value: T, shallow: ReadonlySet<object> = new Set()): T {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const v = pending.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    Object.freeze(v);
    if (shallow.has(v)) continue;
    for (const child of Object.values(v)) pending.push(child);
  }
  return value;
}
