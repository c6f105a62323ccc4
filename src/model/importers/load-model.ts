import type { SpecModel } from '../spec/spec-model.js';
import { importModel } from './import-model.js';

/**
 * Reads any input ddb-plan takes as a design — a spec, a CloudFormation/SAM template, a Serverless
 * Framework service, create-table or describe-table JSON, or a NoSQL Workbench model — and returns
 * its model, `origin` set to the format. Positions in the model and in every error point into `file`. Throws an InputError for a
 * file that cannot be read as any of them. Pure: reads no files.
 */
export function loadModel(text: string, file: string): SpecModel {
  return importModel(text, file).model;
}
