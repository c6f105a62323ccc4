import { UsageError } from '../../errors.js';
import type { CommandSpec } from '../command.js';
import { hotKeyExplanations, hotKeysJson } from '../format/hotkeys-json.js';
import { renderHotKeysReport } from '../format/hotkeys-report.js';
import { renderJson } from '../format/json.js';
import { withExplanations } from '../format/with-explanations.js';
import { PLAN_FORMATS, planFormat, readPlans } from '../read-plans.js';

/**
 * `ddb-plan hotkeys SPEC...`: for every access pattern and index, the hottest partition-key
 * value's share and peak units against the per-partition ceiling, the risk, and the write shards
 * (with their suffix and read cost) or the cache that fixes it.
 */
export const hotkeysCommand: CommandSpec = {
  name: 'hotkeys',
  args: '[specs...]',
  summary: 'hot-key and hot-partition risk per access pattern and index, with write-sharding advice (shards, suffix, read cost) and DAX for hot reads',
  options: [
    { flags: '--format <format>', description: 'terminal tables, the JSON contract (as --json) or Markdown for a pull request comment', choices: PLAN_FORMATS },
    { flags: '--prices <file>', description: 'price table JSON to use instead of the bundled one (data/prices.json)' },
  ],
  examples: ['ddb-plan hotkeys fixtures/specs/voting.yaml', 'ddb-plan hotkeys fixtures/specs/movies.yaml --explain', 'ddb-plan hotkeys fixtures/specs/*.yaml --json'],
  async run(args, opts, ctx) {
    if (args.length === 0) throw new UsageError('hotkeys needs a spec, e.g. ddb-plan hotkeys orders.yaml');
    const format = planFormat(opts, ctx);
    const results = await readPlans(args, opts, ctx);
    if (format === 'json') {
      ctx.io.stdout.write(renderJson(hotKeysJson(results, ctx.global.explain)));
      return 0;
    }
    const markdown = format === 'markdown';
    const parts = results.map((r) => {
      const report = renderHotKeysReport(r, ctx.style, markdown);
      return ctx.global.explain ? withExplanations(report, hotKeyExplanations(r), ctx.style, markdown) : report;
    });
    ctx.io.stdout.write(`${parts.join('\n\n')}\n`);
    return 0;
  },
};
