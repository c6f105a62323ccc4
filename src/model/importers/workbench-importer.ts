/**
 * NoSQL Workbench data models to the spec-shaped input
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/workbench.Modeler.html).
 *
 * A model is `{ ModelName, ModelMetadata, DataModel: [table…] }`; each table has `TableName`,
 * `KeyAttributes` (`PartitionKey`, `SortKey`: `{ AttributeName, AttributeType }`),
 * `NonKeyAttributes`, `GlobalSecondaryIndexes` (`IndexName`, `KeyAttributes`, `Projection`),
 * sample items in `TableData` (also under `TableFacets[].TableData`), and in newer exports
 * `BillingMode` and `ProvisionedCapacitySettings` (`ProvisionedThroughput`, `AutoScalingRead`,
 * `AutoScalingWrite`). Every attribute the model lists is declared with its type. Sample items
 * give real sizes: each attribute is sized as the mean of its values and the item as the mean of
 * the items, by the item-size rules, instead of the defaults by type.
 */
import { InputError } from '../../errors.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import { putAutoscalingPolicy } from './autoscaling-policy.js';
import type { ImportDraft } from './cloudformation-importer.js';
import { measureSampleItems } from './sample-item-sizes.js';
import { SpecDraft, type DraftScope, type SpecPath } from './spec-draft.js';
import { SourceReader, type Located } from './source-reader.js';
import { ATTRIBUTE_TYPE_WORDS, BILLING_MODE_WORDS, VOCABULARY_HINTS, putAttribute, putKey, readProjection, readProvisionedThroughput, type DefinedAttribute } from './table-definition.js';

/** Declares an attribute `{ AttributeName, AttributeType }` once; returns its definition. */
function declare(r: SourceReader, node: Located | undefined, t: DraftScope, defined: Map<string, DefinedAttribute>): DefinedAttribute | undefined {
  if (r.mapping(node) === undefined || node === undefined) return undefined;
  const nameNode = r.get(node, 'AttributeName');
  const typeNode = r.get(node, 'AttributeType');
  if (nameNode === undefined) r.problem(node.pointer, 'AttributeName is required');
  const name = r.text(nameNode);
  if (name === undefined || nameNode === undefined) return undefined;
  const known = defined.get(name);
  if (known !== undefined) return known;
  if (typeNode === undefined) r.problem(node.pointer, 'AttributeType is required');
  const type = r.choice(typeNode, ATTRIBUTE_TYPE_WORDS, 'left unset', VOCABULARY_HINTS);
  if (type === undefined || typeNode === undefined) return undefined;
  const attribute = { name, type, pointer: node.pointer, namePointer: nameNode.pointer, typePointer: typeNode.pointer };
  defined.set(name, attribute);
  putAttribute(t, attribute);
  return attribute;
}

/** Reads `KeyAttributes` (`PartitionKey`, `SortKey`) of a table or index into its keys, declaring the attributes. */
function readKeyAttributes(r: SourceReader, owner: Located, table: DraftScope, keys: DraftScope, defined: Map<string, DefinedAttribute>): void {
  const node = r.mapping(r.get(owner, 'KeyAttributes'));
  if (node === undefined) {
    r.problem(owner.pointer, 'KeyAttributes is required');
    return;
  }
  for (const [field, path] of [
    ['PartitionKey', ['partitionKey']],
    ['SortKey', ['sortKey']],
  ] as const) {
    const keyNode = r.get(node, field);
    if (keyNode === undefined) {
      if (field === 'PartitionKey') r.problem(node.pointer, 'PartitionKey is required');
      continue;
    }
    if (Array.isArray(keyNode.value)) {
      r.problem(keyNode.pointer, 'multi-attribute keys are not supported by ddb-plan yet; give one attribute');
      continue;
    }
    const attribute = declare(r, keyNode, table, defined);
    if (attribute !== undefined) putKey(keys, path as SpecPath, { name: attribute.name, pointer: attribute.namePointer }, defined);
  }
}

/** Reads `ProvisionedCapacitySettings`: fixed capacity and the read and write auto scaling policies. */
function readCapacitySettings(r: SourceReader, node: Located | undefined, t: DraftScope): void {
  if (r.mapping(node) === undefined || node === undefined) return;
  readProvisionedThroughput(r, r.get(node, 'ProvisionedThroughput'), t);
  for (const [field, direction] of [
    ['AutoScalingRead', 'read'],
    ['AutoScalingWrite', 'write'],
  ] as const) {
    const settings = r.mapping(r.get(node, field));
    if (settings === undefined) continue;
    const target = r.mapping(r.get(settings, 'ScalableTargetRequest'));
    const policy = r.mapping(r.get(settings, 'ScalingPolicyConfiguration'));
    putAutoscalingPolicy(r, t, ['autoscaling', direction], { owner: settings, min: r.get(target, 'MinCapacity'), max: r.get(target, 'MaxCapacity'), target: r.get(policy, 'TargetValue') });
  }
}

