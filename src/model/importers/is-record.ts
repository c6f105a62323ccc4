/** Returns true for a mapping of an imported document: an object that is neither null nor a list. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
