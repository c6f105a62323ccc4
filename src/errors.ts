/**
 * The few exception types ddb-plan throws. Findings (lint, plan warnings) are returned as data;
 * these are for input that cannot be used at all. Only src/cli/main.ts maps them to exit codes.
 */

/** A place in an input: a file and 1-based line/column, a JSON pointer, or a command-line flag. */
export interface SourceLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** JSON pointer into the parsed document, e.g. `/tables/0/capacity/read`. */
  readonly path?: string;
  /** Command-line flag or argument, e.g. `--item-size`. */
  readonly flag?: string;
}

/** Input that cannot be used: a bad flag value, unreadable file, invalid YAML/JSON or a spec that fails validation. Exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** One entry per problem when validation reports several at once. */
  readonly problems: readonly InputProblem[];

  constructor(message: string, readonly location: SourceLocation = {}, problems?: readonly InputProblem[]) {
    super(message);
    this.problems = problems ?? [{ message, location }];
  }

  /** Returns a copy of this error with location fields filled in where they are missing (e.g. the file name). */
  withLocation(extra: SourceLocation): InputError {
    const merge = (loc: SourceLocation): SourceLocation => ({ ...extra, ...definedOnly(loc) });
    return new InputError(
      this.message,
      merge(this.location),
      this.problems.map((p) => ({ message: p.message, location: merge(p.location) })),
    );
  }
}

/** One problem found in an input. */
export interface InputProblem {
  readonly message: string;
  readonly location: SourceLocation;
}

/** Wrong use of the command line: unknown option, missing argument, conflicting flags. Exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function definedOnly(loc: SourceLocation): SourceLocation {
  return Object.fromEntries(Object.entries(loc).filter(([, v]) => v !== undefined)) as SourceLocation;
}

/** Formats a location as `FILE:LINE:COL`, `FILE`, `--flag` or a JSON path, whichever is known. */
export function formatLocation(loc: SourceLocation): string {
  if (loc.file !== undefined) {
    if (loc.line !== undefined) return `${loc.file}:${loc.line}:${loc.column ?? 1}`;
    return loc.path ? `${loc.file}: ${loc.path}` : loc.file;
  }
  if (loc.flag !== undefined) return loc.flag;
  if (loc.line !== undefined) return `${loc.line}:${loc.column ?? 1}`;
  return loc.path ?? '';
}
