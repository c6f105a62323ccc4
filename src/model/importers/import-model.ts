import { InputError } from '../../errors.js';
import { loadDocument } from '../source/load-document.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import { locatedError } from '../source/validate-document.js';
import { pathMapResolver } from '../spec/normalize-context.js';
import { parseSpec, specFromDocument, specFromInput } from '../spec/parse-spec.js';
import type { SpecModel } from '../spec/spec-model.js';
import type { SpecOrigin } from '../spec/vocabulary.js';
import { importCloudFormation, type ImportDraft } from './cloudformation-importer.js';
import { detectFormat, EXPECTED_FORMATS, type InputFormat } from './detect-format.js';
import type { ImportNote } from './import-note.js';
import { importServerless } from './serverless-importer.js';
import { importCreateTable, importDescribeTable } from './table-json-importer.js';
import { importWorkbench } from './workbench-importer.js';

/** A model read from any input format, with the format it was read as and the importer's notes. */
export interface ImportedModel {
  readonly model: SpecModel;
  readonly format: InputFormat;
  /** Parameter defaults used, fallbacks chosen and settings merged, in document order. */
  readonly notes: readonly ImportNote[];
}

/** Human names of the formats, for messages and the header of `ddb-plan import`. */
export const FORMAT_NAMES: Readonly<Record<InputFormat, string>> = {
  spec: 'ddb-plan spec',
  cloudformation: 'CloudFormation template',
  serverless: 'Serverless Framework service',
  'create-table': 'create-table input',
  'describe-table': 'describe-table output',
  workbench: 'NoSQL Workbench model',
};

const ORIGINS: Readonly<Record<Exclude<InputFormat, 'spec'>, SpecOrigin>> = {
  cloudformation: 'cloudformation',
  serverless: 'serverless',
  'create-table': 'table-json',
  'describe-table': 'table-json',
  workbench: 'workbench',
};

const IMPORTERS: Readonly<Record<Exclude<InputFormat, 'spec'>, (doc: LoadedDocument) => ImportDraft>> = {
  cloudformation: importCloudFormation,
  serverless: importServerless,
  'create-table': importCreateTable,
  'describe-table': importDescribeTable,
  workbench: importWorkbench,
};

/**
 * Reads a spec, a CloudFormation/SAM template, a Serverless Framework service, create-table or describe-table JSON, or a NoSQL
 * Workbench model, detected from its content, into the model. Throws one InputError listing every
 * problem, located in `file`. Pure: reads no files.
 */
export function importModel(text: string, file: string): ImportedModel {
  // Short-form tags are read as CloudFormation's so that a template parses; a YAML spec is parsed
  // again by the spec reader, which refuses tags a spec cannot have.
  const doc = loadDocument(text, file, { cloudFormationTags: true });
  const format = detectFormat(doc.value);
  if (format === undefined) {
    const pos = doc.sourceMap.locate('');
    throw new InputError(`unrecognised format: ${EXPECTED_FORMATS}`, { file, ...(pos ? { line: pos.line, column: pos.column } : {}) });
  }
  if (format === 'spec') return { model: doc.format === 'json' ? specFromDocument(doc) : parseSpec(text, file), format, notes: [] };
  const imported = IMPORTERS[format](doc);
  const model = modelFromDraft(doc, ORIGINS[format], imported);
  const at = (pointer: string): [number, number] => {
    const p = doc.sourceMap.locate(pointer);
    return [p?.line ?? 0, p?.column ?? 0];
  };
  // In document order, as a reader goes through the file (the sort is stable for notes at one place).
  const notes = [...imported.reader.notes].sort((a, b) => {
    const [la, ca] = at(a.pointer);
    const [lb, cb] = at(b.pointer);
    return la - lb || ca - cb;
  });
  return { model, format, notes };
}

/**
 * Turns an importer's draft into the model, or throws every problem the importer found, each at
 * its line and column in the imported document.
 */
export function modelFromDraft(doc: LoadedDocument, origin: SpecOrigin, imported: ImportDraft): SpecModel {
  const { reader, draft } = imported;
  if (reader.problems.length > 0 || reader.positioned.length > 0) throw locatedError(doc, reader.problems, reader.positioned);
  try {
    return specFromInput(draft.input, { doc, origin, resolvePath: pathMapResolver(draft.paths) });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The spec's checks name spec fields (`tables[0].name: …`); name the source's instead.
    const problems = e.problems.map((p) => {
      const path = p.location.path;
      return path === undefined ? p : { ...p, message: `${reader.labelOf(path)}: ${p.message.replace(/^[A-Za-z0-9_.[\]]+: /, '')}` };
    });
    throw new InputError((problems[0] ?? e).message, (problems[0] ?? e).location, problems);
  }
}
