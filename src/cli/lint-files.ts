import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { detectFormat } from '../model/importers/detect-format.js';
import { loadDocument } from '../model/source/load-document.js';
import type { Io } from './io.js';

/** Extensions of the files a directory argument of `ddb-plan lint` considers. */
const LINTED_EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];

// A directory walk never descends into these: dependencies and tool or VCS folders.
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'cdk.out']);

// Resource types that make a CloudFormation template worth linting.
const TABLE_RESOURCE_TYPES = new Set(['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable', 'AWS::Serverless::SimpleTable']);

// Text that marks a file as meant for ddb-plan even when it does not parse (so a syntax error in
// a spec or template found in a directory is reported rather than skipped).
const DESIGN_MARKERS = /AWS::DynamoDB::|AWS::Serverless::SimpleTable|^\s*tables\s*:|"KeySchema"|"DataModel"/m;

/**
 * Expands the command line's arguments into the files to lint, in order: a file is linted as
 * given (whatever it holds), `-` is standard input, and a directory contributes every `.yaml`,
 * `.yml`, `.json` and `.template` file below it (sorted, skipping hidden folders, `node_modules`
 * and `cdk.out`) that is a design: the files are filtered afterwards by `isDesignText`.
 */
export function expandLintArguments(args: readonly string[], io: Io): Array<{ readonly file: string; readonly fromDirectory: boolean }> {
  const out: Array<{ file: string; fromDirectory: boolean }> = [];
  for (const arg of args) {
    if (arg !== '-' && isDirectory(resolve(io.cwd, arg))) {
      for (const file of walk(io.cwd, arg)) out.push({ file, fromDirectory: true });
    } else out.push({ file: arg, fromDirectory: false });
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function walk(cwd: string, dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(resolve(cwd, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    throw new InputError(`cannot read the directory: ${(e as Error).message}`, { file: dir });
  }
  return entries.flatMap((entry) => {
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    // Dirent does not follow symbolic links, so a link back up the tree cannot loop the walk.
    if (entry.isDirectory()) return entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name) ? [] : walk(cwd, path);
    return LINTED_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)) ? [path] : [];
  });
}

/** Returns true when a `Resources` mapping holds a DynamoDB table. */
function hasTableResource(resources: unknown): boolean {
  if (resources === null || typeof resources !== 'object') return false;
  return Object.values(resources).some((r) => r !== null && typeof r === 'object' && TABLE_RESOURCE_TYPES.has(String((r as { Type?: unknown }).Type)));
}

/**
 * Returns true when a file found in a directory is a design ddb-plan lints: a spec (`version` and
 * a `tables` list), a table JSON file or Workbench model, or a CloudFormation/SAM template or
 * Serverless Framework service with at least one DynamoDB table.
 * Other YAML and JSON (workflows, package.json, templates without tables) is skipped; a file that
 * does not parse is linted (and so reported) when its text mentions DynamoDB tables.
 */
export function isDesignText(text: string, file: string): boolean {
  let value: unknown;
  try {
    value = loadDocument(text, file, { cloudFormationTags: true }).value;
  } catch {
    return DESIGN_MARKERS.test(text);
  }
  const format = detectFormat(value);
  const record = value as Record<string, unknown>;
  switch (format) {
    case 'cloudformation':
      return hasTableResource(record.Resources);
    case 'serverless': {
      // `resources` is a fragment or a list of them; tables in `${file(…)}` fragments are linted where they are.
      const fragments: unknown[] = Array.isArray(record.resources) ? record.resources : [record.resources];
      return fragments.some((f) => f !== null && typeof f === 'object' && hasTableResource((f as { Resources?: unknown }).Resources));
    }
    case 'spec':
      // Format detection is lenient so that a named file is read as what it tries to be; in a
      // directory a spec must have both `version` and a `tables` list, which leaves out simulation
      // scenarios (`version` and `table`) and ddb-plan's own JSON output (`schemaVersion`, `tables`).
      return 'version' in record && Array.isArray(record.tables) && !('schemaVersion' in record);
    case 'describe-table': {
      const table = record.Table as Record<string, unknown>;
      return 'TableName' in table || 'KeySchema' in table;
    }
    default:
      return format !== undefined;
  }
}
