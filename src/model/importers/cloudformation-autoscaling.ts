/**
 * Application Auto Scaling resources of a template, attached to the tables and indexes they scale.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-applicationautoscaling-scalabletarget.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-applicationautoscaling-scalingpolicy.html
 *
 * A `ScalableTarget` in the `dynamodb` namespace names what it scales by `ResourceId`
 * (`table/<name>` or `table/<name>/index/<index>`, usually written `!Sub table/${OrdersTable}`)
 * and `ScalableDimension` (`dynamodb:table:ReadCapacityUnits`, `dynamodb:index:WriteCapacityUnits`,
 * …), with `MinCapacity` and `MaxCapacity`. A target-tracking `ScalingPolicy` refers to the target
 * (`ScalingTargetId: !Ref ReadTarget`, or the same three properties) and gives `TargetValue` in
 * percent. A target matches a table when its resource ID names the table's resource (`Ref`) or
 * the table's name; one without a policy keeps the spec's default target, with a note.
 */
import { childPointer } from '../source/source-map.js';
import { putAutoscalingPolicy } from './autoscaling-policy.js';
import type { ImportedTable } from './cloudformation-table.js';
import { isRecord } from './is-record.js';
import type { SpecPath } from './spec-draft.js';
import type { Located, SourceReader } from './source-reader.js';
import { intrinsicName, type IntrinsicResolver } from './template-intrinsics.js';

const SCALABLE_TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';
const SCALING_POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';

/** What `Ref` to a resource evaluates to while matching resource IDs: a marker no real name contains. */
function marker(logicalId: string): string {
  return `\uE000${logicalId}\uE000`;
}

interface Scaled {
  readonly table: ImportedTable;
  readonly index: number | undefined;
  readonly direction: 'read' | 'write';
}

interface Resource {
  readonly logicalId: string;
  readonly node: Located;
  readonly props: Located;
}

/** Finds what a resource's ServiceNamespace, ResourceId and ScalableDimension scale, noting why when it is none of the imported tables. */
function scaledBy(r: SourceReader, resolver: IntrinsicResolver, res: Resource, tables: readonly ImportedTable[]): Scaled | undefined {
  const namespace = r.text(r.get(res.props, 'ServiceNamespace'));
  if (namespace !== 'dynamodb') return undefined;
  const dimensionNode = r.get(res.props, 'ScalableDimension');
  const dimension = r.text(dimensionNode);
  const m = dimension === undefined ? null : /^dynamodb:(table|index):(Read|Write)CapacityUnits$/.exec(dimension);
  if (!m || dimensionNode === undefined) {
    if (dimension !== undefined) r.note(dimensionNode?.pointer ?? res.node.pointer, `${dimension} is not a dimension ddb-plan imports (dynamodb:table|index:Read|WriteCapacityUnits); ignored`);
    return undefined;
  }
  const idPointer = childPointer(res.props.pointer, 'ResourceId');
  const raw = (res.props.value as Record<string, unknown>).ResourceId;
  const evaluated = resolver.evaluateDeep(raw, idPointer, { resourceRef: marker });
  if (evaluated.kind !== 'value' || typeof evaluated.value !== 'string') {
    r.note(idPointer, `${evaluated.kind === 'unresolved' ? evaluated.reason : 'no resource ID'}; ${res.logicalId} is not attached to a table`);
    return undefined;
  }
  const id = /^table\/(.+?)(?:\/index\/(.+))?$/.exec(evaluated.value);
  const table = id ? tables.find((t) => id[1] === marker(t.logicalId) || id[1] === t.name) : undefined;
  const shown = evaluated.value.replace(/\uE000([^\uE000]*)\uE000/g, '<$1>');
  if (!id || table === undefined) {
    r.note(idPointer, `${shown} is not a table of this template; ${res.logicalId} is not imported`);
    return undefined;
  }
  const onIndex = m[1] === 'index';
  if (onIndex !== (id[2] !== undefined)) {
    r.note(dimensionNode.pointer, `${dimension} does not match the resource ID ${shown}; ${res.logicalId} is not imported`);
    return undefined;
  }
  const index = id[2] === undefined ? undefined : table.indexNames.indexOf(id[2]);
  if (index === -1) {
    r.note(idPointer, `the table ${table.name} has no index ${id[2]}; ${res.logicalId} is not imported`);
    return undefined;
  }
  return { table, index, direction: m[2] === 'Read' ? 'read' : 'write' };
}

/** Returns the resources of a template of one type. */
function resourcesOfType(r: SourceReader, resources: Located, type: string): Resource[] {
  return Object.keys(resources.value as Record<string, unknown>).flatMap((logicalId) => {
    const node = r.get(resources, logicalId);
    if (node === undefined || !isRecord(node.value) || node.value.Type !== type) return [];
    const props = r.mapping(r.get(node, 'Properties'));
    return props === undefined ? [] : [{ logicalId, node, props }];
  });
}

/**
 * Attaches the template's DynamoDB scalable targets and their target-tracking policies to the
 * imported tables and indexes as `autoscaling.read` / `autoscaling.write`.
 */
export function attachAutoScaling(r: SourceReader, resolver: IntrinsicResolver, resources: Located, tables: readonly ImportedTable[]): void {
  const policies = resourcesOfType(r, resources, SCALING_POLICY);
  const attached = new Map<string, string>();
  for (const target of resourcesOfType(r, resources, SCALABLE_TARGET)) {
    const scaled = scaledBy(r, resolver, target, tables);
    if (scaled === undefined) continue;
    const path: SpecPath = scaled.index === undefined ? ['autoscaling', scaled.direction] : ['indexes', scaled.index, 'autoscaling', scaled.direction];
    const key = JSON.stringify([scaled.table.logicalId, path]);
    const earlier = attached.get(key);
    if (earlier !== undefined) {
      r.note(target.node.pointer, `${earlier} already scales this capacity; ${target.logicalId} is ignored`);
      continue;
    }
    attached.set(key, target.logicalId);
    const policy = policies.find((p) => refersTo(r, resolver, p, target, tables, scaled));
    const config = r.mapping(r.get(policy?.props, 'TargetTrackingScalingPolicyConfiguration'));
    if (policy === undefined || config === undefined) {
      r.note(target.node.pointer, 'no target-tracking ScalingPolicy refers to this scalable target; the default target utilization, 70 %, is assumed');
    }
    putAutoscalingPolicy(r, scaled.table.scope, path, { owner: target.node, min: r.get(target.props, 'MinCapacity'), max: r.get(target.props, 'MaxCapacity'), target: r.get(config, 'TargetValue') });
  }
}

/** True when a scaling policy is a target-tracking policy of the target (by `ScalingTargetId: !Ref`, or by naming the same resource and dimension). */
function refersTo(r: SourceReader, resolver: IntrinsicResolver, policy: Resource, target: Resource, tables: readonly ImportedTable[], scaled: Scaled): boolean {
  const props = policy.props.value as Record<string, unknown>;
  if (props.PolicyType !== 'TargetTrackingScaling') return false;
  const id = props.ScalingTargetId;
  if (intrinsicName(id) === 'Ref') return (id as { Ref: unknown }).Ref === target.logicalId;
  if (id !== undefined) return false;
  const own = scaledBy(r, resolver, policy, tables);
  return own !== undefined && own.table === scaled.table && own.index === scaled.index && own.direction === scaled.direction;
}
