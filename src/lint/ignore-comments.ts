/**
 * Inline ignore comments: `# ddb-plan-ignore W3002` at the end of a line ignores that rule's
 * findings on the line; on a line of its own it ignores them on the next line. Several IDs may be
 * given (`W3002, E1001`), none means every rule, and a reason may follow `--`
 * (`# ddb-plan-ignore I9001 -- backups are taken by AWS Backup`). `# ddb-plan-ignore-file ID…`
 * anywhere ignores the rules in the whole file (a template has no `lint:` section to turn them
 * off). YAML only: JSON has no comments.
 */
import type { SpecModel } from '../model/spec/spec-model.js';
import { isRuleId } from './rule-id.js';

/** One ignore comment. */
export interface IgnoreDirective {
  /** 1-based line of the comment. */
  readonly line: number;
  /** 1-based column of the `#`. */
  readonly column: number;
  /** Length of the comment, to its reason or the end of the line. */
  readonly length: number;
  /** The line whose findings it ignores: its own, or the next for a comment on a line of its own; 0 for the whole file. */
  readonly appliesTo: number;
  /** Rule IDs it names; empty for every rule. */
  readonly ruleIds: readonly string[];
  /** Words in the ID list that are not rule IDs (reported by the configuration rule). */
  readonly malformed: readonly string[];
}

const DIRECTIVE = /(^|\s)#\s*ddb-plan-ignore(-file)?\b([^\n]*)$/;

/** Returns the ignore comments of a YAML text, in line order. */
export function ignoreDirectives(text: string): IgnoreDirective[] {
  if (!text.includes('ddb-plan-ignore')) return [];
  const out: IgnoreDirective[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((lineText, i) => {
    const m = DIRECTIVE.exec(lineText);
    if (!m) return;
    const hash = m.index + (m[1] ?? '').length;
    const rest = m[3] ?? '';
    const list = rest.split(/\s--(\s|$)/)[0] ?? '';
    const words = list.split(/[\s,]+/).filter((w) => w !== '');
    const ownLine = lineText.slice(0, hash).trim() === '';
    out.push({
      line: i + 1,
      column: hash + 1,
      length: lineText.length - hash - (rest.length - list.length),
      appliesTo: m[2] ? 0 : ownLine ? i + 2 : i + 1,
      ruleIds: words.filter(isRuleId),
      malformed: words.filter((w) => !isRuleId(w)),
    });
  });
  return out;
}

const cache = new WeakMap<SpecModel, readonly IgnoreDirective[]>();

/** Returns the ignore comments of a model's source, read once per model (the runner and W0001 both need them); none for JSON. */
export function ignoreDirectivesOf(model: SpecModel): readonly IgnoreDirective[] {
  let directives = cache.get(model);
  if (directives === undefined) {
    directives = model.source.format === 'yaml' ? ignoreDirectives(model.source.text) : [];
    cache.set(model, directives);
  }
  return directives;
}

/** Returns true when an ignore comment covers a finding of `ruleId` on `line`. */
export function isIgnored(directives: readonly IgnoreDirective[], ruleId: string, line: number): boolean {
  return directives.some((d) => (d.appliesTo === line || d.appliesTo === 0) && (d.ruleIds.length === 0 ? d.malformed.length === 0 : d.ruleIds.includes(ruleId)));
}
