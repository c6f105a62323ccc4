import { InputError } from '../../errors.js';
import { LineIndex } from './source-map.js';

/**
 * Deepest nesting of `[` and `{` accepted in a document. The parsers recurse per level, so a
 * pathological file (50,000 opening brackets) would exhaust the stack; no spec, template or
 * scenario comes near this depth.
 */
export const MAX_NESTING = 200;

/**
 * Throws a positioned InputError when flow collections (`[`, `{`) nest deeper than MAX_NESTING,
 * scanning past quoted strings (and, in YAML, comments) without parsing.
 */
export function checkNesting(text: string, file: string, yaml: boolean): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c /* \ */) i++;
    } else if (yaml && c === 0x27 /* ' */ && isTokenStart(text, i)) {
      // In YAML a single quote opens a string only where a scalar may start; '' escapes a quote.
      for (i++; i < text.length; i++) {
        if (text.charCodeAt(i) !== 0x27) continue;
        if (text.charCodeAt(i + 1) === 0x27) i++;
        else break;
      }
    } else if (yaml && c === 0x23 /* # */ && isTokenStart(text, i)) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > MAX_NESTING) {
        const p = new LineIndex(text).position(i);
        throw new InputError(`nested more than ${MAX_NESTING} levels deep; refusing to parse`, { file, line: p.line, column: p.column });
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth = Math.max(0, depth - 1);
    }
  }
}

function isTokenStart(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  return before === ' ' || before === '\t' || before === '\n' || before === '\r' || before === '[' || before === '{' || before === ',' || before === ':';
}
