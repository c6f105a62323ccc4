import { childPointer } from '../../model/source/source-map.js';
import { LINT_DOCS_URL } from '../rule-id.js';
import { ignoreDirectivesOf } from '../ignore-comments.js';
import { defineRule } from '../rule.js';
import { optionProblem } from '../rule-settings.js';

/**
 * W0001: the lint configuration a file carries is usable: its `lint:` section names rules that
 * exist, with options they have and values in range, and its ignore comments name rule IDs. A
 * setting that cannot be used is skipped (the rule keeps its default) and reported here, so a
 * typo never silently turns a check off.
 */
export const lintConfigurationRule = defineRule({
  id: 'W0001',
  name: 'lint-configuration',
  title: 'Lint configuration',
  severity: 'warning',
  description: 'A rule ID in the `lint:` section or in an ignore comment must be one ddb-plan has, and rule options must be ones the rule takes, with a value in range. Otherwise the setting is ignored, and a check you meant to tune or silence runs with its defaults.',
  fix: 'Correct the rule ID (docs/rules/README.md lists them all) or the option name and value; give the reason of an ignore comment after ` -- `.',
  source: LINT_DOCS_URL,
  messages: {
    unknownRule: 'the lint settings name rule {{id}}, which ddb-plan does not have; the setting is ignored',
    badOption: '{{problem}}; the setting is ignored',
    unknownIgnoredRule: 'the ignore comment names rule {{id}}, which ddb-plan does not have',
    malformedIgnore: 'the ignore comment has {{words}}, which is not a rule ID such as W3002 (put a reason after " -- ")',
  },
  check(context) {
    const known = new Map(context.rules.map((r) => [r.id, r]));
    for (const setting of context.model.lint.rules) {
      const rule = known.get(setting.ruleId);
      if (rule === undefined) {
        context.report('unknownRule', { node: setting, at: 'key' }, { id: setting.ruleId });
        continue;
      }
      const optionsPath = childPointer(setting.path, 'options');
      for (const [name, value] of Object.entries(setting.options)) {
        const problem = optionProblem(rule, name, value);
        // An unknown option is pointed at by its name, a bad value by the value.
        const at = rule.options[name] === undefined ? 'key' : 'value';
        if (problem !== undefined) context.report('badOption', { path: childPointer(optionsPath, name), at }, { problem });
      }
    }
    for (const d of ignoreDirectivesOf(context.model)) {
      const position = { line: d.line, column: d.column, endLine: d.line, endColumn: d.column + d.length };
      for (const id of d.ruleIds) if (!known.has(id)) context.report('unknownIgnoredRule', { position }, { id });
      if (d.malformed.length > 0) context.report('malformedIgnore', { position }, { words: d.malformed.map((w) => `"${w}"`).join(', ') });
    }
  },
});
