import { readFileSync } from 'node:fs';
import { lint } from '../../src/lint/lint.js';
import type { Rule } from '../../src/lint/rule.js';
import { loadModel } from '../../src/model/importers/load-model.js';
import type { SpecModel } from '../../src/model/spec/spec-model.js';

/** A spec or template the rule must accept: inline text (`spec`) or a file (`file`), with an optional baseline. */
export interface ValidCase {
  readonly name: string;
  readonly spec?: string;
  readonly file?: string;
  /** The previous version, as text, for change-safety rules. */
  readonly baseline?: string;
  /** The file name inline text is parsed as (its extension picks YAML or JSON). */
  readonly as?: string;
}

/** One expected finding: its message ID and 1-based position, and optionally (part of) its message. */
export interface ExpectedFinding {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly message?: string | RegExp;
}

/** A spec or template the rule must report, with every finding it must give, in order. */
export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
}

/** Returns the path of a rule fixture: `fixture('E1001', 'invalid.yaml')` → `fixtures/lint/E1001/invalid.yaml`. */
export function fixture(id: string, name: string): string {
  return `fixtures/lint/${id}/${name}`;
}

/** Removes the common indentation of a template literal and its first newline, so tests can indent YAML. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), '').replace(/^\n/, '');
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n').replace(/[ ]+$/, '');
}

function modelOf(c: ValidCase): SpecModel {
  if (c.file !== undefined) return loadModel(readFileSync(c.file, 'utf8'), c.file);
  return loadModel(c.spec ?? '', c.as ?? 'spec.yaml');
}

function run(rule: Rule, c: ValidCase) {
  const baseline = c.baseline === undefined ? undefined : loadModel(c.baseline, 'baseline.yaml');
  return lint(modelOf(c), { rules: [rule], ...(baseline ? { baseline } : {}) }).findings;
}

/**
 * Tests one rule with tables of valid and invalid inputs, after ESLint's RuleTester: a valid input
 * gives no finding of the rule; an invalid one gives exactly the listed findings — message ID,
 * line and column, and the message where given — in position order, each with the rule's ID.
 */
export function ruleTester(rule: Rule, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  describe(`${rule.id} ${rule.name}`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('accepts %s', (_name, c) => {
      expect(run(rule, c).map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('reports %s', (_name, c) => {
      const findings = run(rule, c);
      expect(findings.map((f) => ({ messageId: f.messageId, line: f.line, column: f.column }))).toEqual(c.errors.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column })));
      findings.forEach((f, i) => {
        expect(f.ruleId).toBe(rule.id);
        expect(f.message).not.toMatch(/\{\{/);
        const want = c.errors[i]?.message;
        if (typeof want === 'string') expect(f.message).toBe(want);
        else if (want) expect(f.message).toMatch(want);
      });
    });
  });
}
