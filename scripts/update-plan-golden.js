// Rewrites the golden outputs of `ddb-plan capacity SPEC` and `ddb-plan hotkeys SPEC` in
// test/plan/golden/ (run `npm run plan:golden` after a deliberate change to the plan or its
// formats, then read the diff). Runs the built CLI in-process, without colour, as the test does.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../dist/cli/examples/in-process-runner.js';

const dir = 'test/plan/golden';
const { cases } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));
let written = 0;
let failed = 0;
for (const c of cases) {
  const { code, stdout, stderr } = await runInProcess(c.args, { cwd: process.cwd() });
  if (code !== 0) {
    failed += 1;
    console.error(`not written: ddb-plan ${c.args.join(' ')} exited ${code}: ${stderr.trim()}`);
    continue;
  }
  const file = join(dir, c.golden);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (before === stdout) continue;
  writeFileSync(file, stdout);
  written += 1;
  console.log(`${before === undefined ? 'created' : 'updated'} ${file}`);
}
console.log(`${cases.length} runs: ${written} golden file${written === 1 ? '' : 's'} written, ${failed} failed.`);
process.exitCode = failed > 0 ? 1 : 0;
