import fc from 'fast-check';
import type { AttributeValue, Item } from '../../src/calculators/attribute-value.js';
import { itemSize, itemSizeBytes } from '../../src/calculators/item-size.js';
import { InputError } from '../../src/errors.js';

const bytes = (n: number): Uint8Array => new Uint8Array(n).fill(7);

describe('itemSize (DYNAMODB-RULES.md §1)', () => {
  it.each<[string, AttributeValue, number]>([
    ['a String: its UTF-8 bytes', { S: 'order#1' }, 7],
    ['an empty String', { S: '' }, 0],
    ['a String of 2-, 3- and 4-byte characters', { S: 'é€😀' }, 2 + 3 + 4],
    ['a Number by the pair rule', { N: '-12.50' }, 4],
    ['a Binary: raw bytes', { B: bytes(5) }, 5],
    ['a Boolean', { BOOL: false }, 1],
    ['a Null', { NULL: true }, 1],
    ['an empty List', { L: [] }, 3],
    ['an empty Map', { M: {} }, 3],
    ['a List: 3 B + (element + 1 B) each', { L: [{ S: 'ab' }, { N: '1' }] }, 3 + (2 + 1) + (2 + 1)],
    ['a Map: 3 B + (key + value + 1 B) each', { M: { sku: { S: 'x1' }, qty: { N: '3' } } }, 3 + (3 + 2 + 1) + (3 + 2 + 1)],
    ['a String Set: members summed, no overhead', { SS: ['a', 'bc', 'déf'] }, 1 + 2 + 4],
    ['a Number Set', { NS: ['1', '123', '-1'] }, 2 + 3 + 3],
    ['a Binary Set', { BS: [bytes(3), bytes(10)] }, 13],
  ])('sizes %s', (_what, value, valueBytes) => {
    const r = itemSizeBytes({ v: value });
    expect(r.bytes).toBe(1 + valueBytes);
    expect(r.attributes).toEqual([{ name: 'v', type: Object.keys(value)[0], nameBytes: 1, valueBytes, bytes: 1 + valueBytes }]);
  });

  it('adds every attribute name and value, with a breakdown in item order', () => {
    const item: Item = {
      id: { S: 'order#1' },
      total: { N: '-12.50' },
      paid: { BOOL: true },
      note: { NULL: true },
      blob: { B: bytes(5) },
      tags: { SS: ['a', 'bc'] },
      lines: { L: [{ M: { sku: { S: 'x1' }, qty: { N: '3' } } }] },
    };
    const r = itemSizeBytes(item);
    expect(r.attributes.map((a) => [a.name, a.bytes])).toEqual([
      ['id', 9],
      ['total', 9],
      ['paid', 5],
      ['note', 5],
      ['blob', 9],
      ['tags', 7],
      ['lines', 24],
    ]);
    expect(r.bytes).toBe(68);
    // Names: id total paid note blob tags lines (2+5+4+4+4+4+5) and map keys sku qty (3+3).
    expect(r.nameBytes).toBe(28 + 6);
    expect(r.overLimit).toBe(false);
    expect(itemSize(item).value).toEqual(r);
  });

  it('explains each attribute, nested documents first, with each rule once', () => {
    const r = itemSize({ lines: { L: [{ M: { sku: { S: 'x1' }, qty: { N: '120' } } }] }, n: { N: '7' } });
    expect(r.value.bytes).toBe(5 + 20 + 1 + 2);
    expect(r.steps).toEqual([
      {
        what: 'lines[0] (M)',
        how: '3 B + (sku: 3 B + 2 B + 1 B) + (qty: 3 B + 3 B + 1 B)',
        result: '16 B',
        rule:
          'a String is its UTF-8 byte length (§1); a Number drops its sign and its leading and trailing zeros, groups its digits in pairs aligned on the decimal point, drops 00 pairs at either end, and takes 1 byte per pair + 1, + 1 if negative (§1); ' +
          'a List or Map is 3 B plus, per element, its size + 1 B; a Map element includes its key (§1)',
      },
      {
        what: 'lines (L)',
        how: '5 B name + 20 B List (3 B + (16 B + 1 B))',
        result: '25 B',
        rule: 'each attribute counts the UTF-8 bytes of its name plus its value (§1)',
      },
      { what: 'n (N)', how: '1 B name + 2 B Number (7 → significant digit 7 → digit pairs 07 → 1 pair + 1 = 2 B)', result: '3 B' },
      { what: 'Item size', how: '25 B + 3 B', result: '28 B', rule: 'an item is the sum of its attribute names and values (§1)' },
      { what: 'Item size limit', how: '28 B ≤ 409,600 B', result: 'within the limit', rule: 'an item is at most 400 KB = 409,600 B, names and values counted (§1)' },
      { what: 'Assumption', result: 'Number sizes follow the digit-pair rule; AWS calls its own Number formula approximate (§1)', assumption: true },
      { what: 'Assumption', result: 'each List and Map element adds 1 byte, as the developer guide says since 2023 and measurements agree (§1)', assumption: true },
    ]);
  });

  it('summarises long lists and sets instead of listing every term', () => {
    const r = itemSize({ l: { L: Array.from({ length: 10 }, () => ({ S: 'abc' })) }, s: { SS: Array.from({ length: 9 }, (_, i) => `m${i}`) } });
    expect(r.steps[0]).toMatchObject({ what: 'l (L)', how: '1 B name + 43 B List (3 B + 10 elements of 30 B in all + 10 × 1 B)', result: '44 B' });
    expect(r.steps[1]).toMatchObject({ what: 's (SS)', how: '1 B name + 18 B String Set (9 members of 18 B in all)', result: '19 B' });
  });

  it('marks an item over 409,600 bytes', () => {
    const atLimit = itemSizeBytes({ p: { S: 'x'.repeat(409_599) } });
    expect(atLimit).toMatchObject({ bytes: 409_600, overLimit: false });
    const over = itemSize({ p: { S: 'x'.repeat(409_600) } });
    expect(over.value).toMatchObject({ bytes: 409_601, overLimit: true });
    expect(over.steps).toContainEqual(expect.objectContaining({ what: 'Item size limit', how: '409,601 B > 409,600 B', result: 'over by 1 B: DynamoDB refuses this item' }));
  });

  it('accepts 32 levels of nesting and refuses 33', () => {
    const nest = (levels: number): AttributeValue => (levels === 0 ? { S: 'x' } : { L: [nest(levels - 1)] });
    // 32 Lists: 1 byte of String, then 3 + (size + 1) per level.
    expect(itemSizeBytes({ d: nest(32) }).bytes).toBe(1 + 1 + 32 * 4);
    expect(() => itemSizeBytes({ d: nest(33) })).toThrow(new InputError(`$.d${'.L[0]'.repeat(32)}.L: lists and maps nest 33 levels deep here; DynamoDB allows at most 32`));
  });

  it.each<[string, unknown, string]>([
    ['an unknown type tag', { X: 1 }, '$.a.X: unknown type tag "X"'],
    ['no type tag', {}, '$.a: an attribute value needs a type tag such as {"S": "text"}'],
    ['two type tags', { S: 'a', N: '1' }, '$.a: an attribute value has exactly one type tag; got S, N'],
    ['an empty String Set', { SS: [] }, '$.a.SS: a String Set cannot be empty: DynamoDB sets have at least one member'],
    ['duplicate set members', { SS: ['x', 'y', 'x'] }, '$.a.SS[2]: duplicate member of a String Set (equal to $.a.SS[0]): set members are unique'],
    ['equal numbers in a Number Set', { NS: ['1', '1.0'] }, '$.a.NS[1]: duplicate member of a Number Set (equal to $.a.NS[0]): set members are unique'],
    ['equal bytes in a Binary Set', { BS: [bytes(2), bytes(2)] }, '$.a.BS[1]: duplicate member of a Binary Set (equal to $.a.BS[0]): set members are unique'],
    ['a 39-digit Number', { N: '1'.repeat(39) }, '$.a.N: number has 39 significant digits; DynamoDB keeps at most 38'],
    ['NaN', { N: 'NaN' }, '$.a.N: "NaN" is not a number DynamoDB can store: numbers are finite decimals'],
    ['a Number given as a JSON number', { N: 5 }, '$.a.N: a Number value must be decimal text such as "42", got a number'],
    ['NULL false', { NULL: false }, '$.a.NULL: a Null value must be {"NULL": true}'],
    ['a Map given as an array', { M: [] }, '$.a.M: a Map value must be an object, got an array'],
    ['a nested bad value', { L: [{ S: 'ok' }, { M: { k: { BOOL: 'yes' } } }] }, '$.a.L[1].M.k.BOOL: a Boolean value must be true or false, got a string'],
  ])('refuses %s with its JSONPath', (_what, value, message) => {
    expect(() => itemSize({ a: value as AttributeValue })).toThrow(new InputError(message));
  });

  it('refuses an empty attribute name', () => {
    expect(() => itemSizeBytes({ '': { S: 'x' } })).toThrow(new InputError('$[""]: an attribute name cannot be empty'));
  });
});

