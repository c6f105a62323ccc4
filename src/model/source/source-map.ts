/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Where a node sits in its file: its value, and its key when it is a mapping value. */
export interface NodePositions {
  readonly value: SourcePosition;
  readonly key?: SourcePosition;
  /** The node's source text when it is a number, so exact digits survive parsing. */
  readonly numberText?: string;
}

/** A located position: the node found, and the JSON pointer of the node it was found at. */
export interface Located extends SourcePosition {
  readonly path: string;
}

/** Returns the JSON pointer (RFC 6901) for a list of path segments, e.g. ['tables', 0] → '/tables/0'. */
export function toPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Returns the segments of a JSON pointer; inverse of `toPointer`. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Returns the pointer of a child: `child('/tables', 0)` → `/tables/0`. */
export function childPointer(parent: string, segment: string | number): string {
  const s = String(segment);
  // Most segments need no escaping; this runs once per node of every document.
  return s.includes('~') || s.includes('/') ? `${parent}${toPointer([s])}` : `${parent}/${s}`;
}

/** Returns the pointer of a node's parent: `/tables/0` → `/tables`, `/tables` → '' (the root, which is its own parent). */
export function parentPointer(pointer: string): string {
  const cut = pointer.lastIndexOf('/');
  return cut <= 0 ? '' : pointer.slice(0, cut);
}

/**
 * Maps JSON pointers of a parsed document to source positions. Model objects stay plain; findings
 * carry a path, and formatters look the position up here (STYLE.md, convention 7).
 */
export class SourceMap {
  private readonly nodes = new Map<string, NodePositions>();

  constructor(readonly file: string) {}

  /** Records the positions of the node at `pointer`. */
  set(pointer: string, positions: NodePositions): void {
    this.nodes.set(pointer, positions);
  }

  /** Returns the recorded positions of exactly `pointer`, if any. */
  get(pointer: string): NodePositions | undefined {
    return this.nodes.get(pointer);
  }

  /**
   * Returns the position of the node at `pointer` — its key with `which: 'key'` when it has one —
   * or of its nearest recorded ancestor (a missing field is reported at its parent).
   */
  locate(pointer: string, which: 'value' | 'key' = 'value'): Located | undefined {
    let p = pointer;
    for (;;) {
      const found = this.nodes.get(p);
      if (found) {
        const pos = which === 'key' && found.key && p === pointer ? found.key : found.value;
        return { ...pos, path: p };
      }
      if (p === '') return undefined;
      p = parentPointer(p);
    }
  }

  /** Number of recorded nodes. */
  get size(): number {
    return this.nodes.size;
  }
}

/** Converts offsets of a text to 1-based lines and columns. */
export interface Locator {
  position(offset: number): { line: number; column: number };
}

/** Converts string offsets to 1-based lines and columns. */
export class LineIndex implements Locator {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** Returns the 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }

  /** Returns the position spanning offsets [start, end). */
  span(start: number, end: number): SourcePosition {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
