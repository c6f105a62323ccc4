import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { InputError, type InputProblem } from '../../errors.js';
import type { LoadedDocument } from './loaded-document.js';
import { childPointer, LineIndex, SourceMap, type Locator } from './source-map.js';

const MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

/** Parses the JSON syntax tree of `text`, strictly (no comments, no trailing commas), reporting every syntax error with its line and column. */
export function parseJsonTree(text: string, file: string, lines: Locator = new LineIndex(text)): JsonNode {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems: InputProblem[] = errors.map((e) => {
    const p = lines.position(e.offset);
    const code = printParseErrorCode(e.error);
    const trailing = isTrailingComma(text, e.offset) ? 'trailing comma is not allowed in JSON' : undefined;
    return { message: `invalid JSON: ${trailing ?? MESSAGES[code] ?? code}`, location: { file, line: p.line, column: p.column } };
  });
  if (problems.length > 0 || root === undefined) {
    const first = problems[0] ?? { message: 'invalid JSON: expected a value', location: { file, line: 1, column: 1 } };
    throw new InputError(first.message, first.location, problems.length > 0 ? dedupe(problems) : [first]);
  }
  return root;
}

function isTrailingComma(text: string, offset: number): boolean {
  // jsonc-parser reports the closing bracket after a trailing comma; look back past white space.
  const ch = text[offset];
  if (ch !== '}' && ch !== ']') return false;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  return text[i] === ',';
}

function dedupe(problems: InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.location.line}:${p.location.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Parses JSON text into a plain value and a source map; duplicate keys are errors, as they are ambiguous. */
export function parseJson(text: string, file: string): LoadedDocument {
  const lines = new LineIndex(text);
  const root = parseJsonTree(text, file, lines);
  const map = new SourceMap(file);
  const problems: InputProblem[] = [];
  const value = toValue(root, '', undefined);
  if (problems.length > 0) throw new InputError((problems[0] as InputProblem).message, (problems[0] as InputProblem).location, problems);
  return { file, format: 'json', text, value, sourceMap: map };

  function toValue(node: JsonNode, path: string, key: JsonNode | undefined): unknown {
    const pos = lines.span(node.offset, node.offset + node.length);
    const keyPos = key ? lines.span(key.offset, key.offset + key.length) : undefined;
    let numberText: string | undefined;
    let value: unknown;
    switch (node.type) {
      case 'object': {
        const obj: Record<string, unknown> = {};
        const seen = new Set<string>();
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const name = String(k.value);
          if (seen.has(name)) {
            const p = lines.position(k.offset);
            problems.push({ message: `duplicate key "${name}"`, location: { file, line: p.line, column: p.column } });
            continue;
          }
          seen.add(name);
          Object.defineProperty(obj, name, { value: toValue(v, childPointer(path, name), k), enumerable: true, writable: true, configurable: true });
        }
        value = obj;
        break;
      }
      case 'array':
        value = (node.children ?? []).map((c, i) => toValue(c, childPointer(path, i), undefined));
        break;
      case 'number':
        numberText = text.slice(node.offset, node.offset + node.length);
        value = node.value;
        break;
      default:
        value = node.value;
    }
    map.set(path, { value: pos, ...(keyPos ? { key: keyPos } : {}), ...(numberText !== undefined ? { numberText } : {}) });
    return value;
  }
}
