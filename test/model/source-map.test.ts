import fc from 'fast-check';
import { childPointer, fromPointer, parentPointer, toPointer } from '../../src/model/source/source-map.js';

describe('JSON pointers (RFC 6901)', () => {
  it.each([
    ['/tables/0/indexes', '/tables/0'],
    ['/tables', ''],
    ['', ''],
    ['/a~1b/c', '/a~1b'],
  ])('the parent of %p is %p', (pointer, parent) => {
    expect(parentPointer(pointer)).toBe(parent);
  });

  it('escapes ~ and / in segments, and reads them back', () => {
    expect(toPointer(['Fn::If', 'a/b', 'c~d', 0])).toBe('/Fn::If/a~1b/c~0d/0');
    expect(childPointer('/x', 'a/b')).toBe('/x/a~1b');
    fc.assert(
      // A pointer of one empty segment, '/', reads back as the root: fromPointer takes '/' for ''.
      fc.property(fc.array(fc.string(), { maxLength: 6 }).filter((s) => !(s.length === 1 && s[0] === '')), (segments) => {
        const pointer = segments.reduce<string>((p, s) => childPointer(p, s), '');
        return pointer === toPointer(segments) && JSON.stringify(fromPointer(pointer)) === JSON.stringify(segments) && parentPointer(pointer) === toPointer(segments.slice(0, -1));
      }),
    );
  });
});
