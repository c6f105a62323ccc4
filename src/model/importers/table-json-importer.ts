/**
 * DynamoDB API table JSON to the spec-shaped input:
 *
 * - `aws dynamodb create-table --cli-input-json` input, the CreateTable request
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html);
 * - `aws dynamodb describe-table` output, `{ "Table": TableDescription }`
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html).
 *
 * Both read as CloudFormation's table definition does (table-definition.ts). A description adds
 * what only a live table knows: `ItemCount` and `TableSizeBytes` give the item count and the
 * average item size (DynamoDB refreshes both about every six hours), and the same per index; the
 * billing mode and table class are under `BillingModeSummary` and `TableClassSummary`; an
 * on-demand table reports 0/0 provisioned throughput, which means none.
 */
import { ceilDiv } from '../../calculators/units.js';
import { InputError } from '../../errors.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import { childPointer } from '../source/source-map.js';
import type { ImportDraft } from './cloudformation-importer.js';
import { SpecDraft, type DraftScope } from './spec-draft.js';
import { SourceReader, type Located } from './source-reader.js';
import { readTableClass, readTableDefinition, TABLE_CLASS_WORDS } from './table-definition.js';

/** Writes the table name (required by both formats). */
function putName(r: SourceReader, props: Located, t: DraftScope): void {
  const node = r.get(props, 'TableName');
  if (node === undefined) r.problem(props.pointer, 'TableName is required');
  const name = r.text(node);
  if (name === '' && node !== undefined) r.problem(node.pointer, 'must not be empty');
  t.put(['name'], name, node?.pointer ?? props.pointer);
  t.at([], props.pointer);
}

/** Reads `aws dynamodb create-table --cli-input-json` input. */
export function importCreateTable(doc: LoadedDocument): ImportDraft {
  const reader = new SourceReader();
  const draft = new SpecDraft();
  const props = reader.root(doc.value);
  const t = draft.scope(['tables', 0]);
  putName(reader, props, t);
  // CreateTable's StreamSpecification says StreamEnabled; a disabled stream is no stream.
  readTableDefinition(reader, props, t, { streamEnabledFlag: true });
  draft.at(['tables'], '');
  return { draft, reader };
}

/** Writes `itemCount` and the average `itemBytes` (rounded up, never understated) from a description's `ItemCount` and a size in bytes. */
function putCounts(r: SourceReader, owner: Located, t: DraftScope, sizeField: 'TableSizeBytes' | 'IndexSizeBytes'): void {
  const countNode = r.get(owner, 'ItemCount');
  const sizeNode = r.get(owner, sizeField);
  const count = r.integer(countNode, { min: 0 });
  const bytes = r.integer(sizeNode, { min: 0 });
  if (count === undefined || countNode === undefined) return;
  t.put(['itemCount'], count, countNode.pointer);
  if (bytes !== undefined && sizeNode !== undefined && count > 0) t.put(['itemBytes'], ceilDiv(bytes, count), sizeNode.pointer);
}

/**
 * Writes the replicas of a global table (version 2019.11.21). The description lists the other
 * regions under `Replicas`; the table's own region is the one in its ARN.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaDescription.html
 */
function putReplicas(r: SourceReader, table: Located, t: DraftScope): void {
  const list = r.get(table, 'Replicas');
  const replicas = r.items(list).filter((x) => r.mapping(x) !== undefined);
  if (replicas.length === 0 || list === undefined) return;
  const arnNode = r.get(table, 'TableArn');
  const own = /^arn:[^:]+:dynamodb:([^:]+):/.exec(r.text(arnNode) ?? '')?.[1];
  let n = 0;
  const regions = new Set<string>();
  if (own !== undefined && arnNode !== undefined) {
    t.put(['replicas', n++], own, arnNode.pointer);
    regions.add(own);
  }
  for (const replica of replicas) {
    const regionNode = r.get(replica, 'RegionName');
    const region = r.text(regionNode);
    if (region === undefined || regionNode === undefined || regions.has(region)) continue;
    regions.add(region);
    const classNode = r.get(r.mapping(r.get(replica, 'ReplicaTableClassSummary')), 'TableClass');
    const cls = classNode === undefined ? undefined : r.choice(classNode, TABLE_CLASS_WORDS);
    if (cls === undefined) {
      t.put(['replicas', n], region, replica.pointer);
      t.at(['replicas', n, 'region'], regionNode.pointer);
    } else {
      t.at(['replicas', n], replica.pointer);
      t.put(['replicas', n, 'region'], region, regionNode.pointer);
      t.put(['replicas', n, 'tableClass'], cls, classNode?.pointer ?? replica.pointer);
    }
    n++;
  }
  t.at(['replicas'], list.pointer);
}

/** Reads `aws dynamodb describe-table` output. */
export function importDescribeTable(doc: LoadedDocument): ImportDraft {
  const reader = new SourceReader();
  const draft = new SpecDraft();
  const table = reader.mapping(reader.get(reader.root(doc.value), 'Table'));
  if (table === undefined) throw new InputError('describe-table output has a "Table" mapping', { file: doc.file });
  const t = draft.scope(['tables', 0]);
  putName(reader, table, t);
  // A table that was never switched to on-demand has no BillingModeSummary: it is provisioned.
  const billing = reader.get(reader.mapping(reader.get(table, 'BillingModeSummary')), 'BillingMode');
  readTableDefinition(reader, table, t, { zeroThroughputMeansNone: true, streamEnabledFlag: true, ...(billing ? { billing } : {}) });
  readTableClass(reader, reader.get(reader.mapping(reader.get(table, 'TableClassSummary')), 'TableClass'), t);
  putCounts(reader, table, t, 'TableSizeBytes');
  // Indexes were written GSIs first, then LSIs (readIndexes); their counts follow the same order.
  const indexes = [...reader.items(reader.get(table, 'GlobalSecondaryIndexes')), ...reader.items(reader.get(table, 'LocalSecondaryIndexes'))];
  indexes.forEach((index, j) => {
    if (reader.mapping(index) !== undefined) putCounts(reader, index, t.scope(['indexes', j]), 'IndexSizeBytes');
  });
  putReplicas(reader, table, t);
  reader.note(table.pointer, 'describe-table does not report time to live or point-in-time recovery (describe-time-to-live and describe-continuous-backups do); they are left unset');
  draft.at(['tables'], childPointer('', 'Table'));
  return { draft, reader };
}
