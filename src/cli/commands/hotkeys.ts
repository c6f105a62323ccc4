import { UsageError } from '../../errors.js';
import type { CommandSpec } from '../command.js';
import { hotKeyFindingJson, unassessedJson } from '../format/hotkeys-json.js';
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
      ctx.io.stdout.write(
        renderJson({
          files: results.map((r) => r.model.source.file),
          findings: results.flatMap((r) => r.tables.flatMap((t) => t.hotKeys.map((f) => hotKeyFindingJson(r.model, f)))),
          unassessed: results.flatMap((r) => r.tables.flatMap((t) => unassessedJson(r.model, t.load))),
          ...(ctx.global.explain ? { explanations: results.flatMap((r) => r.tables.flatMap((t) => t.hotKeys.map((f) => f.explanation))) } : {}),
        }),
      );
      return 0;
    }
    const markdown = format === 'markdown';
    const parts = results.map((r) => {
      const report = renderHotKeysReport(r, ctx.style, markdown);
      if (!ctx.global.explain) return report;
      return withExplanations(report, r.tables.flatMap((t) => t.hotKeys.map((f) => f.explanation)), ctx.style, markdown);
    });
    ctx.io.stdout.write(`${parts.join('\n\n')}\n`);
    return 0;
  },
};
