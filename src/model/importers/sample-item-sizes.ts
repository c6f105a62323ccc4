import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { AttributeType } from '../../calculators/attribute-value.js';
import { itemSizeBytes } from '../../calculators/item-size.js';
import { ceilDiv } from '../../calculators/units.js';
import { detectEncoding, itemFromJson } from '../items/item-from-json.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import { childPointer, fromPointer, LineIndex } from '../source/source-map.js';
import { pointerLabel, type Located, type SourceReader } from './source-reader.js';

/** The measured size of one attribute over the sample items that have it. */
export interface SampleAttribute {
  readonly type: AttributeType;
  /** ⌈mean value bytes⌉ over the items that have the attribute. */
  readonly valueBytes: number;
  /** Items that have the attribute. */
  readonly items: number;
  /** Where the first item that has it writes it. */
  readonly pointer: string;
}

/** Sizes measured on sample items by the item-size rules (DYNAMODB-RULES.md §1). */
export interface SampleSizes {
  readonly items: number;
  /** ⌈mean item bytes⌉, names and values. */
  readonly itemBytes: number;
  /** By attribute name, in the order first seen. */
  readonly attributes: ReadonlyMap<string, SampleAttribute>;
}

/** Returns the JSON syntax node at a pointer of a tree. */
function nodeAt(root: JsonNode, pointer: string): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const segment of fromPointer(pointer)) {
    if (node?.type === 'object') node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
    else if (node?.type === 'array') node = node.children?.[Number(segment)];
    else return undefined;
  }
  return node;
}

/**
 * Measures sample items (DynamoDB JSON, as NoSQL Workbench keeps them, or plain JSON) with the
 * item-size calculator: the mean item size and, per attribute, its type and mean value size.
 * A value DynamoDB would refuse is a problem at its own line and column in a JSON document (at
 * its item in a YAML one). Returns undefined when there are no items.
 */
export function measureSampleItems(doc: LoadedDocument, rows: readonly Located[], r: SourceReader): SampleSizes | undefined {
  const json = doc.format === 'json' ? { tree: parseTree(doc.text), lines: new LineIndex(doc.text) } : undefined;
  let items = 0;
  let itemBytes = 0;
  const totals = new Map<string, { type: AttributeType; bytes: number; items: number; pointer: string }>();
  for (const row of rows) {
    const text = json ? doc.text : JSON.stringify(row.value);
    const node = json ? nodeAt(json.tree as JsonNode, row.pointer) : parseTree(text);
    if (node === undefined) continue;
    const item = itemFromJson(node, `$.${pointerLabel(row.pointer)}`, {
      encoding: detectEncoding(node),
      detected: true,
      text,
      report: (message, offset) => {
        if (json === undefined) return r.problem(row.pointer, message.replace(/^\S+: /, ''));
        const at = json.lines.position(offset);
        r.positioned.push({ message, location: { file: doc.file, line: at.line, column: at.column, path: row.pointer } });
      },
    });
    if (item === undefined) continue;
    const size = itemSizeBytes(item);
    items++;
    itemBytes += size.bytes;
    for (const a of size.attributes) {
      const seen = totals.get(a.name);
      if (seen) {
        seen.bytes += a.valueBytes;
        seen.items++;
      } else {
        totals.set(a.name, { type: a.type, bytes: a.valueBytes, items: 1, pointer: childPointer(row.pointer, a.name) });
      }
    }
  }
  if (items === 0) return undefined;
  const attributes = new Map([...totals].map(([name, t]) => [name, { type: t.type, valueBytes: ceilDiv(t.bytes, t.items), items: t.items, pointer: t.pointer }]));
  return { items, itemBytes: ceilDiv(itemBytes, items), attributes };
}
