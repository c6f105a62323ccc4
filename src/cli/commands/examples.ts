import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { CommandSpec } from '../command.js';
import { inProcessRunner } from '../examples/in-process-runner.js';
import { runExample } from '../examples/run-example.js';
import { BUNDLED_EXAMPLES_DIR, findExample, loadExamples } from '../examples/worked-example.js';
import { renderJson } from '../format/json.js';
import { exampleJson, exampleResultJson, renderExampleList, renderExampleResult, renderExampleSummary } from '../format/worked-examples.js';

/** `ddb-plan examples`: exam-style worked examples, answered now by the same engine. */
export const examplesCommand: CommandSpec = {
  name: 'examples',
  args: '[id]',
  summary: 'exam-style worked examples: list them, print one with its worked answer, or check that every answer still holds',
  options: [
    { flags: '--list', description: 'list the examples by topic: ID and the first line of the question' },
    { flags: '--dir <folder>', description: 'a folder of examples to use instead of the bundled ones (format in fixtures/examples/README.md)' },
  ],
  examples: ['ddb-plan examples --list', 'ddb-plan examples 02', 'ddb-plan examples 18-batch-get-rounding', 'ddb-plan examples'],
  async run(args, opts, ctx) {
    const dir = typeof opts.dir === 'string' ? opts.dir : BUNDLED_EXAMPLES_DIR;
    const examples = await loadExamples(resolve(ctx.io.cwd, dir), ctx.io);
    const id = args[0];
    if (opts.list) {
      if (id !== undefined) throw new UsageError('--list lists every example; give either an ID or --list');
      ctx.io.stdout.write(ctx.global.json ? renderJson({ examples: examples.map(exampleJson) }) : renderExampleList(examples, ctx.style));
      return 0;
    }
    const run = await inProcessRunner({ color: ctx.style.colorEnabled, columns: ctx.style.width });
    const chosen = id === undefined ? examples : [findExample(examples, id)];
    const results = [];
    for (const example of chosen) results.push(await runExample(example, run));
    const failed = results.filter((r) => !r.passed).length;
    if (ctx.global.json) {
      ctx.io.stdout.write(renderJson({ examples: results.map((r) => exampleResultJson(r, id !== undefined)), passed: results.length - failed, failed }));
    } else if (id !== undefined && results[0]) {
      ctx.io.stdout.write(renderExampleResult(results[0], ctx.style));
    } else {
      ctx.io.stdout.write(renderExampleSummary(results, ctx.style));
    }
    return failed > 0 ? 1 : 0;
  },
};
