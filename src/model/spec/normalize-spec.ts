import type { z } from 'zod';
import type { LoadedDocument } from '../source/loaded-document.js';
import { childPointer } from '../source/source-map.js';
import { DEFAULT_TARGET_UTILIZATION } from './normalize-capacity.js';
import { NormalizeContext, type PathResolver } from './normalize-context.js';
import { normalizeTable } from './normalize-table.js';
import type { specSchema } from './spec-schema.js';
import type { LintRuleSettingModel, LintSettingsModel, PlanSettingsModel, SpecModel } from './spec-model.js';
import type { RuleSeverity, SpecOrigin } from './vocabulary.js';

type ValidSpec = z.output<typeof specSchema>;

function severity(word: string | undefined): RuleSeverity | undefined {
  return word === 'warn' ? 'warning' : (word as RuleSeverity | undefined);
}

function normalizeLint(ctx: NormalizeContext, input: ValidSpec['lint']): LintSettingsModel {
  const rulesPointer = childPointer('/lint', 'rules');
  const rules: LintRuleSettingModel[] = Object.entries(input?.rules ?? {}).map(([ruleId, setting]) => {
    const at = childPointer(rulesPointer, ruleId);
    if (typeof setting === 'string') return ctx.node(at, { ruleId, severity: severity(setting), options: {} }, ['options']);
    return ctx.node(at, { ruleId, severity: severity(setting.severity), options: setting.options ?? {} }, setting.options === undefined ? ['options'] : []);
  });
  return ctx.node('/lint', { rules }, input?.rules === undefined ? ['rules'] : []);
}

function normalizePlan(ctx: NormalizeContext, input: ValidSpec['plan']): PlanSettingsModel {
  const target = input?.targetUtilization;
  return ctx.node(
    '/plan',
    {
      targetUtilization: target === undefined ? DEFAULT_TARGET_UTILIZATION : ctx.ratio('/plan/targetUtilization', target),
      freeTier: input?.freeTier ?? false,
    },
    [...(target === undefined ? ['targetUtilization'] : []), ...(input?.freeTier === undefined ? ['freeTier'] : [])],
  );
}

/**
 * Turns a validated spec into the model: every default applied, sizes in bytes, rates and shares
 * exact, every node with the pointer of its source. Not frozen; `specFromInput` freezes it.
 */
export function normalizeSpec(input: ValidSpec, source: LoadedDocument, origin: SpecOrigin, resolve: PathResolver): SpecModel {
  const ctx = new NormalizeContext(source, resolve);
  const fields = {
    version: input.version,
    description: input.description,
    tables: input.tables.map((t, i) => normalizeTable(ctx, childPointer('/tables', i), t)),
    lint: normalizeLint(ctx, input.lint),
    plan: normalizePlan(ctx, input.plan),
  };
  return { origin, source, ...ctx.node('', fields) };
}
