import { LineIndex } from '../source/source-map.js';

/**
 * Converts offsets of a large text to 1-based lines and columns. Items are read front to back, so
 * each lookup usually moves forward and only the newlines in between are counted (a native
 * `indexOf`); a lookup behind the last one, rare and only for errors, uses a full line index built
 * on first need.
 */
export class LineLocator {
  private line = 1;
  private lineStart = 0;
  private at = 0;
  private full: LineIndex | undefined;

  constructor(private readonly text: string) {}

  /** Returns the 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    if (offset < this.at) return this.index().position(offset);
    let nl = this.text.indexOf('\n', this.at);
    while (nl >= 0 && nl < offset) {
      this.line += 1;
      this.lineStart = nl + 1;
      nl = this.text.indexOf('\n', nl + 1);
    }
    this.at = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  /** Returns a line index of the whole text, built once. */
  index(): LineIndex {
    this.full ??= new LineIndex(this.text);
    return this.full;
  }
}
