import { InputError } from '../errors.js';
import { fieldPath } from '../model/spec/model-node.js';
import type { SourcePosition } from '../model/source/source-map.js';
import type { SpecModel } from '../model/spec/spec-model.js';
import type { RuleSeverity } from '../model/spec/vocabulary.js';
import type { LintFinding, LintResult } from './finding.js';
import { ignoreDirectivesOf, isIgnored } from './ignore-comments.js';
import { RULES } from './registry.js';
import { formatMessage, type MessageData, type ReportTarget, type Rule } from './rule.js';
import { resolveRuleSettings } from './rule-settings.js';
import type { Severity } from './rule-id.js';

/** What `lint` may be told besides the model. */
export interface LintOptions {
  /** Severity by rule ID, over the spec's `lint:` section (the command line's `--rule`). */
  readonly severities?: Readonly<Record<string, RuleSeverity>>;
  /** The model of the previous version of the file; turns on the change-safety rules. */
  readonly baseline?: SpecModel;
  /** The rules to run; default every registered rule. */
  readonly rules?: readonly Rule[];
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Lints a model: runs every rule that is not off (change-safety rules only with a baseline, and
 * rules limited to some origins only on those), locates each finding in the model's source,
 * drops the findings ignore comments cover, and returns them ordered by position. Pure: the
 * model carries its source text and positions. Throws InputError for a severity override of a
 * rule that does not exist.
 */
export function lint(model: SpecModel, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? RULES;
  // Every rule ddb-plan has is known to the configuration, also when only some of them run.
  const known = [...RULES, ...rules.filter((r) => !RULES.includes(r))];
  const unknown = Object.keys(options.severities ?? {}).filter((id) => !known.some((r) => r.id === id));
  if (unknown.length > 0) throw new InputError(`unknown rule ${unknown.join(', ')}: see docs/rules/README.md for the rule IDs`);
  const settings = resolveRuleSettings(rules, model.lint, options.severities);
  const directives = ignoreDirectivesOf(model);
  const lines = model.source.text.split(/\r?\n/);
  const findings: LintFinding[] = [];
  const seen = new Set<string>();
  let suppressedCount = 0;
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    if (setting === undefined || setting.severity === 'off') continue;
    if (rule.needsBaseline && options.baseline === undefined) continue;
    if (rule.origins !== undefined && !rule.origins.includes(model.origin)) continue;
    const severity = setting.severity;
    rule.check({
      model,
      baseline: options.baseline,
      options: setting.options,
      rules: known,
      report(messageId: string, target: ReportTarget, data?: MessageData) {
        const finding = locate(model, rule, messageId, target, severity, data, lines);
        const key = `${finding.ruleId}\u0000${finding.path}\u0000${finding.line}:${finding.column}\u0000${finding.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        if (isIgnored(directives, rule.id, finding.line)) suppressedCount++;
        else findings.push(finding);
      },
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  return { file: model.source.file, origin: model.origin, text: model.source.text, findings, suppressedCount };
}

/**
 * Returns where a pointer is in the source. A field asked for at its key that is not written (a
 * missing setting) is shown at its nearest written ancestor — at that node's key when it has one
 * (`"OrdersTable": {` in a JSON template rather than its brace).
 */
function at(model: SpecModel, path: string, which: 'key' | 'value'): SourcePosition {
  const map = model.source.sourceMap;
  const found = map.locate(path, which);
  if (found === undefined) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const key = which === 'key' && found.path !== path ? map.get(found.path)?.key : undefined;
  return key ?? found;
}

function locate(model: SpecModel, rule: Rule, messageId: string, target: ReportTarget, severity: Severity, data: MessageData | undefined, lines: readonly string[]): LintFinding {
  const template = (rule.messages as Readonly<Record<string, string>>)[messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message ID "${messageId}"`);
  const path = 'position' in target ? '' : 'node' in target ? (target.field === undefined ? target.node.path : fieldPath(target.node as never, target.field as never)) : target.path;
  const position = 'position' in target ? target.position : at(model, path, target.at ?? 'value');
  // A node spanning lines (a whole table, an index) is marked on its first line only: annotations
  // and excerpts then point at where it starts instead of covering the block.
  const oneLine = position.endLine > position.line;
  const lineEnd = (lines[position.line - 1] ?? '').trimEnd().length + 1;
  return {
    ruleId: rule.id,
    messageId,
    severity,
    message: formatMessage(template, data),
    path,
    line: position.line,
    column: position.column,
    endLine: oneLine ? position.line : position.endLine,
    endColumn: oneLine ? Math.max(lineEnd, position.column + 1) : position.endColumn,
  };
}
