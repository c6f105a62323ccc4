import { InputError } from '../../errors.js';
import { loadDocument } from '../source/load-document.js';
import { parseSpec } from '../spec/parse-spec.js';
import type { SpecModel } from '../spec/spec-model.js';
import { detectFormat, EXPECTED_FORMATS } from './detect-format.js';

/**
 * Reads any input ddb-plan takes as a design — a spec, a CloudFormation/SAM template, create-table
 * or describe-table JSON, or a NoSQL Workbench model — and returns its model, `origin` set to the
 * format. Positions in the model and in every error point into `file`. Throws an InputError for a
 * file that cannot be read as any of them. Pure: reads no files.
 */
export function loadModel(text: string, file: string): SpecModel {
  // Short-form tags are read as CloudFormation's here so that a template parses; a spec found
  // below is parsed again by the spec reader, which refuses tags a spec cannot have.
  const doc = loadDocument(text, file, { cloudFormationTags: true });
  const format = detectFormat(doc.value);
  switch (format) {
    case 'spec':
      return parseSpec(text, file);
    case 'cloudformation':
    case 'create-table':
    case 'describe-table':
    case 'workbench':
      throw new InputError(`this looks like ${format} input, which this version of ddb-plan cannot import yet`, { file, line: 1, column: 1 });
    default: {
      const pos = doc.sourceMap.locate('');
      throw new InputError(`unrecognised format: ${EXPECTED_FORMATS}`, { file, ...(pos ? { line: pos.line, column: pos.column } : {}) });
    }
  }
}
