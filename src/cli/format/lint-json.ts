import type { InputProblem } from '../../errors.js';
import type { LintReport } from '../../lint/finding.js';
import { renderJson } from './json.js';

/**
 * Renders lint findings as the JSON contract (ARCHITECTURE.md, `lint`): `files` with each file's
 * format and findings (`ruleId`, `severity`, `message`, `line`, `column`, `path`, then the end of
 * the node and the message ID), `errorCount`, `warningCount`, and beyond the contract `infoCount`
 * and `inputErrors`, the problems of files that could not be linted.
 */
export function renderLintJson(report: LintReport, inputErrors: readonly InputProblem[]): string {
  return renderJson({
    files: report.results.map((r) => ({
      file: r.file,
      format: r.origin,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        path: f.path,
        endLine: f.endLine,
        endColumn: f.endColumn,
        messageId: f.messageId,
      })),
      suppressedCount: r.suppressedCount,
    })),
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    infoCount: report.infoCount,
    inputErrors: inputErrors.map((p) => ({ file: p.location.file ?? null, line: p.location.line ?? null, column: p.location.column ?? null, message: p.message })),
  });
}
