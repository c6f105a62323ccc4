import { InputError, UsageError, type InputProblem } from '../../errors.js';
import { lintReport, type LintReport, type LintResult } from '../../lint/finding.js';
import { lint } from '../../lint/lint.js';
import { findRule, RULES } from '../../lint/registry.js';
import { loadModel } from '../../model/importers/load-model.js';
import type { SpecModel } from '../../model/spec/spec-model.js';
import type { RuleSeverity } from '../../model/spec/vocabulary.js';
import type { CommandSpec } from '../command.js';
import { renderLintGithub } from '../format/lint-github.js';
import { renderLintJson } from '../format/lint-json.js';
import { renderLintSarif } from '../format/lint-sarif.js';
import { renderLintStylish } from '../format/lint-stylish.js';
import type { Style } from '../format/style.js';
import { expandLintArguments, isDesignText } from '../lint-files.js';
import { countFlag } from '../option-values.js';
import { outputFormat } from '../output-format.js';
import { readTextInput } from '../read-input.js';
import { packageVersion } from '../version.js';

/** Output formats of `ddb-plan lint`. */
const LINT_FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
type LintFormat = (typeof LINT_FORMATS)[number];

const SEVERITY_WORDS: Readonly<Record<string, RuleSeverity>> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

/** Parses the repeated `--rule ID=SEVERITY` flags into severities by rule ID. */
function parseRuleFlags(values: readonly string[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  for (const value of values) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(value);
    const severity = m ? SEVERITY_WORDS[(m[2] ?? '').toLowerCase()] : undefined;
    if (!m || severity === undefined) throw new UsageError(`--rule ${value}: expected ID=off|info|warn|error, e.g. --rule W3006=off`);
    const id = (m[1] ?? '').toUpperCase();
    if (findRule(id) === undefined) throw new UsageError(`--rule ${value}: ddb-plan has no rule ${m[1]} (docs/rules/README.md lists them)`);
    out[id] = severity;
  }
  return out;
}

async function readModel(file: string, ctx: Parameters<CommandSpec['run']>[2]): Promise<SpecModel> {
  const input = await readTextInput(file, ctx.io);
  return loadModel(input.text, input.file);
}

/** Renders the report and the problems of unusable files in the chosen format. */
function render(format: LintFormat, report: LintReport, problems: readonly InputProblem[], style: Style, maxWarnings: number | undefined): string {
  switch (format) {
    case 'json':
      return renderLintJson(report, problems);
    case 'github':
      return renderLintGithub(report, problems);
    case 'sarif':
      return renderLintSarif(report, RULES, { version: packageVersion(), inputErrors: problems });
    case 'stylish':
      return renderLintStylish(report, style, { unusableFiles: new Set(problems.map((p) => p.location.file)).size, ...(maxWarnings === undefined ? {} : { maxWarnings }) });
  }
}

/**
 * `ddb-plan lint FILE|DIR...`: checks specs and templates against the design rules and prints the
 * findings in one of four formats. Exit 0 when there is no error and no more warnings than
 * `--max-warnings`, 1 otherwise, 2 when an input (or the baseline) cannot be used: the other
 * files are still linted and printed, and the problems go to stderr.
 */
export const lintCommand: CommandSpec = {
  name: 'lint',
  args: '[files...]',
  summary: 'check specs, CloudFormation/SAM templates and Serverless Framework services (files, or directories to search) for structural, change-safety, design and capacity problems, with rule IDs and exact positions for CI',
  options: [
    { flags: '--format <format>', description: 'stylish (default: a line per finding with the source line), json (--json), github (workflow commands that annotate the pull request) or sarif (SARIF 2.1.0 for code scanning)', choices: LINT_FORMATS },
    { flags: '--max-warnings <n>', description: 'exit 1 when there are more warnings than this (default: any number)' },
    { flags: '--rule <id=severity>', description: 'set a rule to off, info, warn or error, over the spec\'s lint: section', repeatable: true },
    { flags: '--baseline <file>', description: 'the previous version of the design (e.g. from the main branch): turns on the change-safety rules (E2xxx, W2xxx), matching tables by name' },
  ],
  examples: [
    'ddb-plan lint fixtures/specs/url-shortener.yaml',
    'ddb-plan lint infra/ --format github --max-warnings 0',
    'ddb-plan lint template.yaml --baseline main/template.yaml --rule I9001=off',
    'ddb-plan lint infra/ --format sarif > ddb-plan.sarif',
  ],
  async run(args, opts, ctx) {
    if (args.length === 0) throw new UsageError('lint needs files or directories to check, e.g. ddb-plan lint orders.yaml');
    const format = outputFormat<LintFormat>(opts, ctx, 'stylish');
    const maxWarnings = opts.maxWarnings === undefined ? undefined : countFlag('--max-warnings', opts.maxWarnings);
    const severities = parseRuleFlags((opts.rule as string[] | undefined) ?? []);
    // An unusable baseline stops the run: change-safety findings would be silently missing.
    const baseline = opts.baseline === undefined ? undefined : await readModel(String(opts.baseline), ctx);

    const results: LintResult[] = [];
    const problems: InputProblem[] = [];
    for (const { file, fromDirectory } of expandLintArguments(args, ctx.io)) {
      try {
        const input = await readTextInput(file, ctx.io);
        if (fromDirectory && !isDesignText(input.text, input.file)) continue;
        results.push(lint(loadModel(input.text, input.file), { severities, ...(baseline ? { baseline } : {}) }));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        // Every other file is still linted; the run ends with exit code 2 (docs/lint.md).
        problems.push(...e.withLocation({ file: file === '-' ? '<stdin>' : file }).problems);
      }
    }
    if (results.length === 0 && problems.length === 0) throw new InputError(`no spec or template found in ${args.join(', ')} (ddb-plan lint reads .yaml, .yml, .json and .template files)`);

    const report = lintReport(results);
    ctx.io.stdout.write(render(format, report, problems, ctx.style, maxWarnings));
    const first = problems[0];
    if (first) throw new InputError(first.message, first.location, problems);
    const tooManyWarnings = maxWarnings !== undefined && report.warningCount > maxWarnings;
    return report.errorCount > 0 || tooManyWarnings ? 1 : 0;
  },
};
