import type { Fraction } from '../../calculators/fraction.js';
import { parseRate } from '../../calculators/rate.js';
import { parseSize } from '../../calculators/size.js';
import { exactNumber } from '../common/exact-number.js';
import { parseRatio } from '../common/ratio.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import { childPointer, parentPointer } from '../source/source-map.js';
import type { ModelNode } from './model-node.js';

/**
 * Maps a pointer into the spec-shaped input (`/tables/0/indexes/1/projection`) to the pointer of
 * the source node it came from. The identity for a spec; an importer maps into its template.
 */
export type PathResolver = (specPointer: string) => string;

/** The identity resolver: the input is the document itself. */
export const identityPaths: PathResolver = (p) => p;

/**
 * Returns a resolver from the pointers an importer recorded while it built the spec-shaped input:
 * a pointer maps to its own entry, else to the entry of its nearest recorded ancestor (a field the
 * template does not write is found at the node that would hold it), else to the document's root.
 */
export function pathMapResolver(map: ReadonlyMap<string, string>): PathResolver {
  return (pointer) => {
    let p = pointer;
    for (;;) {
      const hit = map.get(p);
      if (hit !== undefined) return hit;
      if (p === '') return '';
      p = parentPointer(p);
    }
  };
}

/** What normalization reads besides the validated input: the source document and how pointers map into it. */
export class NormalizeContext {
  constructor(
    readonly source: LoadedDocument,
    readonly resolve: PathResolver,
  ) {}

  /** Returns the source text of the number at a spec pointer, when the loader kept it (so long numbers keep every digit). */
  numberText(specPointer: string): string | undefined {
    return this.source.sourceMap.get(this.resolve(specPointer))?.numberText;
  }

  /** Returns the exact value of the number at a spec pointer, from its source text when the loader kept it. */
  exact(specPointer: string, value: number): Fraction {
    return exactNumber(value, this.numberText(specPointer));
  }

  /** Returns a validated share as an exact fraction of one: `"70%"` and `0.7` are both 7/10. */
  ratio(specPointer: string, value: number | string): Fraction {
    return parseRatio(value, this.numberText(specPointer));
  }

  /** Returns a validated rate as an exact number per second. */
  rate(specPointer: string, value: number | string): Fraction {
    return typeof value === 'number' ? this.exact(specPointer, value) : parseRate(value).value;
  }

  /** Returns a validated size as integer bytes. */
  size(value: number | string): number {
    return typeof value === 'number' ? value : parseSize(value).value;
  }

  /**
   * Builds a model node at a spec pointer: its source `path`, the `fieldPaths` of fields whose
   * source is elsewhere (`renames` maps a model field to the spec field it is written as), and the
   * list of defaulted fields.
   */
  node<T extends object>(specPointer: string, fields: T, defaulted: readonly string[] = [], renames: Readonly<Record<string, string>> = {}): T & ModelNode {
    const path = this.resolve(specPointer);
    const fieldPaths: Record<string, string> = {};
    // With the identity only renamed fields are elsewhere; an importer's resolver may move any field.
    const fieldsToCheck = this.resolve === identityPaths ? Object.keys(renames) : Object.keys(fields);
    for (const field of fieldsToCheck) {
      const source = this.resolve(childPointer(specPointer, renames[field] ?? field));
      if (source !== childPointer(path, field)) fieldPaths[field] = source;
    }
    return { ...fields, path, ...(Object.keys(fieldPaths).length > 0 ? { fieldPaths } : {}), defaulted: [...defaulted] };
  }
}
