import type { SpecOrigin } from '../model/spec/vocabulary.js';
import type { Severity } from './rule-id.js';

/**
 * One problem a rule found: which rule, how severe (after configuration), the message, the JSON
 * pointer of the offending node in the file, and its 1-based position (columns in UTF-16 code
 * units, as editors count). Findings are data; the formatters render them.
 */
export interface LintFinding {
  readonly ruleId: string;
  /** The rule's message ID, for tests and tools that match on the kind of problem. */
  readonly messageId: string;
  readonly severity: Severity;
  readonly message: string;
  /** JSON pointer of the node the finding is about, in the linted file (a template's own pointer for an imported model). */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The findings of one file. */
export interface LintResult {
  /** The file name as given. */
  readonly file: string;
  /** What the file is: a ddb-plan spec or an imported format. */
  readonly origin: SpecOrigin;
  /** The file's text, for excerpts. */
  readonly text: string;
  /** Findings ordered by position, then rule ID. */
  readonly findings: readonly LintFinding[];
  /** How many findings ignore comments suppressed. */
  readonly suppressedCount: number;
}

/** The findings of a run over one or more files, with their counts by severity. */
export interface LintReport {
  readonly results: readonly LintResult[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

/** Returns the report of several files' results, counting findings by severity. */
export function lintReport(results: readonly LintResult[]): LintReport {
  const count = (s: Severity): number => results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  return { results, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}
