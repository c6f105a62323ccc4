import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSchemaFile } from '../../src/cli/schema-file.js';
import { SCHEMAS } from '../../src/cli/schemas.js';
import { runCli } from '../helpers/run-cli.js';

const committed = readFileSync('schema/spec-v1.schema.json', 'utf8');

describe('ddb-plan schema', () => {
  it.each(Object.entries(SCHEMAS))('keeps schema/ up to date for %s (run `npm run schema` after changing the format)', (_name, entry) => {
    expect(readFileSync(`schema/${entry.file}`, 'utf8')).toBe(renderSchemaFile(entry));
  });

  it.each([[['schema']], [['schema', 'spec']], [['--json', 'schema', 'spec']]])('prints the spec schema for %j', async (argv) => {
    expect(await runCli(argv)).toEqual({ code: 0, stdout: committed, stderr: '' });
  });

  it('prints the scenario schema and checks scenario files', async () => {
    expect(await runCli(['schema', 'scenario'])).toEqual({ code: 0, stdout: readFileSync('schema/scenario-v1.schema.json', 'utf8'), stderr: '' });
    expect(await runCli(['schema', 'scenario', '--check', 'fixtures/scenarios/voting.yaml'])).toEqual({
      code: 0,
      stdout: 'fixtures/scenarios/voting.yaml: valid scenario version 1: 2 workload entries, 3 designs\n',
      stderr: '',
    });
  });

  it.each([
    [['schema', 'specs'], 'ddb-plan: unknown format "specs": expected spec or scenario\n'],
    [['schema', 'spec', 'orders.yaml'], 'ddb-plan: schema prints one format\'s JSON Schema; to check orders.yaml, add --check\n'],
    [['schema', 'spec', '--check'], 'ddb-plan: --check needs the files to check, e.g. ddb-plan schema spec --check FILE\n'],
  ])('refuses %j with one line and exit 2', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('checks spec files and summarizes each', async () => {
    const run = await runCli(['schema', 'spec', '--check', 'fixtures/specs/minimal.yaml', 'fixtures/specs/every-field.yaml', 'fixtures/specs/url-shortener.yaml']);
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'fixtures/specs/minimal.yaml: valid spec version 1: 1 table, 0 indexes, 2 access patterns',
        'fixtures/specs/every-field.yaml: valid spec version 1: 1 table, 3 indexes, 10 access patterns',
        'fixtures/specs/url-shortener.yaml: valid spec version 1: 1 table, 1 index, 4 access patterns',
        '',
      ].join('\n'),
    });
  });

  it('reports every problem of every file as FILE:LINE:COL: message, exit 2, no stack trace', async () => {
    const run = await runCli(['schema', 'spec', '--check', 'fixtures/specs/invalid/unknown-fields.yaml', 'fixtures/specs/minimal.yaml', 'fixtures/specs/invalid/version-2.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('fixtures/specs/minimal.yaml: valid spec version 1: 1 table, 0 indexes, 2 access patterns\n');
    expect(run.stderr).toBe(
      [
        'ddb-plan: fixtures/specs/invalid/unknown-fields.yaml:5:31: unknown field "typ" (did you mean "type"?)',
        'ddb-plan: fixtures/specs/invalid/unknown-fields.yaml:6:5: unknown field "capacty" (did you mean "capacity"?)',
        'ddb-plan: fixtures/specs/invalid/unknown-fields.yaml:7:37: unknown field "taget" (did you mean "target"?)',
        'ddb-plan: fixtures/specs/invalid/unknown-fields.yaml:12:9: unknown field "consitency" (did you mean "consistency"?)',
        'ddb-plan: fixtures/specs/invalid/version-2.yaml:2:10: unsupported spec version 2: this ddb-plan reads version 1',
        '',
      ].join('\n'),
    );
  });

  it('lists valid and invalid files in JSON', async () => {
    const run = await runCli(['--json', 'schema', 'spec', '--check', 'fixtures/specs/minimal.yaml', 'fixtures/specs/invalid/duplicate-key.yaml']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      schemaVersion: 1,
      format: 'spec',
      files: [
        { file: 'fixtures/specs/minimal.yaml', valid: true, summary: 'valid spec version 1: 1 table, 0 indexes, 2 access patterns' },
        { file: 'fixtures/specs/invalid/duplicate-key.yaml', valid: false, problems: [{ message: 'duplicate key: map keys must be unique', line: 7, column: 5, path: null }] },
      ],
    });
    expect(run.stderr).toBe('ddb-plan: fixtures/specs/invalid/duplicate-key.yaml:7:5: duplicate key: map keys must be unique\n');
  });

  it('reads a spec from standard input', async () => {
    const run = await runCli(['schema', 'spec', '--check', '-'], { stdin: 'version: 1\ntables:\n  - name: T\n    partitionKey: id\n    capacity: lots\n' });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'ddb-plan: <stdin>:5:15: tables[0].capacity: expected a mapping, got "lots"\n' });
  });

  describe('files that are not specs at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddb-plan-schema-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('refuses a 50 MB file before reading it', async () => {
      const file = join(dir, 'huge.yaml');
      writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'a'));
      const started = Date.now();
      const run = await runCli(['schema', 'spec', '--check', file]);
      expect(run).toEqual({ code: 2, stdout: '', stderr: `ddb-plan: ${file}: file is 50.0 MB; ddb-plan reads files of at most 8.0 MB\n` });
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('refuses binary junk', async () => {
      const file = join(dir, 'junk.yaml');
      writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff]));
      expect(await runCli(['schema', 'spec', '--check', file])).toEqual({ code: 2, stdout: '', stderr: `ddb-plan: ${file}: binary data (a NUL byte at offset 8); expected UTF-8 text\n` });
    });

    it('refuses a JSON spec with a trailing comma', async () => {
      expect(await runCli(['schema', 'spec', '--check', 'fixtures/specs/invalid/trailing-comma.json'])).toEqual({
        code: 2,
        stdout: '',
        stderr: 'ddb-plan: fixtures/specs/invalid/trailing-comma.json:5:3: invalid JSON: trailing comma is not allowed in JSON\n',
      });
    });
  });
});
