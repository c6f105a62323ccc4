const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Returns the JSONPath of a child: `childPath('$', 'tags')` → `$.tags`, `childPath('$.tags', 0)` →
 * `$.tags[0]`, `childPath('$', 'my key')` → `$["my key"]`. With an empty parent it returns a
 * relative path (`tags`, `["my key"]`), as explanations label attributes.
 */
export function childPath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  if (IDENTIFIER.test(segment)) return parent === '' ? segment : `${parent}.${segment}`;
  return `${parent}[${JSON.stringify(segment)}]`;
}

/**
 * A JSONPath that is spelled out only when printed: walking an item passes one down to every
 * value, and only the few in error messages or explanations ever need their text.
 */
export class LazyPath {
  private constructor(
    private readonly parent: LazyPath | string,
    private readonly segment: string | number | undefined,
  ) {}

  /** Returns the path `text` itself, e.g. `$`, `$[3]`, or '' for paths relative to an item. */
  static of(text: string): LazyPath {
    return new LazyPath(text, undefined);
  }

  /** Returns the path of a child, as `childPath` spells it. */
  child(segment: string | number): LazyPath {
    return new LazyPath(this, segment);
  }

  toString(): string {
    const base = typeof this.parent === 'string' ? this.parent : this.parent.toString();
    return this.segment === undefined ? base : childPath(base, this.segment);
  }
}
