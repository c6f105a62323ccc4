import { InputError, type InputProblem } from '../errors.js';
import { loadModel } from '../model/importers/load-model.js';
import { plan, type CapacityPlanResult } from '../plan/plan.js';
import type { CommandContext } from './command.js';
import { outputFormat } from './output-format.js';
import { loadPrices } from './prices.js';
import { readTextInput } from './read-input.js';

/** Output formats of the plan commands. */
export const PLAN_FORMATS = ['table', 'json', 'markdown'] as const;
/** An output format of the plan commands: terminal tables, the JSON contract, or GitHub Markdown. */
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** Returns the output format from `--format` and `--json`; refuses two different ones. */
export function planFormat(opts: Readonly<Record<string, unknown>>, ctx: CommandContext): PlanFormat {
  return outputFormat<PlanFormat>(opts, ctx, 'table');
}

/**
 * Reads every spec (or template) given and plans it with the price table (`--prices`, else the
 * bundled one). Every file is read before anything is printed: when any is unusable, one
 * InputError carries the problems of all of them (exit code 2), each at its file:line:col.
 */
export async function readPlans(files: readonly string[], opts: Readonly<Record<string, unknown>>, ctx: CommandContext): Promise<CapacityPlanResult[]> {
  const prices = await loadPrices(ctx.io, opts.prices as string | undefined);
  const results: CapacityPlanResult[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    try {
      const input = await readTextInput(file, ctx.io);
      results.push(plan(loadModel(input.text, input.file), prices));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  }
  const first = problems[0];
  if (first) throw new InputError(first.message, first.location, problems);
  return results;
}
