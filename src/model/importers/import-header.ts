import type { LoadedDocument } from '../source/loaded-document.js';
import type { SpecModel } from '../spec/spec-model.js';
import { FORMAT_NAMES, type ImportedModel } from './import-model.js';

/**
 * Returns the comment lines `ddb-plan import` writes above an imported spec (without `# `): where
 * it came from, how values that were not literal were read (line and column in the source), and —
 * since no template or table description says which requests an application makes — that access
 * patterns are to be added, with an example for the first table.
 */
export function importedSpecHeader(imported: ImportedModel): string[] {
  const { model, format, notes } = imported;
  const source = model.source;
  const lines = [`Imported by ddb-plan from ${source.file} (${FORMAT_NAMES[format]}).`];
  if (notes.length > 0) {
    lines.push('', `How values were read (line:column in ${source.file}):`);
    for (const note of notes) lines.push(`  ${where(source, note.pointer)} ${note.message}`);
  }
  if (model.tables.every((t) => t.accessPatterns.length === 0)) lines.push('', ...accessPatternHint(model));
  lines.push('');
  return lines;
}

function where(source: LoadedDocument, pointer: string): string {
  const at = source.sourceMap.locate(pointer);
  return at ? `${at.line}:${at.column}` : '-';
}

/** Says that access patterns cannot be imported, with an example keyed on the first table's partition key. */
function accessPatternHint(model: SpecModel): string[] {
  const table = model.tables[0];
  const key = table?.partitionKey.name ?? 'pk';
  const keyText = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
  return [
    'Access patterns cannot be imported: a table definition does not say which requests the',
    'application makes. Add them under each table for `ddb-plan capacity` and `ddb-plan hotkeys`,',
    `for example for ${table?.name ?? 'a table'}:`,
    '  accessPatterns:',
    '    - name: getOne',
    '      operation: GetItem',
    '      rate: 100/s',
    '      keys:',
    `        ${keyText}: { cardinality: 1000000 }`,
  ];
}
