import { fmt } from '../../calculators/steps.js';
import type { InputProblem } from '../../errors.js';
import type { LintReport } from '../../lint/finding.js';
import type { Severity } from '../../lint/rule-id.js';
import { plural } from './plural.js';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message: `%`, CR and LF (as @actions/core does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: ReadonlyArray<readonly [string, string | number | undefined]>, message: string): string {
  const props = properties.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${name} ${props.join(',')}::${escapeData(message)}`;
}

/**
 * Renders lint findings as GitHub Actions workflow commands, which GitHub shows as annotations on
 * the pull request's changed lines: `::error file=F,line=L,col=C,endLine=…,endColumn=…,title=ID::message`
 * (info findings become notices), then the problems of unusable files and a summary line.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function renderLintGithub(report: LintReport, inputErrors: readonly InputProblem[]): string {
  const out: string[] = [];
  for (const r of report.results) {
    for (const f of r.findings) {
      const end = f.endLine === f.line ? [['endColumn', f.endColumn] as const] : [['endLine', f.endLine] as const];
      out.push(command(COMMANDS[f.severity], [['file', r.file], ['line', f.line], ['col', f.column], ...end, ['title', f.ruleId]], f.message));
    }
  }
  for (const p of inputErrors) {
    out.push(command('error', [['file', p.location.file], ['line', p.location.line], ['col', p.location.column], ['title', 'ddb-plan']], p.message));
  }
  const total = report.errorCount + report.warningCount + report.infoCount;
  out.push(`ddb-plan lint: ${plural(total, 'problem')} (${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}, ${fmt(report.infoCount)} info) in ${plural(report.results.length, 'file')}`);
  return `${out.join('\n')}\n`;
}
