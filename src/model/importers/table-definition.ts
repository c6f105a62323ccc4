/**
 * Readers for the table definition shapes that CloudFormation's `AWS::DynamoDB::Table` and the
 * DynamoDB API (`CreateTable` input, `DescribeTable` output) share: `AttributeDefinitions`,
 * `KeySchema`, indexes with their `Projection`, `ProvisionedThroughput`, `OnDemandThroughput`,
 * `BillingMode`, `TableClass`, `StreamSpecification`.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html
 *
 * Everything DynamoDB would refuse as a design (a key attribute without a definition, an unused
 * definition, an LSI on a table without a sort key, capacity on an on-demand table) is carried
 * into the spec-shaped input unchanged, for lint to report. Only what the spec cannot hold is a
 * problem: words outside DynamoDB's vocabulary, wrong types, a key without a HASH attribute,
 * multi-attribute index keys.
 */
import { ATTRIBUTE_TYPES, type AttributeType } from '../../calculators/attribute-value.js';
import { STREAM_VIEW_TYPES } from '../../calculators/limits.js';
import type { BillingMode, IndexType, Projection, StreamViewType } from '../spec/vocabulary.js';
import type { DraftScope, SpecPath } from './spec-draft.js';
import type { Located, SourceReader } from './source-reader.js';

/** An attribute definition: its name and where its name and type are written. */
export interface DefinedAttribute {
  readonly name: string;
  /** The definition (`AttributeDefinitions[i]`). */
  readonly pointer: string;
  readonly type: AttributeType;
  readonly namePointer: string;
  readonly typePointer: string;
}

/** A key attribute named by a key schema, and where its name is written. */
export interface KeyReference {
  readonly name: string;
  readonly pointer: string;
}

/** The HASH and RANGE attributes of a key schema. */
export interface KeyPair {
  readonly hash: KeyReference;
  readonly range: KeyReference | undefined;
}

/** DynamoDB's billing modes and what the spec calls them. */
export const BILLING_MODE_WORDS: Readonly<Record<string, BillingMode>> = { PROVISIONED: 'provisioned', PAY_PER_REQUEST: 'on-demand' };

/** DynamoDB's table classes and what the spec calls them. */
export const TABLE_CLASS_WORDS: Readonly<Record<string, 'standard' | 'standard-ia'>> = { STANDARD: 'standard', STANDARD_INFREQUENT_ACCESS: 'standard-ia' };

/** DynamoDB's projection types and what the spec calls them. */
export const PROJECTION_WORDS: Readonly<Record<string, Projection>> = { ALL: 'all', KEYS_ONLY: 'keys-only', INCLUDE: 'include' };

/** Every attribute type word. Key attributes must be S, N or B; the others are kept for lint to report (DYNAMODB-RULES.md §6). */
export const ATTRIBUTE_TYPE_WORDS: Readonly<Record<string, AttributeType>> = Object.fromEntries(ATTRIBUTE_TYPES.map((t) => [t, t]));

/** Words people write for a DynamoDB type or mode, and the one DynamoDB takes. */
export const VOCABULARY_HINTS: Readonly<Record<string, string>> = {
  String: 'S',
  Number: 'N',
  Binary: 'B',
  Boolean: 'BOOL',
  List: 'L',
  Map: 'M',
  ON_DEMAND: 'PAY_PER_REQUEST',
  ONDEMAND: 'PAY_PER_REQUEST',
  'on-demand': 'PAY_PER_REQUEST',
  provisioned: 'PROVISIONED',
  STANDARD_IA: 'STANDARD_INFREQUENT_ACCESS',
  PARTITION: 'HASH',
  SORT: 'RANGE',
};

const STREAM_VIEW_WORDS: Readonly<Record<string, StreamViewType>> = Object.fromEntries(STREAM_VIEW_TYPES.map((t) => [t, t]));
const KEY_TYPE_WORDS: Readonly<Record<string, 'HASH' | 'RANGE'>> = { HASH: 'HASH', RANGE: 'RANGE' };

/**
 * Reads `AttributeDefinitions` into the table's `attributes` (declared attributes; lint compares
 * them with the key attributes). A name defined twice is a problem: the spec holds one type per
 * attribute, and DynamoDB refuses the table.
 */
