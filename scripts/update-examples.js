// Rewrites the golden output of every worked example in fixtures/examples/ (run `npm run examples:update`).
// An example whose answer checks fail is not written: fix the example or the code first. Every file
// written is named, so no golden changes silently.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { inProcessRunner } from '../dist/cli/examples/in-process-runner.js';
import { runExample } from '../dist/cli/examples/run-example.js';
import { BUNDLED_EXAMPLES_DIR, GOLDEN_FILE, loadExamples } from '../dist/cli/examples/worked-example.js';
import { processIo } from '../dist/cli/io.js';

const examples = await loadExamples(BUNDLED_EXAMPLES_DIR, processIo());
const run = await inProcessRunner();
let written = 0;
let failed = 0;
for (const example of examples) {
  const result = await runExample(example, run);
  if (!result.passed) {
    failed += 1;
    const reasons = [...result.problems, ...result.checks.filter((c) => !c.passed).map((c) => `${c.path} is ${JSON.stringify(c.actual)}, expected ${JSON.stringify(c.expected)}`)];
    console.error(`not written: ${example.id}: ${reasons.join('; ')}`);
    continue;
  }
  const file = join(example.dir, GOLDEN_FILE);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (before === result.output.stdout) continue;
  writeFileSync(file, result.output.stdout);
  written += 1;
  console.log(`${before === undefined ? 'created' : 'updated'} ${join('fixtures/examples', example.id, GOLDEN_FILE)}`);
}
console.log(`${examples.length} examples: ${written} golden file${written === 1 ? '' : 's'} written, ${failed} not written because the answer is wrong.`);
process.exitCode = failed > 0 ? 1 : 0;
