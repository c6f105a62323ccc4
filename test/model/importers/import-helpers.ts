import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/errors.js';
import { importModel, type ImportedModel } from '../../../src/model/importers/import-model.js';
import { fieldPath, type ModelNode } from '../../../src/model/spec/model-node.js';
import type { IndexModel, SpecModel, TableModel } from '../../../src/model/spec/spec-model.js';

/** Imports a fixture file by its path from the repository root. */
export function importFixture(path: string): ImportedModel {
  return importModel(readFileSync(path, 'utf8'), path);
}

/** Imports template or table text given inline (file name `inline.yaml`) and returns the model. */
export function importFixtureText(text: string, file = 'inline.yaml'): SpecModel {
  return importModel(text, file).model;
}

/** Returns `LINE:COL` of a pointer of the model's source document. */
export function lineCol(model: SpecModel, pointer: string): string {
  const at = model.source.sourceMap.locate(pointer);
  return at ? `${at.line}:${at.column}` : 'nowhere';
}

/** Returns `LINE:COL` of a model node, or of one of its fields. */
export function where<T extends ModelNode>(model: SpecModel, node: T, field?: keyof T & string): string {
  return lineCol(model, field === undefined ? node.path : fieldPath(node, field));
}

/** Returns the table of that name; fails the test when there is none. */
export function table(model: SpecModel, name: string): TableModel {
  const t = model.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${model.tables.map((x) => x.name).join(', ')}`);
  return t;
}

/** Returns the index of that name; fails the test when there is none. */
export function index(t: TableModel, name: string): IndexModel {
  const x = t.indexes.find((i) => i.name === name);
  if (!x) throw new Error(`no index ${name} in ${t.indexes.map((i) => i.name).join(', ')}`);
  return x;
}

/** Returns the declared attributes of a table as `{ name: type }`, and the undeclared key attributes under `undeclared`. */
export function attributeTypes(t: TableModel): { declared: Record<string, string | undefined>; undeclared: Record<string, string | undefined> } {
  const pick = (declared: boolean): Record<string, string | undefined> => Object.fromEntries(t.attributes.filter((a) => a.declared === declared).map((a) => [a.name, a.type]));
  return { declared: pick(true), undeclared: pick(false) };
}

/** Returns the problems of importing text as `LINE:COL: message` lines; fails when the import succeeds. */
export function importProblems(text: string, file: string): string[] {
  try {
    importModel(text, file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => `${p.location.line ?? '-'}:${p.location.column ?? '-'}: ${p.message}`);
  }
  throw new Error('expected the import to fail');
}

/** Returns the notes of an import as `LINE:COL message` lines. */
export function noteLines(imported: ImportedModel): string[] {
  return imported.notes.map((n) => `${lineCol(imported.model, n.pointer)} ${n.message}`);
}
