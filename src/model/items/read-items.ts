import { visit } from 'jsonc-parser';
import type { Item } from '../../calculators/attribute-value.js';
import { InputError, type InputProblem } from '../../errors.js';
import { parseJsonTree } from '../source/parse-json.js';
import type { Locator } from '../source/source-map.js';
import { detectEncoding, itemFromJson, looksLikeDynamoDbJson, type ItemEncoding } from './item-from-json.js';
import { itemSpans, type ItemContainer, type ItemSpan } from './item-spans.js';
import { LineLocator } from './line-locator.js';

/** How to read items. */
export interface ReadItemsOptions {
  /** DynamoDB JSON, plain JSON, or `auto` (the default): detected from the first item. */
  readonly encoding?: ItemEncoding | 'auto';
  /** Stop after this many problems (default 20): a broken export should not print a million lines. */
  readonly maxProblems?: number;
}

/** One item read from JSON text, with where it came from. */
export interface SourceItem {
  /** Position of the item in the input, from 0. */
  readonly index: number;
  /** Which top-level value holds it, from 0 (the line's value in JSON Lines). */
  readonly root: number;
  /** JSONPath of the item within its top-level value, e.g. `$[3]`, `$.Items[0]`, `$`. */
  readonly path: string;
  /** 1-based line and column where the item's JSON starts. */
  readonly line: number;
  readonly column: number;
  readonly container: ItemContainer;
  readonly encoding: ItemEncoding;
  /** True when the encoding was detected from the first item rather than chosen. */
  readonly encodingDetected: boolean;
  readonly item: Item;
}

/** An item's JSON text larger than this is refused (16 MB): a DynamoDB item is at most 400 KB, and its syntax tree takes about 25 times its text. */
export const MAX_ITEM_JSON_CHARS = 16 * 1024 * 1024;

const DEFAULT_MAX_PROBLEMS = 20;

/**
 * Reads DynamoDB items from JSON text — one item, an array of items, Query/Scan or GetItem output,
 * or JSON Lines — in DynamoDB JSON or plain JSON, one item at a time so memory stays bounded by the
 * largest item. Every value DynamoDB would refuse is reported with its JSONPath, line and column;
 * after the last item (or `maxProblems` problems) the generator throws an InputError holding them all.
 */
export function* readItems(text: string, file: string, options: ReadItemsOptions = {}): Generator<SourceItem, void> {
  const lines = new LineLocator(text);
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  const problems: InputProblem[] = [];
  const chosen = options.encoding === undefined || options.encoding === 'auto' ? undefined : options.encoding;
  let encoding = chosen;
  let index = 0;
  const report = (message: string, offset: number): void => {
    const p = lines.position(offset);
    problems.push({ message, location: { file, line: p.line, column: p.column } });
    if (problems.length >= maxProblems) throw new TooManyProblems();
  };
  try {
    for (const span of itemSpans(text, file, lines)) {
      const at = index++;
      if (span.broken) throw firstSyntaxError(text, file, lines, span);
      if (span.notAnItem !== undefined) {
        report(`${span.path}: expected an item (a JSON object of attributes), an array of items, or one item per line; got ${span.notAnItem}`, span.start);
        continue;
      }
      if (span.end - span.start > MAX_ITEM_JSON_CHARS) {
        const mb = ((span.end - span.start) / (1024 * 1024)).toFixed(1);
        report(`${span.path}: the item's JSON text is ${mb} MB; ddb-plan reads items of at most 16 MB of JSON (a DynamoDB item is at most 400 KB)`, span.start);
        continue;
      }
      const itemText = text.slice(span.start, span.end);
      const node = parseJsonTree(itemText, file, shifted(lines, span.start));
      encoding ??= detectEncoding(node);
      const detected = chosen === undefined;
      if (detected && encoding === 'plain' && looksLikeDynamoDbJson(node)) {
        report(`${span.path}: this item is written in DynamoDB JSON, but the input was read as plain JSON (detected from its first item)`, span.start);
        continue;
      }
      const item = itemFromJson(node, span.path, { encoding, detected, text: itemText, report: (m, o) => report(m, span.start + o) });
      if (item === undefined || problems.length > 0) continue;
      const p = lines.position(span.start);
      yield { index: at, root: span.root, path: span.path, line: p.line, column: p.column, container: span.container, encoding, encodingDetected: detected, item };
    }
  } catch (e) {
    if (e instanceof TooManyProblems) {
      throw allProblems([...problems, { message: `stopped after ${maxProblems} problems`, location: { file } }]);
    }
    if (e instanceof InputError && problems.length > 0) throw allProblems([...problems, ...e.problems]);
    throw e;
  }
  if (problems.length > 0) throw allProblems(problems);
  if (index === 0) {
    const p = lines.position(/\S/.exec(text)?.index ?? 0);
    throw new InputError('no items: the input holds an empty list of items', { file, line: p.line, column: p.column });
  }
}

class TooManyProblems extends Error {}

function allProblems(problems: readonly InputProblem[]): InputError {
  const first = problems[0] as InputProblem;
  return new InputError(first.message, first.location, problems);
}

/** Locates offsets of one item's text at their place in the whole input; only syntax errors ask, so the full line index is built then. */
function shifted(whole: LineLocator, base: number): Locator {
  return { position: (offset) => whole.index().position(base + offset) };
}

/**
 * Returns the first syntax error of a span whose brackets do not balance. The span may run to the
 * end of a large input, so the first error is found without building a syntax tree, and only the
 * text up to the end of its line is parsed for the message.
 */
function firstSyntaxError(text: string, file: string, lines: LineLocator, span: ItemSpan): InputError {
  const spanText = text.slice(span.start, span.end);
  let errorOffset: number | undefined;
  try {
    visit(
      spanText,
      {
        onError: (_code, offset) => {
          errorOffset = offset;
          throw new FirstErrorFound();
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (e) {
    if (!(e instanceof FirstErrorFound)) throw e;
  }
  const at = errorOffset ?? spanText.length;
  const lineEnd = spanText.indexOf('\n', at);
  const cut = Math.min(lineEnd < 0 ? spanText.length : lineEnd, at + 1000);
  try {
    parseJsonTree(spanText.slice(0, cut), file, shifted(lines, span.start));
  } catch (e) {
    if (e instanceof InputError) return new InputError(e.message, e.location);
    throw e;
  }
  const p = lines.position(span.start + at);
  return new InputError('invalid JSON: brackets do not balance', { file, line: p.line, column: p.column });
}

class FirstErrorFound extends Error {}