describe('itemSize properties', () => {
  const scalar: fc.Arbitrary<AttributeValue> = fc.oneof(
    fc.string({ unit: 'binary' }).map((S) => ({ S })),
    fc.integer().map((n) => ({ N: String(n) })),
    fc.uint8Array({ maxLength: 20 }).map((B) => ({ B })),
    fc.boolean().map((BOOL) => ({ BOOL })),
    fc.constant({ NULL: true as const }),
    fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 5 }).map((SS) => ({ SS })),
  );
  const { value } = fc.letrec<{ value: AttributeValue }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }).map((L) => ({ L })),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('value'), { maxKeys: 4 }).map((M) => ({ M })),
    ),
  }));
  const item = fc.dictionary(fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }), value, { minKeys: 1, maxKeys: 6 });

  it('is the sum of its attributes sized alone', () => {
    fc.assert(
      fc.property(item, (it) => {
        const whole = itemSizeBytes(it).bytes;
        const parts = Object.entries(it).reduce((sum, [k, v]) => sum + itemSizeBytes({ [k]: v }).bytes, 0);
        return whole === parts && whole === itemSizeBytes(it).attributes.reduce((s, a) => s + a.bytes, 0);
      }),
    );
  });

  it('counts a String as its UTF-8 encoding', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => itemSizeBytes({ s: { S: s } }).bytes === 1 + Buffer.byteLength(s, 'utf8')));
    // Unpaired surrogates are sent as U+FFFD, 3 bytes, as every UTF-8 encoder does.
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }).map((s) => `${s}\ud800`), (s) => itemSizeBytes({ s: { S: s } }).bytes === 1 + Buffer.byteLength(s, 'utf8')));
  });

  it('grows a List by the element size plus 1 byte per element', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), value, (elements, extra) => {
        const before = itemSizeBytes({ l: { L: elements } }).bytes;
        const after = itemSizeBytes({ l: { L: [...elements, extra] } }).bytes;
        return after - before === itemSizeBytes({ x: extra }).attributes[0]!.valueBytes + 1;
      }),
    );
  });

  it('gives the same size with and without explanation steps', () => {
    fc.assert(fc.property(item, (it) => itemSize(it).value.bytes === itemSizeBytes(it).bytes));
  });
});