export function readAttributeDefinitions(r: SourceReader, node: Located | undefined, t: DraftScope): Map<string, DefinedAttribute> {
  const defined = new Map<string, DefinedAttribute>();
  for (const item of r.items(node, 'no attribute definitions are imported')) {
    if (r.mapping(item) === undefined) continue;
    const nameNode = r.get(item, 'AttributeName');
    const typeNode = r.get(item, 'AttributeType');
    if (nameNode === undefined) r.problem(item.pointer, 'AttributeName is required');
    if (typeNode === undefined) r.problem(item.pointer, 'AttributeType is required');
    const name = placeholderName(r, nameNode);
    const type = r.choice(typeNode, ATTRIBUTE_TYPE_WORDS, 'the definition is left out', VOCABULARY_HINTS);
    if (name === undefined || type === undefined || nameNode === undefined || typeNode === undefined) continue;
    const first = defined.get(name);
    if (first !== undefined) {
      r.problem(nameNode.pointer, `the attribute ${name} is defined twice; DynamoDB takes one definition per attribute`);
      continue;
    }
    const attribute = { name, type, pointer: item.pointer, namePointer: nameNode.pointer, typePointer: typeNode.pointer };
    defined.set(name, attribute);
    putAttribute(t, attribute);
  }
  if (node !== undefined) t.at(['attributes'], node.pointer);
  return defined;
}

/** Writes a declared attribute, `attributes.<name>: <type>`, located at its definition, with the positions of its name and type. */
export function putAttribute(t: DraftScope, attribute: DefinedAttribute): void {
  t.put(['attributes', attribute.name], attribute.type, attribute.pointer);
  t.at(['attributes', attribute.name, 'type'], attribute.typePointer);
  t.at(['attributes', attribute.name, 'name'], attribute.namePointer);
}

/**
 * Returns a name: its text, or for a name known only at deploy time the short form of the
 * function it is written as (`!Ref KeyName`), so that the same expression names the same
 * attribute wherever it is written.
 */
export function placeholderName(r: SourceReader, node: Located | undefined): string | undefined {
  if (node?.unresolved !== undefined && node.written !== undefined) {
    r.note(node.pointer, `${node.unresolved}; named "${node.written}" in the spec`);
    return node.written;
  }
  const name = r.text(node);
  if (name === '' && node !== undefined) {
    r.problem(node.pointer, 'must not be empty');
    return undefined;
  }
  return name;
}

/**
 * Reads a key schema. A table key and an index key have one HASH attribute and at most one RANGE
 * attribute; an index key with several of either (the multi-attribute keys of 2025) is a problem,
 * as the spec does not model them yet.
 */
export function readKeySchema(r: SourceReader, node: Located | undefined, owner: 'table' | 'index', at: string): KeyPair | undefined {
  if (node === undefined) {
    r.problem(at, 'KeySchema is required');
    return undefined;
  }
  if (node.unresolved !== undefined) {
    r.problem(node.pointer, `the key schema cannot be imported: ${node.unresolved}`);
    return undefined;
  }
  let hash: KeyReference | undefined;
  let range: KeyReference | undefined;
  // An element with a problem of its own may be the HASH attribute: no second message for it.
  let unreadable = false;
  const items = r.items(node);
  for (const item of items) {
    if (r.mapping(item) === undefined) {
      unreadable = true;
      continue;
    }
    const nameNode = r.get(item, 'AttributeName');
    const keyTypeNode = r.get(item, 'KeyType');
    if (nameNode === undefined) r.problem(item.pointer, 'AttributeName is required');
    if (keyTypeNode === undefined) r.problem(item.pointer, 'KeyType is required');
    const name = placeholderName(r, nameNode);
    const keyType = r.choice(keyTypeNode, KEY_TYPE_WORDS, 'left unset', VOCABULARY_HINTS);
    if (name === undefined || keyType === undefined || nameNode === undefined || keyTypeNode === undefined) {
      unreadable = true;
      continue;
    }
    const existing = keyType === 'HASH' ? hash : range;
    if (existing !== undefined) {
      r.problem(
        keyTypeNode.pointer,
        owner === 'index'
          ? `a second ${keyType} attribute: multi-attribute index keys are not supported by ddb-plan yet; give the index one HASH and at most one RANGE attribute`
          : `a second ${keyType} attribute: a table key has one HASH attribute and at most one RANGE attribute`,
      );
      continue;
    }
    const ref = { name, pointer: nameNode.pointer };
    if (keyType === 'HASH') hash = ref;
    else range = ref;
  }
  if (hash === undefined && !unreadable && Array.isArray(node.value)) {
    r.problem(node.pointer, `no HASH attribute: a${owner === 'index' ? 'n index' : ' table'} key needs a partition key (KeyType: HASH)`);
    return undefined;
  }
  return hash === undefined ? undefined : { hash, range };
}

/** Writes a key attribute by name (its type comes from the attribute definitions, as DynamoDB takes it) with the positions of its name and type. */
export function putKey(t: DraftScope, path: SpecPath, key: KeyReference, defined: ReadonlyMap<string, DefinedAttribute>): void {
  t.put(path, key.name, key.pointer);
  t.at([...path, 'name'], key.pointer);
  t.at([...path, 'type'], defined.get(key.name)?.typePointer ?? key.pointer);
}

