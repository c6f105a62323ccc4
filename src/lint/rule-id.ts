/**
 * Rule IDs, after cfn-lint: a severity letter (E error, W warning, I info) and four digits whose
 * thousands digit is the category. The letter is the rule's default severity; configuration may
 * change the severity of a finding but never the ID, so IDs stay stable in CI configurations.
 */
import { RULE_ID_PATTERN } from '../model/spec/spec-schema.js';

/** The severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** The default severity each ID letter stands for. */
const SEVERITY_BY_LETTER: Readonly<Record<string, Severity>> = { E: 'error', W: 'warning', I: 'info' };

/** Rule categories by the thousands digit of the ID. */
export const RULE_CATEGORIES: Readonly<Record<string, string>> = {
  '0': 'configuration',
  '1': 'structure',
  '2': 'change safety',
  '3': 'design and capacity',
  '9': 'hygiene',
};

/** Returns true when `id` has the form of a rule ID (E, W or I and four digits). */
export function isRuleId(id: string): boolean {
  return RULE_ID_PATTERN.test(id);
}

/** Returns the default severity an ID's letter stands for. */
export function severityOfId(id: string): Severity | undefined {
  return SEVERITY_BY_LETTER[id.charAt(0)];
}

/** Returns the category an ID's thousands digit stands for, or undefined for an unknown digit. */
export function categoryOfId(id: string): string | undefined {
  return RULE_CATEGORIES[id.charAt(1)];
}

/** Where each rule's documentation page lives: `docs/rules/<ID>.md` in the repository. */
const RULE_DOCS_BASE_URL = 'https://github.com/ddb-plan/ddb-plan/blob/main/docs/rules/';

/** Returns the URL of a rule's documentation page. */
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE_URL}${id}.md`;
}

/** The page that documents `ddb-plan lint` itself: configuration, ignore comments, formats. */
export const LINT_DOCS_URL = 'https://github.com/ddb-plan/ddb-plan/blob/main/docs/lint.md';
