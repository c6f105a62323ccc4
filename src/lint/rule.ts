/**
 * What a lint rule is: metadata (ID, title, severity, documentation, messages by ID, options)
 * kept apart from its behaviour (`check`), after ESLint's rule modules and cfn-lint's rule classes
 * (STYLE.md, convention 6). Rules report problems as data with a model path; the runner locates
 * them in the source and applies configuration.
 */
import type { SourcePosition } from '../model/source/source-map.js';
import type { ModelNode } from '../model/spec/model-node.js';
import type { SpecModel } from '../model/spec/spec-model.js';
import type { SpecOrigin } from '../model/spec/vocabulary.js';
import { categoryOfId, isRuleId, ruleDocsUrl, severityOfId, type Severity } from './rule-id.js';

/** A value a rule option may take, as the spec's `lint:` section writes it. */
export type RuleOptionValue = string | number | boolean | readonly (string | number)[];

/** A numeric rule option: its default, bounds and meaning (the doc page and the index list it). */
export interface RuleOptionSpec {
  readonly description: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Where a finding points: a model node (or one of its fields), or a JSON pointer into the source,
 * at the value (default) or at the key that names it; or, for what the model does not hold (a
 * comment), a position in the text.
 */
export type ReportTarget =
  | { readonly node: ModelNode; readonly field?: string; readonly at?: 'key' | 'value' }
  | { readonly path: string; readonly at?: 'key' | 'value' }
  | { readonly position: SourcePosition };

/** Values substituted into a message's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule's `check` gets: the model, the baseline when given, its options, and `report`. */
export interface RuleContext<M extends string = string> {
  readonly model: SpecModel;
  /** The model of the baseline file (`--baseline`); rules with `needsBaseline` only run when it is given. */
  readonly baseline: SpecModel | undefined;
  /** The rule's options: the configured value, else the default. */
  readonly options: Readonly<Record<string, number>>;
  /** The metadata of every rule the run knows (for the configuration rule). */
  readonly rules: readonly RuleMeta[];
  /** Reports a problem: a message ID of this rule, where it is, and the message's data. */
  report(messageId: M, target: ReportTarget, data?: MessageData): void;
}

/** A rule's metadata: everything but its behaviour. */
export interface RuleMeta<M extends string = string> {
  /** Stable ID: severity letter and four digits, the thousands digit the category (rule-id.ts). */
  readonly id: string;
  /** Kebab-case name; the rule's source file is `src/lint/rules/<name>.ts`. */
  readonly name: string;
  /** Short title in sentence case, e.g. "Key attribute type". */
  readonly title: string;
  /** Default severity; must agree with the ID's letter. */
  readonly severity: Severity;
  /** One or two sentences: what the rule checks and why it matters. */
  readonly description: string;
  /** How to fix a finding, in a sentence or two. */
  readonly fix: string;
  /** The AWS page the rule's fact comes from. */
  readonly source: string;
  /** The rule's page: `docs/rules/<ID>.md` (derived from the ID). */
  readonly docsUrl: string;
  /** Category from the ID's thousands digit. */
  readonly category: string;
  /** Message templates by message ID, with `{{name}}` placeholders. */
  readonly messages: Readonly<Record<M, string>>;
  /** Numeric options, by name. */
  readonly options: Readonly<Record<string, RuleOptionSpec>>;
  /** True for change-safety rules that compare with `--baseline`. */
  readonly needsBaseline: boolean;
  /** Origins the rule applies to; undefined for every origin. */
  readonly origins: readonly SpecOrigin[] | undefined;
}

/** A rule: metadata plus behaviour. */
export interface Rule<M extends string = string> extends RuleMeta<M> {
  check(context: RuleContext<M>): void;
}

/** What `defineRule` takes: the metadata a rule writes (the rest follows from its ID), and its check. */
export type RuleDefinition<M extends string> = Omit<RuleMeta<M>, 'docsUrl' | 'category' | 'options' | 'needsBaseline' | 'origins'> &
  Partial<Pick<RuleMeta<M>, 'options' | 'needsBaseline'>> & {
    readonly origins?: readonly SpecOrigin[];
    check(context: RuleContext<M>): void;
  };

/**
 * Defines a rule, checking its metadata: the ID's form, its letter against the severity, its
 * category digit, and that it has at least one message. The docs URL and category follow from
 * the ID, so they cannot disagree with it. Throws on inconsistent metadata (a programming error).
 */
export function defineRule<M extends string>(definition: RuleDefinition<M>): Rule<M> {
  const { id } = definition;
  const category = categoryOfId(id);
  if (!isRuleId(id) || category === undefined) throw new Error(`rule ${id}: an ID is E, W or I, then four digits whose first is a known category`);
  if (severityOfId(id) !== definition.severity) throw new Error(`rule ${id}: its letter says ${severityOfId(id)}, its severity says ${definition.severity}`);
  if (Object.keys(definition.messages).length === 0) throw new Error(`rule ${id}: no messages`);
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) throw new Error(`rule ${id}: name "${definition.name}" is not kebab-case`);
  return Object.freeze({
    ...definition,
    docsUrl: ruleDocsUrl(id),
    category,
    options: definition.options ?? {},
    needsBaseline: definition.needsBaseline ?? false,
    origins: definition.origins,
  });
}

/** Returns a message template with its `{{placeholders}}` filled in from `data`. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
