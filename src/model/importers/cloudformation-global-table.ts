/**
 * `AWS::DynamoDB::GlobalTable` resources to spec tables with replicas.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-globaltable.html
 *
 * A global table writes write settings once (`WriteProvisionedThroughputSettings`, which is always
 * auto scaled, or `WriteOnDemandThroughputSettings`) and read settings, point-in-time recovery,
 * deletion protection and table class per replica. The spec holds one value of each per table, so:
 * read settings come from the first replica that gives them (a note says when other replicas
 * differ); point-in-time recovery and deletion protection are on only when every replica turns
 * them on (located at the first that does not; left unset when no replica mentions them); the
 * table class is the table's when every replica gives the same, else each replica keeps its own.
 */
import { childPointer } from '../source/source-map.js';
import { putAutoscalingPolicy } from './autoscaling-policy.js';
import { indexNames, readTableResource, type ImportedTable, type TableResource } from './cloudformation-table.js';
import type { DraftScope, SpecPath } from './spec-draft.js';
import type { Located, SourceReader } from './source-reader.js';
import { putMaxThroughput, readTableClass, TABLE_CLASS_WORDS } from './table-definition.js';
import { intrinsicName } from './template-intrinsics.js';

/**
 * Region assumed for a replica in the stack's own region (`Region: !Ref AWS::Region`), known only
 * at deploy time: ddb-plan's prices are those of us-east-1, and the replica must still count as a
 * region that receives replicated writes.
 */
export const STACK_REGION_ASSUMED = 'us-east-1';

/**
 * Writes a capacity auto scaling setting (`CapacityAutoScalingSettings`) as the policy of one
 * direction, and the capacity the table starts from — `SeedCapacity`, else `MinCapacity` — as its
 * provisioned capacity, since a global table's auto scaled capacity has no fixed value.
 */
function putCapacityAutoScaling(r: SourceReader, node: Located | undefined, t: DraftScope, direction: 'read' | 'write'): void {
  const settings = r.mapping(node, 'no auto scaling is imported');
  if (settings === undefined) return;
  const policy = r.mapping(r.get(settings, 'TargetTrackingScalingPolicyConfiguration'));
  const minNode = r.get(settings, 'MinCapacity');
  const min = putAutoscalingPolicy(r, t, ['autoscaling', direction], { owner: settings, min: minNode, max: r.get(settings, 'MaxCapacity'), target: r.get(policy, 'TargetValue') });
  const seedNode = r.get(settings, 'SeedCapacity');
  const seed = r.integer(seedNode, { min: 1 });
  if (seed !== undefined && seedNode !== undefined) t.put(['capacity', direction], seed, seedNode.pointer);
  else if (min !== undefined && minNode !== undefined) t.put(['capacity', direction], min, minNode.pointer);
}

/** Writes `Write…ThroughputSettings` or `Read…ThroughputSettings` of a table or an index. */
function putThroughputSettings(r: SourceReader, owner: Located, t: DraftScope, direction: 'read' | 'write'): void {
  const prefix = direction === 'read' ? 'Read' : 'Write';
  const provisioned = r.mapping(r.get(owner, `${prefix}ProvisionedThroughputSettings`));
  if (provisioned !== undefined) {
    const fixed = r.get(provisioned, 'ReadCapacityUnits');
    if (direction === 'read' && fixed !== undefined) t.put(['capacity', 'read'], r.integer(fixed, { min: 0 }), fixed.pointer);
    putCapacityAutoScaling(r, r.get(provisioned, `${prefix}CapacityAutoScalingSettings`), t, direction);
  }
  const onDemand = r.mapping(r.get(owner, `${prefix}OnDemandThroughputSettings`));
  if (onDemand !== undefined) putMaxThroughput(r, r.get(onDemand, `Max${prefix}RequestUnits`), t, direction);
}

/** Returns the replica whose setting applies, noting when later replicas set it differently. */
function firstSetting(r: SourceReader, replicas: readonly Located[], pick: (replica: Located) => Located | undefined, what: string): Located | undefined {
  const found = replicas.map(pick).filter((x): x is Located => x !== undefined);
  const first = found[0];
  if (first === undefined) return undefined;
  const differs = found.slice(1).find((x) => JSON.stringify(x.value) !== JSON.stringify(first.value));
  if (differs !== undefined) r.note(differs.pointer, `replicas differ in ${what}; the spec holds one value per table, the first replica's`);
  return first;
}

