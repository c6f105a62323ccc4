import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importedSpecHeader } from '../../model/importers/import-header.js';
import { importModel } from '../../model/importers/import-model.js';
import { formatSpec } from '../../model/spec/format-spec.js';
import type { CommandSpec } from '../command.js';
import { renderJson } from '../format/json.js';
import { importJson, renderImportSummary } from '../format/import-report.js';
import { readTextInput } from '../read-input.js';
import { writeAtomically } from '../write-atomically.js';

/** ddb-plan's spec schema, three levels up from this module in src/cli/commands/ and dist/cli/commands/. */
const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/spec-v1.schema.json', import.meta.url));

/** Returns the schema's path relative to the directory the spec is written to, with forward slashes as the YAML language server reads them. */
function schemaReference(fromDirectory: string): string {
  return relative(fromDirectory, SCHEMA_FILE).split(sep).join('/');
}

/**
 * `ddb-plan import FILE`: converts a CloudFormation/SAM template, a Serverless Framework service,
 * create-table or describe-table JSON, or a NoSQL Workbench model into spec YAML.
 */
export const importCommand: CommandSpec = {
  name: 'import',
  args: '<file>',
  summary: 'convert a CloudFormation/SAM template (YAML or JSON), a Serverless Framework service (serverless.yml or .json), create-table or describe-table JSON, or a NoSQL Workbench model to spec YAML (- reads stdin)',
  options: [
    { flags: '-o, --output <file>', description: 'write the spec to FILE (atomically: all of it or nothing) instead of standard output' },
    { flags: '--schema <path>', description: 'JSON Schema path or URL for the yaml-language-server comment (default: ddb-plan\'s schema, relative to where the spec is written)' },
    { flags: '--with-defaults', description: 'write every value, the defaults ddb-plan assumes included' },
  ],
  examples: [
    'ddb-plan import template.yaml > tables.yaml',
    'ddb-plan import fixtures/cloudformation/multi-table.yaml --output shop.yaml',
    'ddb-plan import serverless.yml --output tables.yaml',
    'aws dynamodb describe-table --table-name Orders | ddb-plan import -',
  ],
  async run(args, opts, ctx) {
    const input = await readTextInput(args[0] as string, ctx.io);
    const imported = importModel(input.text, input.file);
    const output = opts.output === undefined ? undefined : String(opts.output);
    const defaults = opts.withDefaults ? 'include' : 'omit';
    const write = (text: string): void => {
      if (output === undefined) ctx.io.stdout.write(text);
      else writeAtomically(resolve(ctx.io.cwd, output), text, output);
    };
    if (ctx.global.json) {
      write(renderJson(importJson(input.file, imported, defaults)));
      return 0;
    }
    const directory = output === undefined ? ctx.io.cwd : dirname(resolve(ctx.io.cwd, output));
    const schema = opts.schema === undefined ? schemaReference(directory) : String(opts.schema);
    write(formatSpec(imported.model, { schema, header: importedSpecHeader(imported), defaults }));
    if (output !== undefined) ctx.io.stdout.write(renderImportSummary(output, imported));
    return 0;
  },
};