/** Reads `ProvisionedThroughput` into `capacity`; with `zeroMeansNone`, 0/0 (what DescribeTable shows for on-demand tables) is no capacity. */
export function readProvisionedThroughput(r: SourceReader, node: Located | undefined, t: DraftScope, zeroMeansNone = false): void {
  if (r.mapping(node, 'no provisioned capacity is imported') === undefined || node === undefined) return;
  const read = r.integer(r.get(node, 'ReadCapacityUnits'), { min: 0 });
  const write = r.integer(r.get(node, 'WriteCapacityUnits'), { min: 0 });
  if (zeroMeansNone && (read ?? 0) === 0 && (write ?? 0) === 0) return;
  // Units known only at deploy time leave the capacity unset rather than empty.
  if (read === undefined && write === undefined) return;
  t.at(['capacity'], node.pointer);
  t.put(['capacity', 'read'], read, r.get(node, 'ReadCapacityUnits')?.pointer ?? node.pointer);
  t.put(['capacity', 'write'], write, r.get(node, 'WriteCapacityUnits')?.pointer ?? node.pointer);
}

/**
 * Writes an on-demand maximum (`maxThroughput`), read or write. DynamoDB writes -1 for "no
 * maximum", which is what leaving it out means.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_OnDemandThroughput.html
 */
export function putMaxThroughput(r: SourceReader, node: Located | undefined, t: DraftScope, direction: 'read' | 'write'): void {
  const units = r.integer(node, { min: -1 });
  if (units === undefined || units === -1 || node === undefined) return;
  if (units === 0) {
    r.problem(node.pointer, 'expected -1 (no maximum) or at least 1 request unit per second, got 0');
    return;
  }
  t.put(['maxThroughput', direction], units, node.pointer);
}

/** Reads `OnDemandThroughput` (`MaxReadRequestUnits`, `MaxWriteRequestUnits`) into `maxThroughput`. */
export function readOnDemandThroughput(r: SourceReader, node: Located | undefined, t: DraftScope): void {
  if (r.mapping(node, 'no on-demand maximum is imported') === undefined || node === undefined) return;
  putMaxThroughput(r, r.get(node, 'MaxReadRequestUnits'), t, 'read');
  putMaxThroughput(r, r.get(node, 'MaxWriteRequestUnits'), t, 'write');
  if (t.get(['maxThroughput']) !== undefined) t.at(['maxThroughput'], node.pointer);
}

/** Reads an index's `Projection` into `projection` and `include`. */
export function readProjection(r: SourceReader, node: Located | undefined, t: DraftScope): void {
  if (r.mapping(node, 'the projection is left at its default, ALL') === undefined || node === undefined) return;
  const typeNode = r.get(node, 'ProjectionType');
  t.put(['projection'], r.choice(typeNode, PROJECTION_WORDS, 'the projection is left at its default, ALL'), typeNode?.pointer ?? node.pointer);
  const attributesNode = r.get(node, 'NonKeyAttributes');
  if (attributesNode === undefined) return;
  const names = r.items(attributesNode, 'no projected attributes are imported').flatMap((item, i) => {
    const name = placeholderName(r, item);
    if (name === undefined) return [];
    t.at(['include', i], item.pointer);
    return [name];
  });
  t.put(['include'], names, attributesNode.pointer);
}

/** What an index reader needs from its table. */
export interface IndexContext {
  readonly defined: ReadonlyMap<string, DefinedAttribute>;
  /** describe-table output: 0/0 throughput means none. */
  readonly zeroThroughputMeansNone?: boolean;
}

/**
 * Reads one secondary index (GSI or LSI) into `indexes[i]`: name, keys, projection, and for a GSI
 * its provisioned capacity and on-demand maximum. Returns the index name.
 */
export function readIndex(r: SourceReader, node: Located, t: DraftScope, type: IndexType, ctx: IndexContext): string | undefined {
  if (r.mapping(node) === undefined) return undefined;
  t.at([], node.pointer);
  const nameNode = r.get(node, 'IndexName');
  if (nameNode === undefined) r.problem(node.pointer, 'IndexName is required');
  const name = placeholderName(r, nameNode);
  t.put(['name'], name, nameNode?.pointer ?? node.pointer);
  if (type === 'local') t.put(['type'], 'local', node.pointer);
  const keys = readKeySchema(r, r.get(node, 'KeySchema'), 'index', node.pointer);
  if (keys?.hash) putKey(t, ['partitionKey'], keys.hash, ctx.defined);
  if (keys?.range) putKey(t, ['sortKey'], keys.range, ctx.defined);
  readProjection(r, r.get(node, 'Projection'), t);
  if (type === 'global') {
    readProvisionedThroughput(r, r.get(node, 'ProvisionedThroughput'), t, ctx.zeroThroughputMeansNone);
    readOnDemandThroughput(r, r.get(node, 'OnDemandThroughput'), t);
  }
  return name;
}

