import type { TableClass } from '../../calculators/cost.js';
import { INDEX_CHANGES } from '../../calculators/index-writes.js';
import { OPERATIONS } from '../../calculators/operations.js';
import { quickCapacity, type CapacityMode, type QuickCapacity } from '../../calculators/quick-capacity.js';
import type { Explanation } from '../../calculators/steps.js';
import { InputError, UsageError } from '../../errors.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { explainedReport } from '../format/explain.js';
import { renderJson } from '../format/json.js';
import { planJson } from '../format/plan-json.js';
import { renderPlanReport } from '../format/plan-report.js';
import { withExplanations } from '../format/with-explanations.js';
import { PLAN_FORMATS, type PlanFormat, planFormat, readPlans } from '../read-plans.js';
import { quickJson } from '../format/quick-capacity-json.js';
import { renderQuickTable } from '../format/quick-capacity-table.js';
import { loadPrices } from '../prices.js';
import { flagOfInputPath, quickFlagsGiven, quickQuestionFromFlags } from '../quick-capacity-flags.js';

/** `ddb-plan capacity`: the full plan of each spec given, or quick answers from flags. */
export const capacityCommand: CommandSpec = {
  name: 'capacity',
  args: '[spec...]',
  summary: 'read/write capacity, partitions and monthly cost: quick answers from flags, or a full plan from a spec',
  options: [
    { flags: '--reads <rate>', description: 'reads per second (10, 10/s, 120/min, 3600/h, 1000/day); with --operation, read calls per second' },
    { flags: '--writes <rate>', description: 'writes per second (10, 10/s, 120/min, 3600/h, 1000/day); with --operation, write calls per second' },
    { flags: '--item-size <size>', description: 'size of each item (400B, 4.5KB, 1.5MB; a bare number is bytes); reads of an --index read entries of this size unless --index-entry-size is given' },
    { flags: '--operation <name>', description: 'price one DynamoDB API call instead of plain item reads and writes', choices: OPERATIONS },
    { flags: '--items-per-call <n>', description: 'items per call: in a batch or transaction, or returned by a Query/Scan (after its filter)' },
    { flags: '--scanned-items-per-call <n>', description: 'Query/Scan: items read per call before the filter, which is what is charged (default --items-per-call)' },
    { flags: '--item-sizes <list>', description: 'comma-separated sizes of the items of one call (1.5KB,6.5KB), instead of --item-size' },
    { flags: '--consistency <level>', description: 'read consistency: eventual unless given, as in DynamoDB; TransactGetItems is always transactional', choices: ['strong', 'eventual', 'transactional'] },
    { flags: '--transactional', description: 'plain writes are transactional (2 WCU per 1 KB, as in TransactWriteItems)' },
    { flags: '--old-item-size <size>', description: 'size of the item already stored: replaced by PutItem, the before image of UpdateItem, the item a failed condition meets' },
    { flags: '--conditional-failure-rate <share>', description: 'share of writes whose condition fails (0.2 or 20%); they still consume capacity' },
    { flags: '--index <kind>', description: 'the secondary index read by a Query/Scan, or kept up to date by the writes', choices: ['global', 'local'] },
    { flags: '--index-change <change>', description: 'what each write does to the entry of the --index', choices: INDEX_CHANGES },
    { flags: '--index-entry-size <size>', description: 'size of the projected index entry, for index reads and index writes (default --item-size: the index projects all attributes)' },
    { flags: '--base-item-size <size>', description: 'local index reads: size of the base item fetched for each returned item whose attributes the index does not project' },
    { flags: '--mode <mode>', description: 'capacity mode: provisioned (RCU and WCU) or on-demand (read and write request units)', choices: ['provisioned', 'on-demand'], defaultValue: 'provisioned' },
    { flags: '--table-class <class>', description: 'table class: Standard, or Standard-IA (cheaper storage, dearer reads and writes)', choices: ['standard', 'standard-ia'], defaultValue: 'standard' },
    { flags: '--prices <file>', description: 'price table JSON to use instead of the bundled one (data/prices.json)' },
    { flags: '--format <format>', description: 'terminal tables, the JSON contract (as --json), or, for a spec, Markdown for a pull request comment', choices: PLAN_FORMATS },
  ],
  examples: [
    'ddb-plan capacity fixtures/specs/voting.yaml',
    'ddb-plan capacity fixtures/specs/ecommerce.yaml --format markdown',
    'ddb-plan capacity fixtures/specs/*.yaml --json',
    'ddb-plan capacity --writes 6 --item-size 4.5KB --explain',
    'ddb-plan capacity --reads 16 --item-size 12KB --json',
    'ddb-plan capacity --reads 1000 --writes 200 --item-size 2KB --mode on-demand',
    'ddb-plan capacity --operation BatchGetItem --reads 1 --item-sizes 1.5KB,6.5KB --consistency strong --explain',
    'ddb-plan capacity --operation Query --reads 10 --items-per-call 10 --item-size 4KB --consistency strong',
    'ddb-plan capacity --operation UpdateItem --writes 100 --item-size 2KB --index global --index-change key-change --index-entry-size 300B',
  ],
  async run(args, opts, ctx) {
    // Quick answers and plans share the format rules: --json with another --format asks for two.
    const format = planFormat(opts, ctx);
    if (args.length > 0) return runPlan(args, opts, ctx, format);
    if (format === 'markdown') throw new UsageError('--format markdown renders a plan from a spec; quick answers print as a table (or --json)');
    return runQuick(opts, ctx, format);
  },
};

