import type { Fraction } from '../../calculators/fraction.js';
import { quickCapacity, type CapacityMode, type QuickCapacity } from '../../calculators/quick-capacity.js';
import { consistencyLabel, type ReadConsistency } from '../../calculators/read-units.js';
import { describeBytes } from '../../calculators/size.js';
import { fmt, fmtUsd } from '../../calculators/steps.js';
import type { TableClass } from '../../calculators/cost.js';
import { UsageError } from '../../errors.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { renderExplanations } from '../format/explain.js';
import { renderJson } from '../format/json.js';
import { renderTable } from '../format/table.js';
import { rateFlag, sizeFlag } from '../option-values.js';
import { loadPrices } from '../prices.js';

/** `ddb-plan capacity`: quick answers from flags. */
export const capacityCommand: CommandSpec = {
  name: 'capacity',
  args: '[spec...]',
  summary: 'read/write capacity, partitions and monthly cost: quick answers from flags, or a full plan from a spec',
  options: [
    { flags: '--reads <rate>', description: 'reads per second (10, 10/s, 120/min, 3600/h)' },
    { flags: '--writes <rate>', description: 'writes per second (10, 10/s, 120/min, 3600/h)' },
    { flags: '--item-size <size>', description: 'item size (400B, 4.5KB, 1.5MB; a bare number is bytes)' },
    { flags: '--consistency <level>', description: 'read consistency', choices: ['strong', 'eventual', 'transactional'], defaultValue: 'eventual' },
    { flags: '--transactional', description: 'writes are transactional (TransactWriteItems: 2 WCU per 1 KB)', defaultValue: false },
    { flags: '--mode <mode>', description: 'capacity mode', choices: ['provisioned', 'on-demand'], defaultValue: 'provisioned' },
    { flags: '--table-class <class>', description: 'table class', choices: ['standard', 'standard-ia'], defaultValue: 'standard' },
    { flags: '--prices <file>', description: 'price table JSON to use instead of the bundled one (data/prices.json)' },
  ],
  examples: ['ddb-plan capacity --writes 6 --item-size 4.5KB --explain', 'ddb-plan capacity --reads 16 --item-size 12KB --json', 'ddb-plan capacity --reads 1000 --writes 200 --item-size 2KB --mode on-demand'],
  async run(args, opts, ctx) {
    if (args.length > 0) {
      throw new UsageError('capacity plans from spec files are not available in this version; use the quick flags (--reads, --writes, --item-size)');
    }
    return runQuick(opts, ctx);
  },
};

async function runQuick(opts: Readonly<Record<string, unknown>>, ctx: CommandContext): Promise<number> {
  if (opts.reads === undefined && opts.writes === undefined) {
    throw new UsageError('capacity needs --reads and/or --writes with --item-size, or a spec file (see ddb-plan capacity --help)');
  }
  if (opts.itemSize === undefined) throw new UsageError('--item-size is required with --reads or --writes (e.g. --item-size 4KB)');
  const size = sizeFlag('--item-size', opts.itemSize);
  const reads = opts.reads === undefined ? undefined : rateFlag('--reads', opts.reads);
  const writes = opts.writes === undefined ? undefined : rateFlag('--writes', opts.writes);
  const prices = await loadPrices(ctx.io, opts.prices as string | undefined);
  const result = quickCapacity(
    {
      itemBytes: size.value,
      ...(reads ? { readsPerSecond: reads.value } : {}),
      ...(writes ? { writesPerSecond: writes.value } : {}),
      consistency: opts.consistency as ReadConsistency,
      transactionalWrites: Boolean(opts.transactional),
      mode: opts.mode as CapacityMode,
      tableClass: opts.tableClass as TableClass,
    },
    prices,
  );
  const inputSteps = [...size.steps, ...(reads?.steps ?? []), ...(writes?.steps ?? [])];
  const explanations = [{ title: 'Inputs', steps: inputSteps }, ...result.explanations];
  if (ctx.global.json) {
    ctx.io.stdout.write(renderJson({ ...quickJson(result), ...(ctx.global.explain ? { explanations } : {}) }));
    return 0;
  }
  let out = renderQuickTable(result, ctx);
  if (ctx.global.explain) out = `${renderExplanations(explanations, ctx.style)}${out}`;
  ctx.io.stdout.write(`${out}\n`);
  return 0;
}

