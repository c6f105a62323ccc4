import fc from 'fast-check';
import { LineLocator } from '../../../src/model/items/line-locator.js';
import { LineIndex } from '../../../src/model/source/source-map.js';

describe('LineLocator', () => {
  it('agrees with LineIndex for offsets in any order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', 'é', ' ') }), fc.array(fc.nat(), { maxLength: 20 }), (text, picks) => {
        const locator = new LineLocator(text);
        const index = new LineIndex(text);
        return picks.every((p) => {
          const offset = text.length === 0 ? 0 : p % (text.length + 1);
          const a = locator.position(offset);
          const b = index.position(offset);
          return a.line === b.line && a.column === b.column;
        });
      }),
    );
  });

  it('counts a newline at the offset itself on the line it ends', () => {
    const locator = new LineLocator('ab\ncd\n');
    expect([0, 2, 3, 5, 6].map((o) => locator.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
    ]);
  });
});