/** Sizes the attributes and the item from the table's sample items, where it has any. */
function readSampleData(doc: LoadedDocument, r: SourceReader, table: Located, t: DraftScope, defined: Map<string, DefinedAttribute>): void {
  const lists = [r.get(table, 'TableData'), ...r.items(r.get(table, 'TableFacets')).map((f) => r.get(r.mapping(f), 'TableData'))].filter((x) => x !== undefined);
  const rows = lists.flatMap((list) => r.items(list));
  const sizes = measureSampleItems(doc, rows, r);
  if (sizes === undefined) return;
  for (const [name, sample] of sizes.attributes) {
    const declared = defined.get(name);
    t.put(['attributes', name], { type: declared?.type ?? sample.type, bytes: sample.valueBytes }, declared?.pointer ?? sample.pointer);
    t.at(['attributes', name, 'bytes'], sample.pointer);
    if (declared === undefined) t.at(['attributes', name, 'type'], sample.pointer);
  }
  t.put(['itemBytes'], sizes.itemBytes, (lists[0] as Located).pointer);
  r.note((lists[0] as Located).pointer, `sizes measured on ${sizes.items} sample item${sizes.items === 1 ? '' : 's'}: attributes at the mean size of their values, the item at the mean item size, ${sizes.itemBytes} bytes`);
}

/** Imports one table of `DataModel`. */
function importTable(doc: LoadedDocument, r: SourceReader, table: Located, t: DraftScope): void {
  t.at([], table.pointer);
  const nameNode = r.get(table, 'TableName');
  if (nameNode === undefined) r.problem(table.pointer, 'TableName is required');
  t.put(['name'], r.text(nameNode), nameNode?.pointer ?? table.pointer);
  const defined = new Map<string, DefinedAttribute>();
  readKeyAttributes(r, table, t, t, defined);
  r.items(r.get(table, 'NonKeyAttributes')).forEach((a) => declare(r, a, t, defined));
  r.items(r.get(table, 'GlobalSecondaryIndexes')).forEach((g, j) => {
    if (r.mapping(g) === undefined) return;
    const x = t.scope(['indexes', j]);
    x.at([], g.pointer);
    const nameNode = r.get(g, 'IndexName');
    if (nameNode === undefined) r.problem(g.pointer, 'IndexName is required');
    x.put(['name'], r.text(nameNode), nameNode?.pointer ?? g.pointer);
    readKeyAttributes(r, g, t, x, defined);
    readProjection(r, r.get(g, 'Projection'), x);
  });
  const billingNode = r.get(table, 'BillingMode');
  t.put(['billing'], r.choice(billingNode, BILLING_MODE_WORDS, 'left unset', VOCABULARY_HINTS), billingNode?.pointer ?? table.pointer);
  readCapacitySettings(r, r.get(table, 'ProvisionedCapacitySettings'), t);
  readSampleData(doc, r, table, t, defined);
}

/** Reads a NoSQL Workbench data model: one spec table per table of `DataModel`. */
export function importWorkbench(doc: LoadedDocument): ImportDraft {
  const reader = new SourceReader();
  const draft = new SpecDraft();
  const root = reader.root(doc.value);
  const nameNode = reader.get(root, 'ModelName');
  const name = reader.text(nameNode);
  const description = reader.text(reader.get(reader.mapping(reader.get(root, 'ModelMetadata')), 'Description'));
  if (name !== undefined && nameNode !== undefined) draft.put(['description'], description ? `${name}: ${description}` : name, nameNode.pointer);
  const list = reader.get(root, 'DataModel');
  const tables = reader.items(list);
  if (list === undefined || (Array.isArray(list.value) && list.value.length === 0)) {
    const at = doc.sourceMap.locate(list?.pointer ?? '');
    throw new InputError('the Workbench model has no tables: expected a DataModel list with at least one table', { file: doc.file, ...(at ? { line: at.line, column: at.column } : {}) });
  }
  draft.at(['tables'], list.pointer);
  tables.forEach((table, i) => {
    if (reader.mapping(table) !== undefined) importTable(doc, reader, table, draft.scope(['tables', i]));
  });
  return { draft, reader };
}
