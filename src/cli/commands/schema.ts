import { InputError, UsageError } from '../../errors.js';
import type { CommandSpec } from '../command.js';
import { renderJson } from '../format/json.js';
import { renderSchemaChecks, schemaCheckJson, type SchemaCheck } from '../format/schema-check.js';
import { readTextInput } from '../read-input.js';
import { renderSchemaFile } from '../schema-file.js';
import { SCHEMA_NAMES, SCHEMAS, type SchemaEntry } from '../schemas.js';

/** `ddb-plan schema`: prints the JSON Schema of an input format for editors, or checks files against the format. */
export const schemaCommand: CommandSpec = {
  name: 'schema',
  args: '[format] [files...]',
  summary: `print the JSON Schema of an input format (${SCHEMA_NAMES.join(' or ')}; default spec) for editors, or check files with --check`,
  options: [{ flags: '--check', description: 'check the files given after the format instead of printing the schema (shape and values; `ddb-plan lint` also checks the design)' }],
  examples: ['ddb-plan schema > spec-v1.schema.json', 'ddb-plan schema spec --check fixtures/specs/minimal.yaml', 'ddb-plan schema scenario --check fixtures/scenarios/voting.yaml'],
  async run(args, opts, ctx) {
    const [name = 'spec', ...files] = args;
    const entry = schemaEntry(name);
    if (!opts.check) {
      if (files.length > 0) throw new UsageError(`schema prints one format's JSON Schema; to check ${files[0]}, add --check`);
      ctx.io.stdout.write(renderSchemaFile(entry));
      return 0;
    }
    if (files.length === 0) throw new UsageError(`--check needs the files to check, e.g. ddb-plan schema ${name} --check FILE`);
    const results: SchemaCheck[] = [];
    for (const file of files) {
      try {
        const input = await readTextInput(file, ctx.io);
        results.push({ file: input.file, summary: entry.check(input.text, input.file) });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        results.push({ file: file === '-' ? '<stdin>' : file, problems: e.problems });
      }
    }
    // Every file is checked: the valid ones are reported on stdout, the problems of the others
    // on stderr, one line each, by the InputError below (exit code 2).
    ctx.io.stdout.write(ctx.global.json ? renderJson(schemaCheckJson(name, results)) : renderSchemaChecks(results));
    const problems = results.flatMap((r) => r.problems ?? []);
    const first = problems[0];
    if (first) throw new InputError(first.message, first.location, problems);
    return 0;
  },
};

function schemaEntry(name: string): SchemaEntry {
  if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown format "${name}": expected ${SCHEMA_NAMES.join(' or ')}`);
  }
  return SCHEMAS[name as keyof typeof SCHEMAS];
}
