import { InputError } from '../../errors.js';
import type { LoadedDocument, LoadOptions } from './loaded-document.js';
import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';

/**
 * Parses a spec, template or scenario: `.json` files (and text that starts with `{` or `[`) as
 * strict JSON, everything else as YAML. An empty document is an error.
 */
export function loadDocument(text: string, file: string, options: LoadOptions = {}): LoadedDocument {
  if (text.trim() === '') throw new InputError('the file is empty', { file, line: 1, column: 1 });
  const json = /\.json$/i.test(file) || /^\s*[[{]/.test(text) && !/\.ya?ml$/i.test(file);
  return json ? parseJson(text, file) : parseYaml(text, file, options);
}
