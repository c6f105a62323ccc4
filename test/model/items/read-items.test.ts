import type { AttributeValue } from '../../../src/calculators/attribute-value.js';
import { InputError } from '../../../src/errors.js';
import { readItems, type ReadItemsOptions, type SourceItem } from '../../../src/model/items/read-items.js';

function read(text: string, options: ReadItemsOptions = {}): SourceItem[] {
  return [...readItems(text, 'items.json', options)];
}

/** Returns the problems reported for `text` as `LINE:COL: message` (or `FILE: message` without a position). */
function problems(text: string, options: ReadItemsOptions = {}): string[] {
  try {
    read(text, options);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => (p.location.line === undefined ? `${p.location.file}: ${p.message}` : `${p.location.line}:${p.location.column}: ${p.message}`));
  }
  throw new Error('expected an InputError');
}

const nestedList = (levels: number, inner: string): string => (levels === 0 ? inner : `{"L": [${nestedList(levels - 1, inner)}]}`);

describe('readItems: shapes and encodings', () => {
  it('reads one DynamoDB JSON item, detecting the encoding', () => {
    const [only, ...rest] = read('{"id": {"S": "a"}, "n": {"N": "12.50"}, "b": {"B": "AAEC"}, "ok": {"BOOL": false}, "no": {"NULL": true}}');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ index: 0, root: 0, path: '$', line: 1, column: 1, container: 'item', encoding: 'dynamodb', encodingDetected: true });
    expect(only?.item).toEqual({ id: { S: 'a' }, n: { N: '12.50' }, b: { B: Buffer.from([0, 1, 2]) }, ok: { BOOL: false }, no: { NULL: true } });
  });

  it('infers the types of plain JSON, keeping the source digits of numbers', () => {
    const [only] = read('{"id": "a", "n": 12.50, "big": 12345678901234567890123456789012345678, "e": 1.5E+3, "ok": true, "x": null, "l": [1, "b"], "m": {"k": {}}}');
    expect(only?.encoding).toBe('plain');
    expect(only?.item).toEqual({
      id: { S: 'a' },
      n: { N: '12.50' },
      big: { N: '12345678901234567890123456789012345678' },
      e: { N: '1.5E+3' },
      ok: { BOOL: true },
      x: { NULL: true },
      l: { L: [{ N: '1' }, { S: 'b' }] },
      m: { M: { k: { M: {} } } },
    });
  });

  it('reads an array of items with their paths and lines', () => {
    const items = read('[\n  {"id": {"S": "a"}},\n  {"id": {"S": "b"}}\n]\n');
    expect(items.map((i) => [i.index, i.path, i.line, i.column, i.container])).toEqual([
      [0, '$[0]', 2, 3, 'array'],
      [1, '$[1]', 3, 3, 'array'],
    ]);
  });

  it('reads JSON Lines, skipping blank lines and CRLF endings', () => {
    const items = read('{"id": "a"}\r\n\r\n{"id": "b"}\n{"id": "c"}');
    expect(items.map((i) => [i.root, i.path, i.line, i.item.id])).toEqual([
      [0, '$', 1, { S: 'a' }],
      [1, '$', 3, { S: 'b' }],
      [2, '$', 4, { S: 'c' }],
    ]);
  });

  it('unwraps Query/Scan output and GetItem output, also as S3-export lines', () => {
    const query = read('{"Items": [{"id": {"S": "a"}}, {"id": {"S": "b"}}], "Count": 2, "ScannedCount": 2, "ConsumedCapacity": null}');
    expect(query.map((i) => [i.path, i.container, i.item])).toEqual([
      ['$.Items[0]', 'Items', { id: { S: 'a' } }],
      ['$.Items[1]', 'Items', { id: { S: 'b' } }],
    ]);
    const exported = read('{"Item":{"id":{"S":"a"}}}\n{"Item":{"id":{"S":"b"}}}\n');
    expect(exported.map((i) => [i.path, i.container, i.line, i.item])).toEqual([
      ['$.Item', 'Item', 1, { id: { S: 'a' } }],
      ['$.Item', 'Item', 2, { id: { S: 'b' } }],
    ]);
  });

  it('keeps an attribute named Item or Items when the object is not API output', () => {
    expect(read('{"Item": {"M": {"k": {"S": "v"}}}}')[0]?.item).toEqual({ Item: { M: { k: { S: 'v' } } } });
    expect(read('{"Items": [1, 2]}')[0]?.item).toEqual({ Items: { L: [{ N: '1' }, { N: '2' }] } });
    expect(read('{"Items": [{"a": 1}], "owner": "x"}')[0]).toMatchObject({ path: '$', container: 'item' });
  });

  it('reads DynamoDB JSON as plain JSON when told to', () => {
    const [only] = read('{"id": {"S": "a"}}', { encoding: 'plain' });
    expect(only).toMatchObject({ encoding: 'plain', encodingDetected: false, item: { id: { M: { S: { S: 'a' } } } } });
  });

  it('accepts 32 levels of lists and maps', () => {
    const nested = (levels: number, inner: AttributeValue): AttributeValue => (levels === 0 ? inner : { L: [nested(levels - 1, inner)] });
    expect(read(`{"d": ${nestedList(32, '{"S": "x"}')}}`).map((i) => i.item)).toEqual([{ d: nested(32, { S: 'x' }) }]);
    expect(read(`{"d": ${'['.repeat(32)}1${']'.repeat(32)}}`).map((i) => i.item)).toEqual([{ d: nested(32, { N: '1' }) }]);
  });
});

