/** Renders a `--json` document: `schemaVersion: 1` first, two-space indent, trailing newline (ARCHITECTURE.md, JSON contract). */
export function renderJson(body: Record<string, unknown>): string {
  return `${JSON.stringify({ schemaVersion: 1, ...body }, null, 2)}\n`;
}
