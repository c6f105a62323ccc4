import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';

// Golden outputs of `ddb-plan lint` on real-world-style templates and specs: every finding with
// its exact position, in the two formats people read and parse. UPDATE_GOLDEN=1 writes them
// (review the diff: a changed line or column is a changed contract).
const CASES: ReadonlyArray<readonly [string, string]> = [
  ['checkout-stack', 'fixtures/lint/templates/checkout-stack.yaml'],
  ['events-stack', 'fixtures/lint/templates/events-stack.json'],
  ['sam-app', 'fixtures/cloudformation/sam-app.yaml'],
  ['multi-table', 'fixtures/cloudformation/multi-table.yaml'],
  ['election', 'fixtures/lint/templates/election.yaml'],
  ['url-shortener', 'fixtures/specs/url-shortener.yaml'],
];

describe.each(CASES)('ddb-plan lint %s', (name, file) => {
  it.each([
    ['stylish', 'stylish.txt'],
    ['json', 'json'],
  ])('matches the golden %s output', async (format, ext) => {
    const run = await runCli(['lint', file, '--format', format]);
    const golden = `test/lint/golden/${name}.${ext}`;
    // Only on request: a golden written because it was missing would make the test pass unchecked.
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, run.stdout);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(golden, 'utf8'));
  });
});