describe('readItems: problems with JSONPath, line and column', () => {
  it.each([
    ['an unknown type tag', '{"id": {"S": "a"},\n "bad": {"X": 1}}', ['2:10: $.bad.X: unknown type tag "X" (expected one of S, N, B, BOOL, NULL, L, M, SS, NS, BS)']],
    ['a lone unknown tag', '{"x": {"X": 1}}', ['1:8: $.x.X: unknown type tag "X" (expected one of S, N, B, BOOL, NULL, L, M, SS, NS, BS)']],
    ['a lower-case tag', '{"id": {"S": "a"}, "n": {"n": "1"}}', ['1:26: $.n.n: unknown type tag "n"; did you mean "N"?']],
    [
      'an empty set in the fourth item',
      '[{"a": {"S": "x"}},\n {"a": {"S": "y"}},\n {"a": {"S": "z"}},\n {"id": {"S": "q"}, "tags": {"SS": []}}]',
      ['4:36: $[3].tags.SS: an empty String Set: DynamoDB sets have at least one member'],
    ],
    ['duplicate set members', '{"t": {"SS": ["a", "b", "a"]}}', ['1:25: $.t.SS[2]: duplicate member of a String Set (equal to $.t.SS[0]): set members are unique']],
    ['equal numbers in a Number Set', '{"t": {"NS": ["1", "1.0"]}}', ['1:20: $.t.NS[1]: duplicate member of a Number Set (equal to $.t.NS[0]): set members are unique']],
    ['a 39-digit number', `{"n": {"N": "${'9'.repeat(39)}"}}`, ['1:13: $.n.N: number has 39 significant digits; DynamoDB keeps at most 38']],
    ['a 39-digit plain number', `{"n": ${'9'.repeat(39)}}`, ['1:7: $.n: number has 39 significant digits; DynamoDB keeps at most 38']],
    ['NaN', '{"n": {"N": "NaN"}}', ['1:13: $.n.N: "NaN" is not a number DynamoDB can store: numbers are finite decimals']],
    ['Infinity', '{"n": {"N": "Infinity"}}', ['1:13: $.n.N: "Infinity" is not a number DynamoDB can store: numbers are finite decimals']],
    ['a plain number out of range', '{"n": 1e400}', ['1:7: $.n: number 1e400 is out of range: DynamoDB numbers lie between 1E-130 and 9.9999999999999999999999999999999999999E+125 in magnitude']],
    ['binary that is not base64', '{"b": {"B": "not base64!"}}', ['1:13: $.b.B: binary is not base64: white space at offset 3']],
    ['URL-safe base64', '{"b": {"BS": ["AA==", "-_8="]}}', ['1:23: $.b.BS[1]: binary is not base64: "-" and "_" belong to URL-safe base64; DynamoDB JSON uses standard base64 with "+" and "/"']],
    ['unpadded base64', '{"b": {"B": "AAE"}}', ['1:13: $.b.B: binary is not base64: 3 characters is not a multiple of 4 (is the "=" padding missing?)']],
    ['an unquoted DynamoDB number', '{"n": {"N": 5}}', ['1:13: $.n.N: an N value must be a string of digits such as "42" (DynamoDB JSON quotes numbers), got a number']],
    ['NULL false', '{"n": {"NULL": false}}', ['1:16: $.n.NULL: a NULL value must be true, got false']],
    ['two type tags', '{"v": {"S": "a", "N": "1"}}', ['1:18: $.v: a DynamoDB JSON value has exactly one type tag; got S, N']],
    ['a plain value among DynamoDB JSON', '{"id": {"S": "a"}, "n": 5}', ['1:25: $.n: expected a DynamoDB JSON value such as {"S": "text"}, got a number (the input was read as DynamoDB JSON, detected from its first item)']],
    ['a duplicate attribute name', '{"a": 1, "a": 2}', ['1:10: $.a: the attribute name "a" appears twice; each must be unique']],
    ['an empty attribute name', '{"": 1}', ['1:2: $[""]: an attribute name cannot be empty']],
    ['an empty item', '{}', ['1:1: $: an empty item: an item has at least its key attributes']],
    ['a number at the top level', '42', ['1:1: $: expected an item (a JSON object of attributes), an array of items, or one item per line; got a number']],
    ['an array of strings', '["a", "b"]', ['1:2: $[0]: expected an item (a JSON object of attributes), an array of items, or one item per line; got a string', '1:7: $[1]: expected an item (a JSON object of attributes), an array of items, or one item per line; got a string']],
    ['DynamoDB JSON after a plain first item', '{"a": 1}\n{"a": {"N": "1"}}', ['2:1: $: this item is written in DynamoDB JSON, but the input was read as plain JSON (detected from its first item)']],
    ['lists nested 33 deep', `{"d": ${nestedList(33, '{"S": "x"}')}}`, [`1:${7 + 33 * 7 - 1}: $.d${'.L[0]'.repeat(32)}.L: lists and maps nest 33 levels deep here; DynamoDB allows at most 32`]],
    ['plain arrays nested 33 deep', `{"d": ${'['.repeat(33)}1${']'.repeat(33)}}`, [`1:39: $.d${'[0]'.repeat(32)}: lists and maps nest 33 levels deep here; DynamoDB allows at most 32`]],
  ])('reports %s', (_what, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it.each([
    ['an empty file', '', ['1:1: no items: the input is empty']],
    ['white space only', '  \n\n ', ['1:1: no items: the input is empty']],
    ['an empty array', '\n[ ]', ['2:1: no items: the input holds an empty list of items']],
    ['empty Query output', '{"Items": [], "Count": 0}', ['1:1: no items: the input holds an empty list of items']],
    ['an unterminated item', '{"a": {"S": "x"}', ['1:17: invalid JSON: expected "}"']],
    ['a missing comma between items', '[{"a": 1}\n {"a": 2}]', ['2:2: invalid JSON: expected "," or a closing bracket']],
    ['a trailing comma after the last item', '[{"a": 1},\n]', ['2:1: invalid JSON: trailing comma is not allowed in JSON']],
    ['a trailing comma inside an item', '{"a": 1, "b": [1, 2,]}', ['1:21: invalid JSON: trailing comma is not allowed in JSON']],
    ['a bad third line of JSON Lines', '{"a": 1}\n{"a": 2}\n{"a": 3,}\n{"a": 4}', ['3:9: invalid JSON: trailing comma is not allowed in JSON']],
    ['an unterminated line of JSON Lines', '{"a": 1}\n{"a": {"b": 2}\n{"a": 3}\n', ['3:1: invalid JSON: expected "," or a closing bracket']],
    ['a comment', '{"a": 1 // one\n}', ['1:9: invalid JSON: comments are not allowed in JSON']],
    ['a mismatched bracket', '[{"a": [1, 2}]', ['1:13: invalid JSON: expected "," or a closing bracket']],
    ['garbage', '<html>', ['1:1: invalid JSON: unexpected character']],
    ['a stray closing brace', '{"a": 1}}', ['1:9: invalid JSON: unexpected character']],
    ['JSON nested 101 deep', `{"d": ${'['.repeat(101)}${']'.repeat(101)}}`, ['1:106: $: JSON nested more than 100 levels deep; a DynamoDB item nests at most 32 lists and maps']],
  ])('refuses %s', (_what, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('reports problems of several items at once, and stops after the limit', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `{"id": {"S": "${i}"}, "t": {"SS": []}}`).join('\n');
    const found = problems(lines, { maxProblems: 3 });
    expect(found).toEqual([
      '1:32: $.t.SS: an empty String Set: DynamoDB sets have at least one member',
      '2:32: $.t.SS: an empty String Set: DynamoDB sets have at least one member',
      '3:32: $.t.SS: an empty String Set: DynamoDB sets have at least one member',
      'items.json: stopped after 3 problems',
    ]);
  });

  it('keeps items that are fine out of the results once a problem is found, then throws', () => {
    const seen: number[] = [];
    expect(() => {
      for (const it of readItems('{"a": 1}\n{"a": {"N": "x"}}\n{"a": 3}', 'f.jsonl', { encoding: 'dynamodb' })) seen.push(it.index);
    }).toThrow(InputError);
    expect(seen).toEqual([]);
  });
});
