// Rewrites the golden HTML reports of `ddb-plan simulate SCENARIO --report FILE` in
// test/simulate/golden/ (run `npm run simulate:golden` after a deliberate change to the report, then
// read the diff). Runs the built CLI in-process, as the test does, and writes ddb-plan's version as
// VERSION so that a release leaves the golden files as they are.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from '../dist/cli/examples/in-process-runner.js';
import { packageVersion } from '../dist/cli/version.js';

const dir = 'test/simulate/golden';
const { cases } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'ddb-plan-golden-'));
let written = 0;
let failed = 0;
for (const c of cases) {
  const report = join(scratch, c.golden);
  const { code, stderr } = await runInProcess([...c.args, '--report', report], { cwd: process.cwd() });
  if (code !== 0) {
    failed += 1;
    console.error(`not written: ddb-plan ${c.args.join(' ')} exited ${code}: ${stderr.trim()}`);
    continue;
  }
  const html = readFileSync(report, 'utf8').replaceAll(`ddb-plan ${packageVersion()}`, 'ddb-plan VERSION');
  const file = join(dir, c.golden);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (before === html) continue;
  writeFileSync(file, html);
  written += 1;
  console.log(`${before === undefined ? 'created' : 'updated'} ${file}`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`${cases.length} runs: ${written} golden file${written === 1 ? '' : 's'} written, ${failed} failed.`);
process.exitCode = failed > 0 ? 1 : 0;
