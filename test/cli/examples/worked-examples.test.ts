import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processIo } from '../../../src/cli/io.js';
import { inProcessRunner } from '../../../src/cli/examples/in-process-runner.js';
import { runExample } from '../../../src/cli/examples/run-example.js';
import { BUNDLED_EXAMPLES_DIR, EXAMPLE_FILE, GOLDEN_FILE, loadExamples } from '../../../src/cli/examples/worked-example.js';

// The shipped worked examples: every one is answered now and compared with its golden output.
// Regenerate the goldens on purpose with `npm run examples:update`, then read the diff.
const examples = await loadExamples(BUNDLED_EXAMPLES_DIR, processIo());

describe('the worked examples in fixtures/examples', () => {
  it('has at least 30 exam-style questions, each a folder with the question and its golden output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
    for (const e of examples) {
      const files = readdirSync(e.dir);
      expect(files).toEqual(expect.arrayContaining([EXAMPLE_FILE, GOLDEN_FILE]));
      expect(e.id).toMatch(/^[0-9]{2}-[a-z0-9-]+$/);
    }
  });

  it('covers the questions study material always asks', () => {
    const answered = examples.map((e) => `${e.command} => ${e.answer}`);
    for (const [command, answer] of [
      ['ddb-plan capacity --writes 10 --item-size 2KB', '20 WCU'],
      ['ddb-plan capacity --writes 6 --item-size 4.5KB', '30 WCU'],
      ['ddb-plan capacity --writes 120/min --item-size 2KB', '4 WCU'],
      ['ddb-plan capacity --reads 10 --item-size 4KB --consistency strong', '10 RCU'],
      ['ddb-plan capacity --reads 16 --item-size 12KB', '24 RCU'],
      ['ddb-plan capacity --reads 10 --item-size 6KB --consistency strong', '20 RCU'],
    ] as const) {
      expect(answered).toContainEqual(expect.stringMatching(new RegExp(`^${escape(command)} .*=> ${escape(answer)}$`)));
    }
    const topics = new Set(examples.map((e) => e.topic));
    for (const topic of ['writes', 'reads', 'transactions', 'batch-and-query', 'conditional-writes', 'indexes', 'item-size', 'partitions', 'cost']) expect(topics).toContain(topic);
    expect(examples.map((e) => e.command)).toEqual(
      expect.arrayContaining([expect.stringContaining('--table-class standard-ia'), expect.stringContaining('--mode on-demand'), expect.stringContaining('--size '), expect.stringMatching(/^ddb-plan item-size /)]),
    );
    // An example may expect the command to report a failing finding (exit 1), as item-size does over its limit.
    expect(examples.some((e) => e.exitCode === 1)).toBe(true);
  });

  it('starts every question with a sentence that stands alone in --list', () => {
    expect(examples.filter((e) => !/[.?]$/.test(e.question.split('\n')[0] ?? '')).map((e) => e.id)).toEqual([]);
  });

  describe.each(examples.map((e) => [e.id, e] as const))('%s', (_id, example) => {
    it('answers as expected and prints exactly its golden output', async () => {
      const result = await runExample(example, await inProcessRunner());
      expect({ problems: result.problems, failedChecks: result.checks.filter((c) => !c.passed) }).toEqual({ problems: [], failedChecks: [] });
      expect(result.output.stderr).toBe('');
      expect(result.output.stdout).toBe(readFileSync(join(example.dir, GOLDEN_FILE), 'utf8'));
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
