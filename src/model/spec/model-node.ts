import { childPointer } from '../source/source-map.js';

/**
 * What every model node carries so that a finding about it can point back at the source
 * (STYLE.md, convention 7: positions live beside the model, found through its source map).
 */
export interface ModelNode {
  /**
   * JSON pointer of the source node this model node was built from, in the document the model
   * was read from (`model.source`): `/tables/0/indexes/1` in a spec, `/Resources/Orders/Properties/
   * GlobalSecondaryIndexes/1` in a CloudFormation template. A node normalization supplied (a
   * default) has the pointer where it would have been written; `SourceMap.locate` then finds its
   * nearest written ancestor.
   */
  readonly path: string;
  /**
   * Pointers of fields whose source is not at `${path}/${field}`: a field the spec spells
   * differently from the model, or any field of an imported node. Read it through `fieldPath`.
   */
  readonly fieldPaths?: Readonly<Record<string, string>>;
  /** Fields whose value came from a default or was derived (e.g. `itemBytes` summed from attributes), not from the input. */
  readonly defaulted: readonly string[];
}

/**
 * Returns the JSON pointer of one field of a model node in its source document, e.g.
 * `fieldPath(table, 'billing')` → `/tables/0/billing`. Locate it with
 * `model.source.sourceMap.locate(pointer)`; a field that was not written is found at its node.
 */
export function fieldPath<T extends ModelNode>(node: T, field: keyof T & string): string {
  return node.fieldPaths?.[field] ?? childPointer(node.path, field);
}

/** Returns true when a field's value was supplied by normalization (a default or a derived value) rather than written. */
export function isDefaulted<T extends ModelNode>(node: T, field: keyof T & string): boolean {
  return node.defaulted.includes(field);
}