/** Reads `GlobalSecondaryIndexes` and `LocalSecondaryIndexes` (GSIs first, as DynamoDB lists them) into `indexes`. Returns the index names in order. */
export function readIndexes(r: SourceReader, props: Located, t: DraftScope, ctx: IndexContext): string[] {
  const names: string[] = [];
  const lists: Array<[string, IndexType]> = [
    ['GlobalSecondaryIndexes', 'global'],
    ['LocalSecondaryIndexes', 'local'],
  ];
  for (const [property, type] of lists) {
    for (const item of r.items(r.get(props, property), 'no indexes are imported from it')) {
      const i = names.length;
      names.push(readIndex(r, item, t.scope(['indexes', i]), type, ctx) ?? '');
    }
  }
  if (names.length > 0) t.at(['indexes'], r.get(props, 'GlobalSecondaryIndexes')?.pointer ?? r.get(props, 'LocalSecondaryIndexes')?.pointer ?? props.pointer);
  return names;
}

/**
 * Reads `StreamSpecification` into `stream`. CloudFormation enables a stream by the presence of
 * the property; the API by `StreamEnabled`. A stream without a view type is kept without one, for
 * lint to report.
 */
export function readStream(r: SourceReader, node: Located | undefined, t: DraftScope, hasEnabledFlag: boolean): void {
  if (r.mapping(node, 'no stream is imported') === undefined || node === undefined) return;
  if (hasEnabledFlag) {
    const enabledNode = r.get(node, 'StreamEnabled');
    const enabled = r.boolean(enabledNode);
    if (enabled === false) return;
  }
  const viewNode = r.get(node, 'StreamViewType');
  const view = r.choice(viewNode, STREAM_VIEW_WORDS, 'the stream is imported without a view type');
  if (view === undefined) {
    t.put(['stream'], {}, node.pointer);
    return;
  }
  t.put(['stream'], view, viewNode?.pointer ?? node.pointer);
  t.at(['stream', 'viewType'], viewNode?.pointer ?? node.pointer);
}

/** Reads `TableClass` into `tableClass`. */
export function readTableClass(r: SourceReader, node: Located | undefined, t: DraftScope): void {
  t.put(['tableClass'], r.choice(node, TABLE_CLASS_WORDS, 'left unset', VOCABULARY_HINTS), node?.pointer ?? '');
}

/**
 * Reads the parts of a table definition the API and CloudFormation share, under `props`:
 * attribute definitions, key schema, billing mode (PROVISIONED when not written, as both
 * default), provisioned throughput, on-demand maximum, indexes, stream, table class and deletion
 * protection. Returns the attribute definitions.
 */
export function readTableDefinition(
  r: SourceReader,
  props: Located,
  t: DraftScope,
  options: { readonly zeroThroughputMeansNone?: boolean; readonly streamEnabledFlag?: boolean; readonly billing?: Located } = {},
): Map<string, DefinedAttribute> {
  const defined = readAttributeDefinitions(r, r.get(props, 'AttributeDefinitions'), t);
  const keys = readKeySchema(r, r.get(props, 'KeySchema'), 'table', props.pointer);
  if (keys?.hash) putKey(t, ['partitionKey'], keys.hash, defined);
  if (keys?.range) putKey(t, ['sortKey'], keys.range, defined);
  const billingNode = options.billing ?? r.get(props, 'BillingMode');
  const billing = r.choice(billingNode, BILLING_MODE_WORDS, 'billed as PROVISIONED, the default', VOCABULARY_HINTS);
  // PROVISIONED is the default of CreateTable and AWS::DynamoDB::Table alike.
  t.put(['billing'], billing ?? 'provisioned', billingNode?.pointer ?? props.pointer);
  readProvisionedThroughput(r, r.get(props, 'ProvisionedThroughput'), t, options.zeroThroughputMeansNone);
  readOnDemandThroughput(r, r.get(props, 'OnDemandThroughput'), t);
  readIndexes(r, props, t, { defined, ...(options.zeroThroughputMeansNone ? { zeroThroughputMeansNone: true } : {}) });
  readStream(r, r.get(props, 'StreamSpecification'), t, options.streamEnabledFlag ?? false);
  const classNode = r.get(props, 'TableClass');
  if (classNode !== undefined) readTableClass(r, classNode, t);
  const protection = r.get(props, 'DeletionProtectionEnabled');
  t.put(['deletionProtection'], r.boolean(protection), protection?.pointer ?? props.pointer);
  return defined;
}
