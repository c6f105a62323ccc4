/**
 * Rule configuration: each rule's severity (or off) and options, from its default, then the
 * spec's `lint:` section, then the command line (`--rule ID=…`), the later winning. A setting the
 * runner cannot use (an unknown rule, an option the rule does not have, a value out of range) is
 * left out here and reported by the configuration rule (W0001), so one bad line never stops a run.
 */
import type { LintSettingsModel, LintRuleSettingModel } from '../model/spec/spec-model.js';
import type { RuleSeverity } from '../model/spec/vocabulary.js';
import type { RuleMeta, RuleOptionValue } from './rule.js';
import type { Severity } from './rule-id.js';

/** A rule's effective configuration. */
export interface RuleSetting {
  readonly severity: Severity | 'off';
  readonly options: Readonly<Record<string, number>>;
}

/** Returns why an option value is unusable for a rule, or undefined when it is fine. */
export function optionProblem(rule: RuleMeta, name: string, value: RuleOptionValue): string | undefined {
  const spec = rule.options[name];
  const known = Object.keys(rule.options);
  if (spec === undefined) {
    return `rule ${rule.id} has no option "${name}"${known.length > 0 ? ` (it has ${known.map((k) => `"${k}"`).join(', ')})` : ' (it takes no options)'}`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `option "${name}" of rule ${rule.id} is a number from ${spec.min} to ${spec.max}`;
  if (value < spec.min || value > spec.max) return `option "${name}" of rule ${rule.id} is ${value}; expected ${spec.min} to ${spec.max}`;
  return undefined;
}

function usableOptions(rule: RuleMeta, setting: LintRuleSettingModel | undefined): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(Object.entries(rule.options).map(([k, o]) => [k, o.default]));
  for (const [name, value] of Object.entries(setting?.options ?? {})) {
    if (optionProblem(rule, name, value) === undefined) out[name] = value as number;
  }
  return out;
}

/**
 * Returns the effective setting of every rule: default severity from the ID, the spec's `lint:`
 * section over it, `overrides` (the command line) over both.
 */
export function resolveRuleSettings(
  rules: readonly RuleMeta[],
  spec: LintSettingsModel,
  overrides: Readonly<Record<string, RuleSeverity>> = {},
): ReadonlyMap<string, RuleSetting> {
  const fromSpec = new Map(spec.rules.map((s) => [s.ruleId, s]));
  return new Map(
    rules.map((rule) => {
      const setting = fromSpec.get(rule.id);
      const severity = overrides[rule.id] ?? setting?.severity ?? rule.severity;
      return [rule.id, { severity, options: usableOptions(rule, setting) }];
    }),
  );
}
