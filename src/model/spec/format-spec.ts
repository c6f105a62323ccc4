import { Document, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { SpecModel } from './spec-model.js';
import { specToInput, type SpecToInputOptions } from './spec-to-input.js';

/** How `formatSpec` writes. */
export interface FormatSpecOptions extends SpecToInputOptions {
  /** Path or URL of the JSON Schema for the `# yaml-language-server: $schema=` first line; no such line without it. */
  readonly schema?: string;
  /** Comment lines written after the schema line (e.g. where the spec was imported from). */
  readonly header?: readonly string[];
}

/** Collections whose JSON is at most this long are written on one line, `{ read: 5, write: 10 }`, as people write specs. */
const FLOW_CHARS = 80;

/** Marks small collections of scalars (and of such small collections) as flow style, children first. */
function flowSmall(node: unknown): boolean {
  if (isMap(node) || isSeq(node)) {
    const children = node.items.map((i) => (isPair(i) ? i.value : i));
    const simple = children.map((c) => flowSmall(c)).every(Boolean);
    const small = (isSeq(node) || node.items.length <= 4) && JSON.stringify(node.toJSON()).length <= FLOW_CHARS;
    node.flow = simple && small;
    return node.flow;
  }
  return isScalar(node);
}

/**
 * Writes a model as spec YAML that parses back to the same model, small mappings and lists on one
 * line. `ddb-plan import` prints this.
 */
export function formatSpec(model: SpecModel, options: FormatSpecOptions = {}): string {
  const doc = new Document(specToInput(model, options));
  flowSmall(doc.contents);
  const lines = [...(options.schema ? [`# yaml-language-server: $schema=${options.schema}`] : []), ...(options.header ?? []).map((h) => `# ${h}`.trimEnd())];
  return `${lines.length > 0 ? `${lines.join('\n')}\n` : ''}${doc.toString({ lineWidth: 0, flowCollectionPadding: true })}`;
}
