import type { InputError } from '../../errors.js';
import { loadDocument } from '../source/load-document.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import { describeValue, locatedError, validateValue, type PathProblem } from '../source/validate-document.js';
import { deepFreeze } from './deep-freeze.js';
import { identityPaths, type PathResolver } from './normalize-context.js';
import { normalizeSpec } from './normalize-spec.js';
import { SPEC_VERSION, specSchema } from './spec-schema.js';
import type { SpecModel } from './spec-model.js';
import type { SpecOrigin } from './vocabulary.js';

/** Where a spec-shaped input came from, for `specFromInput`. */
export interface SpecSource {
  /** The document the input was read from; problems and model paths are located in it. */
  readonly doc: LoadedDocument;
  /** What the document is; default `spec`. */
  readonly origin?: SpecOrigin;
  /** Maps pointers of the spec-shaped input to pointers of `doc` (importers); default the identity. */
  readonly resolvePath?: PathResolver;
}

/**
 * Parses spec text (YAML, or JSON for `.json` files) into the frozen, normalized model, or throws
 * one InputError listing every problem with its file, line and column: syntax, duplicate keys,
 * unknown fields (with suggestions), wrong types, unusable values. Design problems are not input
 * errors; they stay in the model for `lint`. Pure: reads no files.
 */
export function parseSpec(text: string, file: string): SpecModel {
  return specFromDocument(loadDocument(text, file));
}

/** Builds the model from a loaded spec document (see `parseSpec`). */
export function specFromDocument(doc: LoadedDocument): SpecModel {
  return specFromInput(doc.value, { doc });
}

/**
 * Validates and normalizes a spec-shaped value. Importers build the value from a template and pass
 * the template's document with a resolver from spec pointers to template pointers, so that the
 * model's paths and any problem point into the template.
 */
export function specFromInput(input: unknown, source: SpecSource): SpecModel {
  const resolve = source.resolvePath ?? identityPaths;
  const fail = (problems: readonly PathProblem[]): InputError =>
    locatedError(
      source.doc,
      problems.map((p) => ({ ...p, path: resolve(p.path) })),
    );
  const early = checkEnvelope(input);
  if (early) throw fail([early]);
  const valid = validateValue(specSchema, input);
  if (!valid.ok) throw fail(valid.problems);
  const model = normalizeSpec(valid.data, source.doc, source.origin ?? 'spec', resolve);
  return deepFreeze(model, new Set([source.doc.sourceMap]));
}

/** Finds what makes the rest of validation pointless: no mapping at all, or another format version. */
function checkEnvelope(input: unknown): PathProblem | undefined {
  if (input === null || input === undefined) {
    return { path: '', message: `the document holds no spec (only comments?): expected \`version: ${SPEC_VERSION}\` and \`tables:\`` };
  }
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { path: '', message: `a spec is a mapping with \`version: ${SPEC_VERSION}\` and \`tables:\`; this document is ${describeValue(input)}` };
  }
  const version = (input as Record<string, unknown>).version;
  if (typeof version === 'number' && version !== SPEC_VERSION) {
    return { path: '/version', message: `unsupported spec version ${version}: this ddb-plan reads version ${SPEC_VERSION}` };
  }
  return undefined;
}
