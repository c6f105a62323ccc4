import { toPointer } from '../source/source-map.js';

/** A path into the spec-shaped input: field names and list positions, e.g. `['tables', 0, 'capacity', 'read']`. */
export type SpecPath = ReadonlyArray<string | number>;

/**
 * The spec-shaped input an importer builds, and where each of its values came from: a map from
 * pointers of the input (`/tables/0/capacity/read`) to pointers of the imported document
 * (`/Resources/Orders/Properties/ProvisionedThroughput/ReadCapacityUnits`), which `specFromInput`
 * turns into the model's paths and the positions of its problems.
 */
export class SpecDraft {
  /** The spec-shaped value: `{ version: 1, tables: [...] }`. */
  readonly input: Record<string, unknown> = { version: 1, tables: [] };
  /** Spec pointer → source pointer. */
  readonly paths = new Map<string, string>();

  /** Records that the spec node at `path` comes from the source node at `source`. */
  at(path: SpecPath, source: string): void {
    this.paths.set(toPointer(path), source);
  }

  /** Sets the value at `path` (creating the mappings and lists above it) and records its source. */
  put(path: SpecPath, value: unknown, source: string): void {
    let node: Record<string | number, unknown> = this.input;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i] as string | number;
      const next = path[i + 1];
      if (node[segment] === undefined) node[segment] = typeof next === 'number' ? [] : {};
      node = node[segment] as Record<string | number, unknown>;
    }
    node[path[path.length - 1] as string | number] = value;
    this.at(path, source);
  }

  /** Returns the value at `path`, if set. */
  get(path: SpecPath): unknown {
    let node: unknown = this.input;
    for (const segment of path) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string | number, unknown>)[segment];
    }
    return node;
  }

  /** Returns a view that writes below `prefix` (one table, one index). */
  scope(prefix: SpecPath): DraftScope {
    return new DraftScope(this, prefix);
  }
}

/** Writes the part of a draft below one path. */
export class DraftScope {
  constructor(
    readonly draft: SpecDraft,
    readonly prefix: SpecPath,
  ) {}

  /** As `SpecDraft.at`, below the prefix. */
  at(path: SpecPath, source: string): void {
    this.draft.at([...this.prefix, ...path], source);
  }

  /** As `SpecDraft.put`, below the prefix; an undefined value is not written. */
  put(path: SpecPath, value: unknown, source: string): void {
    if (value !== undefined) this.draft.put([...this.prefix, ...path], value, source);
  }

  /** As `SpecDraft.get`, below the prefix. */
  get(path: SpecPath): unknown {
    return this.draft.get([...this.prefix, ...path]);
  }

  /** Returns a scope below this one. */
  scope(path: SpecPath): DraftScope {
    return new DraftScope(this.draft, [...this.prefix, ...path]);
  }
}
