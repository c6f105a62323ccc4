import { FORMAT_NAMES, type ImportedModel } from '../../model/importers/import-model.js';
import { specToInput, type SpecToInputOptions } from '../../model/spec/spec-to-input.js';
import { plural } from './plural.js';

/** Returns the JSON body of `import --json`: the file, the detected format, the notes on how values were read (at their line and column) and the spec. */
export function importJson(file: string, imported: ImportedModel, defaults: NonNullable<SpecToInputOptions['defaults']>): Record<string, unknown> {
  const notes = imported.notes.map((n) => {
    const at = imported.model.source.sourceMap.locate(n.pointer);
    return { message: n.message, line: at?.line ?? null, column: at?.column ?? null, path: n.pointer };
  });
  return { file, format: imported.format, notes, spec: specToInput(imported.model, { defaults }) };
}

/** Returns the line `import --output FILE` prints once the spec is written: what it holds and where it came from. */
export function renderImportSummary(output: string, imported: ImportedModel): string {
  const tables = imported.model.tables;
  const indexes = tables.reduce((n, t) => n + t.indexes.length, 0);
  return `wrote ${output}: ${plural(tables.length, 'table')}, ${plural(indexes, 'index', 'indexes')} from a ${FORMAT_NAMES[imported.format]}\n`;
}
