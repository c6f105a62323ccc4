import { InputError } from '../../errors.js';
import { checkNesting } from './check-nesting.js';
import type { LoadedDocument, LoadOptions } from './loaded-document.js';
import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';

/**
 * YAML documents larger than this are refused: the YAML parser reads about a megabyte a second, and
 * no real spec or template comes near it (CloudFormation itself caps templates at 1 MB).
 */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

/**
 * Parses a spec, template or scenario: `.json` files (and text that starts with `{` or `[`) as
 * strict JSON, everything else as YAML. An empty document is an error.
 */
export function loadDocument(text: string, file: string, options: LoadOptions = {}): LoadedDocument {
  if (text.trim() === '') throw new InputError('the file is empty', { file, line: 1, column: 1 });
  const json = /\.json$/i.test(file) || (/^\s*[[{]/.test(text) && !/\.ya?ml$/i.test(file));
  if (json) {
    checkNesting(text, file, false);
    return parseJson(text, file);
  }
  if (text.length > MAX_YAML_BYTES) {
    throw new InputError(`YAML document of ${(text.length / 1024 / 1024).toFixed(1)} MB; ddb-plan reads YAML documents of at most 2 MB (CloudFormation caps templates at 1 MB)`, { file });
  }
  checkNesting(text, file, true);
  return parseYaml(text, file, options);
}
