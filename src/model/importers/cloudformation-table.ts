/**
 * `AWS::DynamoDB::Table` and `AWS::Serverless::SimpleTable` resources to spec tables.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-simpletable.html
 */
import { childPointer } from '../source/source-map.js';
import type { DraftScope } from './spec-draft.js';
import type { Located, SourceReader } from './source-reader.js';
import { putAttribute, putKey, readProvisionedThroughput, readTableDefinition } from './table-definition.js';

/** A table resource of a template: its logical ID, resource node and the scope its spec table is written in. */
export interface TableResource {
  readonly logicalId: string;
  readonly type: string;
  /** The resource (`/Resources/<logicalId>`). */
  readonly node: Located;
  readonly scope: DraftScope;
}

/** What the auto scaling reader needs to know of an imported table. */
export interface ImportedTable {
  readonly logicalId: string;
  /** The table name as imported (resolved, or the logical ID). */
  readonly name: string;
  readonly indexNames: readonly string[];
  readonly scope: DraftScope;
}

/** Returns the resource's `Properties` (an empty mapping when it has none). */
export function properties(r: SourceReader, resource: TableResource): Located {
  return r.mapping(r.get(resource.node, 'Properties')) ?? { value: {}, pointer: childPointer(resource.node.pointer, 'Properties') };
}

/**
 * Writes the table name: `TableName` as resolved, or — when the template leaves the name to
 * CloudFormation (which names the table `<stack>-<logical ID>-<random>`) or computes it at deploy
 * time — the logical ID, with a note.
 */
export function putTableName(r: SourceReader, resource: TableResource, props: Located): string {
  const node = r.get(props, 'TableName');
  if (node === undefined) {
    r.note(resource.node.pointer, `no TableName: CloudFormation names the table when it creates it; the spec names it ${resource.logicalId}, after its logical ID`);
  }
  const name = r.text(node, `the spec names the table ${resource.logicalId}, after its logical ID`) ?? resource.logicalId;
  if (name === '' && node !== undefined) r.problem(node.pointer, 'must not be empty');
  resource.scope.put(['name'], name, node !== undefined && node.unresolved === undefined ? node.pointer : resource.node.pointer);
  resource.scope.at([], resource.node.pointer);
  return name;
}

/** Reads `TimeToLiveSpecification` into `ttl`: the attribute, and `enabled` as written. */
export function readTimeToLive(r: SourceReader, node: Located | undefined, t: DraftScope): void {
  if (r.mapping(node, 'no time to live is imported') === undefined || node === undefined) return;
  const nameNode = r.get(node, 'AttributeName');
  const enabledNode = r.get(node, 'Enabled');
  const attribute = r.text(nameNode, 'no time to live is imported');
  const enabled = r.boolean(enabledNode);
  if (attribute === undefined) {
    if (nameNode === undefined && enabled !== false) r.problem(node.pointer, 'AttributeName is required when time to live is enabled');
    return;
  }
  if (attribute === '') {
    r.problem(nameNode?.pointer ?? node.pointer, 'must not be empty');
    return;
  }
  t.at(['ttl'], node.pointer);
  t.put(['ttl', 'attribute'], attribute, nameNode?.pointer ?? node.pointer);
  t.put(['ttl', 'enabled'], enabled, enabledNode?.pointer ?? node.pointer);
}

/** Reads `PointInTimeRecoverySpecification` into `pointInTimeRecovery`. */
export function readPointInTimeRecovery(r: SourceReader, node: Located | undefined, t: DraftScope): void {
  if (r.mapping(node) === undefined || node === undefined) return;
  const enabledNode = r.get(node, 'PointInTimeRecoveryEnabled');
  t.put(['pointInTimeRecovery'], r.boolean(enabledNode), enabledNode?.pointer ?? node.pointer);
}

/**
 * Reads what `AWS::DynamoDB::Table` and `AWS::DynamoDB::GlobalTable` share: the name, the table
 * definition and time to live. Returns the properties and the table name.
 */
export function readTableResource(r: SourceReader, resource: TableResource): { readonly props: Located; readonly name: string } {
  const props = properties(r, resource);
  const name = putTableName(r, resource, props);
  readTableDefinition(r, props, resource.scope);
  readTimeToLive(r, r.get(props, 'TimeToLiveSpecification'), resource.scope);
  return { props, name };
}

/** Imports an `AWS::DynamoDB::Table`. */
export function importTableResource(r: SourceReader, resource: TableResource): ImportedTable {
  const { props, name } = readTableResource(r, resource);
  readPointInTimeRecovery(r, r.get(props, 'PointInTimeRecoverySpecification'), resource.scope);
  return { logicalId: resource.logicalId, name, indexNames: indexNames(resource.scope), scope: resource.scope };
}

/** Returns the names of the indexes written to a table scope, in order. */
export function indexNames(t: DraftScope): string[] {
  const indexes = t.get(['indexes']);
  return Array.isArray(indexes) ? indexes.map((x) => String((x as { name?: unknown }).name ?? '')) : [];
}

const SAM_KEY_TYPES: Readonly<Record<string, 'S' | 'N' | 'B'>> = { String: 'S', Number: 'N', Binary: 'B' };

/**
 * Imports an `AWS::Serverless::SimpleTable` as SAM expands it: a partition key only (`PrimaryKey`
 * `{ Name, Type }` with Type String, Number or Binary; a String `id` when not given), billed
 * PAY_PER_REQUEST unless `ProvisionedThroughput` is given.
 */
export function importSimpleTable(r: SourceReader, resource: TableResource): ImportedTable {
  const props = properties(r, resource);
  const t = resource.scope;
  const name = putTableName(r, resource, props);
  const keyNode = r.mapping(r.get(props, 'PrimaryKey'), 'the key is taken as SAM\'s default, a String "id"');
  if (keyNode === undefined) {
    t.put(['attributes', 'id'], 'S', resource.node.pointer);
    putKey(t, ['partitionKey'], { name: 'id', pointer: resource.node.pointer }, new Map());
  } else {
    const nameNode = r.get(keyNode, 'Name');
    const typeNode = r.get(keyNode, 'Type');
    if (nameNode === undefined) r.problem(keyNode.pointer, 'PrimaryKey needs Name');
    if (typeNode === undefined) r.problem(keyNode.pointer, 'PrimaryKey needs Type');
    const key = r.text(nameNode);
    const type = r.choice(typeNode, SAM_KEY_TYPES);
    if (key !== undefined && type !== undefined && nameNode !== undefined && typeNode !== undefined) {
      // SAM writes the attribute definition from PrimaryKey.
      const attribute = { name: key, type, pointer: keyNode.pointer, namePointer: nameNode.pointer, typePointer: typeNode.pointer };
      putAttribute(t, attribute);
      putKey(t, ['partitionKey'], { name: key, pointer: nameNode.pointer }, new Map([[key, attribute]]));
    }
  }
  const throughput = r.get(props, 'ProvisionedThroughput');
  readProvisionedThroughput(r, throughput, t);
  t.put(['billing'], throughput === undefined ? 'on-demand' : 'provisioned', throughput?.pointer ?? resource.node.pointer);
  readPointInTimeRecovery(r, r.get(props, 'PointInTimeRecoverySpecification'), t);
  return { logicalId: resource.logicalId, name, indexNames: [], scope: t };
}
