import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { WRONG_TYPES_PROBLEMS, wrongTypesProblems } from '../helpers/wrong-types.js';

const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-bad-'));

/** Writes a file into the temporary folder and returns its path. */
function file(name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

// Unusable input never gives findings: one `ddb-plan: FILE:LINE:COL: message` line per problem on
// stderr, exit code 2, nothing half-linted, and bounded time and memory.
describe('ddb-plan lint on unusable input', () => {
  it.each([
    ['tab indentation', 'fixtures/specs/invalid/tab-indent.yaml', ['fixtures/specs/invalid/tab-indent.yaml:5:1: tab characters cannot indent YAML; use spaces']],
    ['an unclosed quote', 'fixtures/specs/invalid/unclosed-quote.yaml', ['fixtures/specs/invalid/unclosed-quote.yaml:6:1: invalid YAML: missing closing "quote']],
    ['a duplicate key', 'fixtures/specs/invalid/duplicate-key.yaml', ['fixtures/specs/invalid/duplicate-key.yaml:7:5: duplicate key: map keys must be unique']],
    ['an alias bomb', 'fixtures/specs/invalid/alias-bomb.yaml', ['fixtures/specs/invalid/alias-bomb.yaml:3:29: YAML aliases expand to more than 10,000 nodes; refusing to expand (an alias bomb?)']],
    ['JSON with a trailing comma', 'fixtures/specs/invalid/trailing-comma.json', ['fixtures/specs/invalid/trailing-comma.json:5:3: invalid JSON: trailing comma is not allowed in JSON']],
    ['an empty file', 'fixtures/specs/invalid/empty.yaml', ['fixtures/specs/invalid/empty.yaml:1:1: the file is empty']],
    [
      'unknown fields',
      'fixtures/specs/invalid/unknown-fields.yaml',
      [
        'fixtures/specs/invalid/unknown-fields.yaml:5:31: unknown field "typ" (did you mean "type"?)',
        'fixtures/specs/invalid/unknown-fields.yaml:6:5: unknown field "capacty" (did you mean "capacity"?)',
        'fixtures/specs/invalid/unknown-fields.yaml:7:37: unknown field "taget" (did you mean "target"?)',
        'fixtures/specs/invalid/unknown-fields.yaml:12:9: unknown field "consitency" (did you mean "consistency"?)',
      ],
    ],
    ['another spec version', 'fixtures/specs/invalid/version-2.yaml', ['fixtures/specs/invalid/version-2.yaml:2:10: unsupported spec version 2: this ddb-plan reads version 1']],
  ])('%s', async (_name, path, problems) => {
    const started = Date.now();
    const run = await runCli(['lint', path]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: problems.map((p) => `ddb-plan: ${p}\n`).join('') });
    expect(run.stdout).toBe('✖ 1 file could not be linted (the problems are on stderr)\n');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports every wrong type at once, capacity: lots among them', async () => {
    const run = await runCli(['lint', 'fixtures/specs/invalid/wrong-types.yaml']);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toContain('ddb-plan: fixtures/specs/invalid/wrong-types.yaml:6:15: tables[0].capacity: expected a mapping, got "lots"');
    // Each problem at its own value, named by its field.
    expect(wrongTypesProblems(lines)).toEqual(WRONG_TYPES_PROBLEMS);
  });

  it('refuses a 50 MB file before reading it', async () => {
    const big = file('huge.yaml', Buffer.alloc(50 * 1024 * 1024, 'a: 1\n'));
    const started = Date.now();
    const run = await runCli(['lint', big]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 2, stderr: `ddb-plan: ${big}: file is 50.0 MB; ddb-plan reads files of at most 8.0 MB\n` });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['binary junk', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'binary data (a NUL byte at offset 8); expected UTF-8 text'],
    ['text that is not UTF-8', Buffer.from('version: 1\ntables: caf\xe9\n', 'latin1'), 'not valid UTF-8 text'],
    ['a document that is none of the formats', Buffer.from('name: my-service\nreplicas: 3\n'), expect.stringMatching(/^unrecognised format: expected a ddb-plan spec/)],
  ])('%s', async (name, data, message) => {
    const path = file(`${name.replace(/\W+/g, '-')}.yaml`, data);
    const run = await runCli(['lint', path]);
    expect(run.code).toBe(2);
    const m = /^ddb-plan: (.*?)(?::(\d+):(\d+))?: (.*)\n$/.exec(run.stderr);
    expect({ file: m?.[1], message: m?.[4] }).toEqual({ file: path, message });
  });
});