async function runPlan(files: readonly string[], opts: Readonly<Record<string, unknown>>, ctx: CommandContext, format: PlanFormat): Promise<number> {
  const given = quickFlagsGiven(opts);
  if (given.length > 0) throw new UsageError(`${given.join(', ')}: quick-mode flags do not apply to a spec, which describes its own access patterns`);
  const results = await readPlans(files, opts, ctx);
  if (format === 'json') {
    ctx.io.stdout.write(renderJson(planJson(results, ctx.global.explain)));
    return 0;
  }
  const markdown = format === 'markdown';
  const parts = results.map((r) => {
    const report = renderPlanReport(r, ctx.style, markdown);
    if (!ctx.global.explain) return report;
    return withExplanations(report, [r.assumptions, ...r.tables.flatMap((t) => t.explanations)], ctx.style, markdown);
  });
  const hint = ctx.global.explain || markdown ? '' : `\n${ctx.style.color.dim('Add --explain for the arithmetic of every number, --json for the numbers exactly.')}`;
  ctx.io.stdout.write(`${parts.join('\n\n')}${hint}\n`);
  return 0;
}

async function runQuick(opts: Readonly<Record<string, unknown>>, ctx: CommandContext, format: 'table' | 'json'): Promise<number> {
  const question = quickQuestionFromFlags(opts);
  const prices = await loadPrices(ctx.io, opts.prices as string | undefined);
  let result: QuickCapacity;
  try {
    result = quickCapacity(
      {
        ...(question.reads ? { reads: question.reads } : {}),
        ...(question.writes ? { writes: question.writes } : {}),
        mode: opts.mode as CapacityMode,
        tableClass: opts.tableClass as TableClass,
      },
      prices,
    );
  } catch (e) {
    const flag = e instanceof InputError && e.location.path !== undefined ? flagOfInputPath(e.location.path, opts) : undefined;
    if (e instanceof InputError && flag) throw new InputError(e.message, { flag });
    throw e;
  }
  const explanations: Explanation[] = [{ title: 'Inputs', steps: question.inputSteps }, ...result.explanations];
  if (format === 'json') {
    ctx.io.stdout.write(renderJson({ ...quickJson(result, question.sizes), ...(ctx.global.explain ? { explanations } : {}) }));
    return 0;
  }
  const table = renderQuickTable(result, ctx.style, { explained: ctx.global.explain });
  ctx.io.stdout.write(`${ctx.global.explain ? explainedReport(explanations, table, ctx.style) : table}\n`);
  return 0;
}

