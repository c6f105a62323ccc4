import { estimatePartitions } from '../../calculators/partitions.js';
import { describeBytes } from '../../calculators/size.js';
import { fmt } from '../../calculators/steps.js';
import { UsageError } from '../../errors.js';
import type { CommandSpec } from '../command.js';
import { renderExplanations } from '../format/explain.js';
import { renderJson } from '../format/json.js';
import { renderTable } from '../format/table.js';
import { sizeFlag, unitsFlag } from '../option-values.js';

/** `ddb-plan partitions`: the historic partition estimate from capacity and size. */
export const partitionsCommand: CommandSpec = {
  name: 'partitions',
  summary: 'partition estimate from provisioned capacity and table size (the historic published formula)',
  options: [
    { flags: '--rcu <units>', description: 'read capacity units' },
    { flags: '--wcu <units>', description: 'write capacity units' },
    { flags: '--size <size>', description: 'table size (e.g. 25GB)' },
  ],
  examples: ['ddb-plan partitions --rcu 5000 --wcu 2000', 'ddb-plan partitions --rcu 1000 --wcu 500 --size 25GB --explain'],
  async run(_args, opts, ctx) {
    if (opts.rcu === undefined && opts.wcu === undefined && opts.size === undefined) {
      throw new UsageError('partitions needs --rcu, --wcu and/or --size (see ddb-plan partitions --help)');
    }
    const rcu = unitsFlag('--rcu', opts.rcu ?? '0');
    const wcu = unitsFlag('--wcu', opts.wcu ?? '0');
    const size = opts.size === undefined ? undefined : sizeFlag('--size', opts.size);
    const est = estimatePartitions({ rcu, wcu, ...(size ? { tableBytes: size.value } : {}) });
    const e = est.value;
    const explanation = { title: 'Partitions', steps: [...(size?.steps ?? []), ...est.steps], answer: `${fmt(e.partitions)} partition${e.partitions === 1 ? '' : 's'}` };
    if (ctx.global.json) {
      ctx.io.stdout.write(
        renderJson({
          rcu: rcu.toNumber(),
          wcu: wcu.toNumber(),
          tableBytes: size?.value ?? 0,
          byCapacity: e.byCapacity.toNumber(),
          bySize: e.bySize.toNumber(),
          partitions: e.partitions,
          perPartition: { rcu: 3000, wcu: 1000, bytes: 10 * 1024 ** 3 },
          ...(ctx.global.explain ? { explanations: [explanation] } : {}),
        }),
      );
      return 0;
    }
    const table = renderTable(
      {
        head: ['', 'value'],
        rows: [
          ['by capacity (RCU/3,000 + WCU/1,000)', fmt(e.byCapacity, 4)],
          ['by size (size/10 GB)', size ? `${fmt(e.bySize, 4)} for ${describeBytes(size.value)}` : '0 (no --size)'],
          ['partitions', ctx.style.color.bold(fmt(e.partitions))],
          ['each partition', 'at most 3,000 RCU, 1,000 WCU, about 10 GB'],
        ],
        align: ['left', 'right'],
      },
      ctx.style,
    );
    const note = ctx.style.color.dim('Historic published estimate (developer guide until 2018); DynamoDB now also splits for heat and size.');
    const out = ctx.global.explain ? `${renderExplanations([explanation], ctx.style)}${table}\n${note}\n` : `${table}\n${note}\n`;
    ctx.io.stdout.write(out);
    return 0;
  },
};
