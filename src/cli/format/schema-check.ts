import type { InputProblem } from '../../errors.js';

/** The outcome of checking one file against an input format: a one-line summary when it is valid, its problems when not. */
export interface SchemaCheck {
  readonly file: string;
  readonly summary?: string;
  readonly problems?: readonly InputProblem[];
}

/** Returns the JSON body of `schema --check --json`: the format and, per file, whether it is valid with its summary or its problems (1-based line and column, JSON pointer path). */
export function schemaCheckJson(format: string, checks: readonly SchemaCheck[]): Record<string, unknown> {
  const files = checks.map((r) =>
    r.problems
      ? { file: r.file, valid: false, problems: r.problems.map((p) => ({ message: p.message, line: p.location.line ?? null, column: p.location.column ?? null, path: p.location.path ?? null })) }
      : { file: r.file, valid: true, summary: r.summary },
  );
  return { format, files };
}

/** Renders the valid files, `FILE: summary` one a line; the problems of the others are errors, printed on stderr. */
export function renderSchemaChecks(checks: readonly SchemaCheck[]): string {
  return checks.flatMap((r) => (r.summary === undefined ? [] : [`${r.file}: ${r.summary}\n`])).join('');
}