/** Writes a per-replica boolean as the table's: on only when every replica turns it on (a replica that leaves it out has it off); unset when none mentions it. */
function putAllReplicas(r: SourceReader, replicas: readonly Located[], pick: (replica: Located) => Located | undefined, t: DraftScope, field: string): void {
  const settings = replicas.map((replica) => ({ replica, node: pick(replica) }));
  const given = settings.filter((s) => s.node !== undefined);
  if (given.length === 0) return;
  const values = settings.map((s) => (s.node === undefined ? undefined : r.boolean(s.node)));
  const off = settings.find((_, i) => values[i] !== true);
  if (off === undefined) t.put([field], true, (given[0]?.node as Located).pointer);
  else t.put([field], false, off.node?.pointer ?? off.replica.pointer);
}

/** Reads `Replicas` into `replicas` and the per-replica settings the table holds once. */
function readReplicas(r: SourceReader, props: Located, t: DraftScope, indexes: readonly string[]): void {
  const list = r.get(props, 'Replicas');
  if (list === undefined) r.problem(props.pointer, 'Replicas is required: a global table lists every region it lives in');
  const replicas = r.items(list, 'no replicas are imported').filter((x) => r.mapping(x) !== undefined);
  const classes = replicas.map((x) => {
    const node = r.get(x, 'TableClass');
    return node === undefined ? undefined : r.choice(node, TABLE_CLASS_WORDS);
  });
  const sameClass = classes.length > 0 && classes.every((c) => c !== undefined && c === classes[0]);
  if (sameClass) readTableClass(r, r.get(replicas[0], 'TableClass'), t);
  let n = 0;
  for (const [i, replica] of replicas.entries()) {
    const regionNode = r.get(replica, 'Region');
    if (regionNode === undefined) r.problem(replica.pointer, 'Region is required');
    const raw = (replica.value as Record<string, unknown>).Region;
    let region: string | undefined;
    if (intrinsicName(raw) === 'Ref' && (raw as { Ref: unknown }).Ref === 'AWS::Region') {
      region = STACK_REGION_ASSUMED;
      r.note(childPointer(replica.pointer, 'Region'), `the stack's region is known only when the stack is deployed; the replica is taken to be in ${STACK_REGION_ASSUMED}, the region of ddb-plan's prices`);
    } else {
      region = r.text(regionNode, 'the replica is left out');
    }
    if (region === undefined || regionNode === undefined) continue;
    const at: SpecPath = ['replicas', n++];
    const cls = classes[i];
    if (!sameClass && cls !== undefined) {
      t.put([...at, 'region'], region, regionNode.pointer);
      t.put([...at, 'tableClass'], cls, r.get(replica, 'TableClass')?.pointer ?? replica.pointer);
      t.at(at, replica.pointer);
    } else {
      t.put(at, region, replica.pointer);
      t.at([...at, 'region'], regionNode.pointer);
    }
  }
  if (list !== undefined) t.at(['replicas'], list.pointer);
  // Reads are provisioned per replica; the spec's table holds the first replica's settings.
  const readOwner = firstSetting(r, replicas, (x) => r.get(x, 'ReadProvisionedThroughputSettings') ?? r.get(x, 'ReadOnDemandThroughputSettings'), 'read settings');
  const owner = replicas.find((x) => readOwner !== undefined && readOwner.pointer.startsWith(`${x.pointer}/`));
  if (owner !== undefined) putThroughputSettings(r, owner, t, 'read');
  indexes.forEach((name, j) => {
    const pick = (x: Located): Located | undefined => r.items(r.get(x, 'GlobalSecondaryIndexes')).find((g) => r.mapping(g) !== undefined && r.text(r.get(g, 'IndexName')) === name);
    const first = firstSetting(r, replicas, pick, `the read settings of the index ${name}`);
    if (first !== undefined) putThroughputSettings(r, first, t.scope(['indexes', j]), 'read');
  });
  putAllReplicas(r, replicas, (x) => r.get(r.mapping(r.get(x, 'PointInTimeRecoverySpecification')), 'PointInTimeRecoveryEnabled'), t, 'pointInTimeRecovery');
  putAllReplicas(r, replicas, (x) => r.get(x, 'DeletionProtectionEnabled'), t, 'deletionProtection');
}

/** Imports an `AWS::DynamoDB::GlobalTable` (billed PROVISIONED unless said otherwise, as CloudFormation defaults). */
export function importGlobalTable(r: SourceReader, resource: TableResource): ImportedTable {
  const { props, name } = readTableResource(r, resource);
  const t = resource.scope;
  putThroughputSettings(r, props, t, 'write');
  const names = indexNames(t);
  r.items(r.get(props, 'GlobalSecondaryIndexes')).forEach((g, j) => {
    if (r.mapping(g) !== undefined) putThroughputSettings(r, g, t.scope(['indexes', j]), 'write');
  });
  readReplicas(r, props, t, names);
  return { logicalId: resource.logicalId, name, indexNames: names, scope: t };
}