/** Returns the JSON body of a quick answer (ARCHITECTURE.md, `capacity` quick mode). */
export function quickJson(r: QuickCapacity): Record<string, unknown> {
  const num = (f: Fraction): number => f.toNumber();
  return {
    mode: r.input.mode,
    itemBytes: r.input.itemBytes,
    tableClass: r.input.tableClass,
    rcu: num(r.rcu),
    wcu: num(r.wcu),
    provisioned: { rcu: r.provisioned.rcu, wcu: r.provisioned.wcu },
    reads: r.reads && {
      ratePerSecond: num(r.reads.ratePerSecond),
      consistency: r.reads.consistency,
      unitsPerRead: num(r.reads.unitsPerRead),
      unitsPerSecond: num(r.reads.unitsPerSecond),
    },
    writes: r.writes && {
      ratePerSecond: num(r.writes.ratePerSecond),
      transactional: r.writes.transactional,
      unitsPerWrite: num(r.writes.unitsPerWrite),
      unitsPerSecond: num(r.writes.unitsPerSecond),
    },
    monthlyCost: {
      provisioned: round6(r.cost.provisionedMonthlyUsd),
      onDemand: round6(r.cost.onDemandMonthlyUsd),
    },
    onDemandPerMillion: { reads: nullableRound(r.cost.onDemandPerMillionReadsUsd), writes: nullableRound(r.cost.onDemandPerMillionWritesUsd) },
    breakEvenUtilization: round6(r.cost.breakEvenUtilization),
  };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function nullableRound(n: number | null): number | null {
  return n === null ? null : round6(n);
}

function renderQuickTable(r: QuickCapacity, ctx: CommandContext): string {
  const od = r.input.mode === 'on-demand';
  const size = describeBytes(r.input.itemBytes);
  const rows: string[][] = [];
  if (r.reads) {
    const unit = od ? 'RRU' : 'RCU';
    rows.push([
      `reads (${consistencyLabel(r.reads.consistency)})`,
      `${fmt(r.reads.ratePerSecond)}/s`,
      `${fmt(r.reads.unitsPerRead)} ${unit}`,
      ctx.style.color.bold(`${fmt(r.reads.unitsPerSecond)} ${unit}/s`),
      od ? fmtUsd(r.cost.onDemandPerMillionReadsUsd ?? 0) : `${fmt(r.provisioned.rcu)} RCU`,
    ]);
  }
  if (r.writes) {
    const unit = od ? 'WRU' : 'WCU';
    rows.push([
      r.writes.transactional ? 'writes (transactional)' : 'writes',
      `${fmt(r.writes.ratePerSecond)}/s`,
      `${fmt(r.writes.unitsPerWrite)} ${unit}`,
      ctx.style.color.bold(`${fmt(r.writes.unitsPerSecond)} ${unit}/s`),
      od ? fmtUsd(r.cost.onDemandPerMillionWritesUsd ?? 0) : `${fmt(r.provisioned.wcu)} WCU`,
    ]);
  }
  const table = renderTable(
    {
      head: ['', 'rate', 'per request', 'units', od ? 'per million requests' : 'provision'],
      rows,
      align: ['left', 'right', 'right', 'right', 'right'],
    },
    ctx.style,
  );
  const lines = [`Item size ${size}, ${od ? 'on-demand' : 'provisioned'} capacity${r.input.tableClass === 'standard-ia' ? ', Standard-IA' : ''}`, table];
  const cheaper = r.cost.provisionedMonthlyUsd <= r.cost.onDemandMonthlyUsd ? 'provisioned' : 'on-demand';
  lines.push(
    `Monthly cost: provisioned ${fmtUsd(r.cost.provisionedMonthlyUsd)}, on-demand ${fmtUsd(r.cost.onDemandMonthlyUsd)} at a steady rate (${cheaper} is cheaper; ` +
      `on-demand wins below ${fmt(r.cost.breakEvenUtilization * 100, 1)} % average utilization).`,
  );
  if (!ctx.global.explain) lines.push(ctx.style.color.dim('Add --explain for the worked arithmetic.'));
  return lines.join('\n');
}
