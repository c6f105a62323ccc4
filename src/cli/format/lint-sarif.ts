import type { InputProblem } from '../../errors.js';
import type { LintFinding, LintReport } from '../../lint/finding.js';
import type { RuleMeta } from '../../lint/rule.js';
import { LINT_DOCS_URL, type Severity } from '../../lint/rule-id.js';

const LEVELS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF schema URL code scanning tools expect in `$schema`. */
const SARIF_SCHEMA_URL = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * Returns a file name as a SARIF artifact URI: a relative path stays relative, with `/`
 * separators and each segment percent-encoded (GitHub code scanning resolves it against the
 * repository root); an absolute path becomes a `file://` URI.
 */
export function artifactUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed);
  const segments = slashed.replace(/^\.\//, '').split('/').map((s, i) => (absolute && i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)));
  const path = segments.join('/');
  return absolute ? `file://${path.startsWith('/') ? '' : '/'}${path}` : path;
}

function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function region(f: Pick<LintFinding, 'line' | 'column' | 'endLine' | 'endColumn'>): Record<string, number> {
  const spans = f.endLine > f.line || (f.endLine === f.line && f.endColumn > f.column);
  return spans ? { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } : { startLine: f.line, startColumn: f.column };
}

function ruleDescriptor(rule: RuleMeta): Record<string, unknown> {
  return {
    id: rule.id,
    name: pascalCase(rule.name),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: rule.docsUrl,
    help: { text: `${rule.description} How to fix: ${rule.fix} Source: ${rule.source}`, markdown: `${rule.description}\n\n**How to fix:** ${rule.fix}\n\n[Rule ${rule.id}](${rule.docsUrl}) · [Source](${rule.source})` },
    defaultConfiguration: { level: LEVELS[rule.severity] },
    properties: { tags: [rule.category] },
  };
}

/**
 * Renders lint findings as a SARIF 2.1.0 log for code scanning (GitHub's upload-sarif, IDE
 * viewers): one run whose driver lists every rule with its help URI, one result per finding with
 * its physical location (columns in UTF-16 code units), and the problems of files that could not
 * be linted as tool execution notifications.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function renderLintSarif(report: LintReport, rules: readonly RuleMeta[], options: { readonly version: string; readonly inputErrors: readonly InputProblem[] }): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVELS[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.file) }, region: region(f) } }],
      properties: { path: f.path, messageId: f.messageId },
    })),
  );
  const notifications = options.inputErrors.map((p) => ({
    level: 'error',
    message: { text: p.message },
    ...(p.location.file !== undefined
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(p.location.file) },
                ...(p.location.line !== undefined ? { region: { startLine: p.location.line, startColumn: p.location.column ?? 1 } } : {}),
              },
            },
          ],
        }
      : {}),
  }));
  const log = {
    $schema: SARIF_SCHEMA_URL,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ddb-plan', version: options.version, informationUri: LINT_DOCS_URL, rules: rules.map(ruleDescriptor) } },
        invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        artifacts: report.results.map((r) => ({ location: { uri: artifactUri(r.file) } })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
