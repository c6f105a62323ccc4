import { fmt } from '../../calculators/steps.js';
import type { LintFinding, LintReport, LintResult } from '../../lint/finding.js';
import type { Severity } from '../../lint/rule-id.js';
import { plural } from './plural.js';
import type { Style } from './style.js';

// Excerpts longer than this are cut, so that one minified JSON line cannot flood the terminal.
const MAX_EXCERPT_CHARS = 160;

/**
 * Renders lint findings for a terminal (the default `stylish` format): one line per finding,
 * `file:line:col  severity  ID  message`, the offending source line with a caret under the node,
 * and a closing summary. Colours come from `style`, chosen once per run.
 */
export function renderLintStylish(report: LintReport, style: Style, options: { readonly maxWarnings?: number; readonly unusableFiles?: number } = {}): string {
  const out: string[] = [];
  for (const result of report.results) {
    const lines = result.text.split(/\r?\n/);
    const where = result.findings.map((f) => `${result.file}:${f.line}:${f.column}`);
    const width = Math.max(0, ...where.map((w) => w.length));
    result.findings.forEach((f, i) => {
      out.push(`${(where[i] ?? '').padEnd(width)}  ${paint(style, f.severity, f.severity.padEnd(7))}  ${style.color.dim(f.ruleId)}  ${f.message}`);
      out.push(...excerpt(lines, f, style), '');
    });
  }
  const unusable = options.unusableFiles ?? 0;
  if (report.results.length > 0 || unusable === 0) out.push(summary(report, style));
  if (unusable > 0) out.push(style.color.red.bold(`✖ ${plural(unusable, 'file')} could not be linted (the problems are on stderr)`));
  const max = options.maxWarnings;
  if (max !== undefined && report.warningCount > max) out.push(style.color.yellow.bold(`✖ more than ${plural(max, 'warning')} (--max-warnings ${max})`));
  return `${out.join('\n')}\n`;
}

function paint(style: Style, severity: Severity, text: string): string {
  const c = style.color;
  return severity === 'error' ? c.red.bold(text) : severity === 'warning' ? c.yellow(text) : c.cyan(text);
}

/** Returns the finding's source line and a caret line under the node (to the end of the line for a node spanning lines). */
function excerpt(lines: readonly string[], f: LintFinding, style: Style): string[] {
  const raw = lines[f.line - 1];
  if (raw === undefined) return [];
  // A tab is one column to DynamoDB's positions and ours; show it as one space so carets line up.
  const text = raw.replace(/\t/g, ' ');
  const start = Math.min(f.column - 1, text.length);
  const end = f.endLine === f.line ? Math.max(f.endColumn - 1, start + 1) : Math.max(text.trimEnd().length, start + 1);
  const shownEnd = Math.min(end, MAX_EXCERPT_CHARS);
  const shown = text.length > MAX_EXCERPT_CHARS ? `${text.slice(0, MAX_EXCERPT_CHARS)}…` : text;
  const gutter = String(f.line).padStart(5);
  const caret = start < MAX_EXCERPT_CHARS ? `${' '.repeat(start)}${'^'.repeat(Math.max(1, shownEnd - start))}` : '';
  return [`${style.color.dim(`${gutter} |`)} ${shown}`, `${style.color.dim(`${' '.repeat(5)} |`)} ${paint(style, f.severity, caret)}`];
}

function summary(report: LintReport, style: Style): string {
  const files = report.results.length;
  const total = report.errorCount + report.warningCount + report.infoCount;
  const suppressed = report.results.reduce((n, r: LintResult) => n + r.suppressedCount, 0);
  const ignored = suppressed > 0 ? `; ${plural(suppressed, 'finding')} ignored by comments` : '';
  if (total === 0) return style.color.green(`✔ no problems in ${plural(files, 'file')}${ignored}`);
  const withFindings = report.results.filter((r) => r.findings.length > 0).length;
  const text = `✖ ${plural(total, 'problem')} (${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}, ${fmt(report.infoCount)} info) in ${fmt(withFindings)} of ${plural(files, 'file')}${ignored}`;
  return report.errorCount > 0 ? style.color.red.bold(text) : report.warningCount > 0 ? style.color.yellow.bold(text) : style.color.cyan(text);
}
