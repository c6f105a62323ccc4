import { estimatePartitions } from '../../calculators/partitions.js';
import { UsageError } from '../../errors.js';
import type { CommandSpec } from '../command.js';
import { explainedReport } from '../format/explain.js';
import { renderJson } from '../format/json.js';
import { partitionsJson, renderPartitionsReport } from '../format/partitions-report.js';
import { plural } from '../format/plural.js';
import { sizeFlag, unitsFlag } from '../option-values.js';

/** `ddb-plan partitions`: the historic partition estimate from capacity and size. */
export const partitionsCommand: CommandSpec = {
  name: 'partitions',
  summary: 'partition estimate from provisioned capacity and table size (the historic published formula)',
  options: [
    { flags: '--rcu <units>', description: 'provisioned read capacity units (default 0)' },
    { flags: '--wcu <units>', description: 'provisioned write capacity units (default 0)' },
    { flags: '--size <size>', description: 'table size, e.g. 25GB (without it, capacity alone decides)' },
  ],
  examples: ['ddb-plan partitions --rcu 5000 --wcu 2000', 'ddb-plan partitions --rcu 1000 --wcu 500 --size 25GB --explain'],
  async run(_args, opts, ctx) {
    if (opts.rcu === undefined && opts.wcu === undefined && opts.size === undefined) {
      throw new UsageError('partitions needs --rcu, --wcu and/or --size (see ddb-plan partitions --help)');
    }
    const rcu = unitsFlag('--rcu', opts.rcu ?? '0');
    const wcu = unitsFlag('--wcu', opts.wcu ?? '0');
    const size = opts.size === undefined ? undefined : sizeFlag('--size', opts.size);
    const question = { rcu, wcu, ...(size ? { tableBytes: size.value } : {}) };
    const est = estimatePartitions(question);
    const e = est.value;
    const explanation = { title: 'Partitions', steps: [...(size?.steps ?? []), ...est.steps], answer: plural(e.partitions, 'partition') };
    if (ctx.global.json) {
      ctx.io.stdout.write(renderJson({ ...partitionsJson(question, e), ...(ctx.global.explain ? { explanations: [explanation] } : {}) }));
      return 0;
    }
    const report = renderPartitionsReport(question, e, ctx.style);
    ctx.io.stdout.write(ctx.global.explain ? explainedReport([explanation], report, ctx.style) : report);
    return 0;
  },
};
