import type { Fraction } from '../../calculators/fraction.js';
import { formatSize } from '../../calculators/size.js';
import { KB } from '../../calculators/limits.js';
import { exactDecimal, exactJsNumber } from '../common/exact-decimal.js';
import type { KeyPopularity, KeyPopularityInput } from '../common/key-popularity.js';
import type { ModelNode } from './model-node.js';
import type { SpecInput, TableInput } from './spec-schema.js';
import type {
  AccessPatternModel,
  AttributeModel,
  AutoscalingModel,
  AutoscalingPolicyModel,
  CapacityModel,
  IndexModel,
  KeyAttributeModel,
  LoadProfileModel,
  SpecModel,
  TableModel,
} from './spec-model.js';

/** Which values `specToInput` writes. */
export interface SpecToInputOptions {
  /**
   * `omit` (default): only what the input wrote, in the short forms where there are some, so an
   * imported template becomes the spec a person would write. `include`: every value, defaults
   * included, so the output states everything the model assumed.
   */
  readonly defaults?: 'omit' | 'include';
}

type Input<T> = Record<string, unknown> & Partial<T>;

/**
 * Returns the spec (as a plain value of the spec format) that normalizes back to the same model:
 * `specFromInput(specToInput(m))` has the same values as `m`. Used by `ddb-plan import` to write
 * the spec of a template, and to show a model's assumptions.
 */
export function specToInput(model: SpecModel, options: SpecToInputOptions = {}): SpecInput {
  const w = new Writer(options.defaults === 'include');
  const lintRules = Object.fromEntries(
    model.lint.rules.map((r) => {
      const options = w.keep(r, 'options') ? r.options : undefined;
      return [r.ruleId, options === undefined && r.severity !== undefined ? r.severity : compact({ severity: r.severity, options: options && { ...options } })];
    }),
  );
  const plan = compact({
    targetUtilization: w.keep(model.plan, 'targetUtilization') ? share(model.plan.targetUtilization) : undefined,
    freeTier: w.keep(model.plan, 'freeTier') ? model.plan.freeTier : undefined,
  });
  return compact({
    version: model.version,
    description: model.description,
    tables: model.tables.map((t) => w.table(t)),
    lint: w.keep(model.lint, 'rules') ? { rules: lintRules } : undefined,
    plan: Object.keys(plan).length > 0 ? plan : undefined,
  }) as SpecInput;
}

class Writer {
  constructor(private readonly all: boolean) {}

  /** True when a field is to be written: always with `include`, else when the input wrote it. */
  keep<T extends ModelNode>(node: T, field: keyof T & string): boolean {
    return this.all || !node.defaulted.includes(field);
  }

  /** Returns a field's value when it is to be written (see `keep`), else undefined. */
  kept<T extends ModelNode, F extends keyof T & string>(node: T, field: F): T[F] | undefined {
    return this.keep(node, field) ? node[field] : undefined;
  }

  table(t: TableModel): TableInput {
    const declared = t.attributes.filter((a) => a.declared);
    return compact({
      name: t.name,
      description: t.description,
      billing: this.kept(t, 'billing'),
      capacity: t.capacity && units(t.capacity),
      autoscaling: t.autoscaling && this.autoscaling(t.autoscaling),
      maxThroughput: t.maxThroughput && units(t.maxThroughput),
      tableClass: this.kept(t, 'tableClass'),
      partitionKey: this.key(t.partitionKey),
      sortKey: t.sortKey && this.key(t.sortKey),
      attributes: declared.length > 0 ? Object.fromEntries(declared.map((a) => [a.name, this.attribute(a)])) : undefined,
      itemBytes: this.keep(t, 'itemBytes') ? size(t.itemBytes) : undefined,
      itemCount: t.itemCount,
      maxItemsPerPartitionKey: t.maxItemsPerPartitionKey,
      ttl: t.ttl && (this.keep(t.ttl, 'enabled') ? { attribute: t.ttl.attribute, enabled: t.ttl.enabled } : t.ttl.attribute),
      stream:
        t.stream &&
        (this.keep(t.stream, 'readRequestsPerSecond') || t.stream.viewType === undefined
          ? compact({ viewType: t.stream.viewType, readRequests: this.keep(t.stream, 'readRequestsPerSecond') ? formatRate(t.stream.readRequestsPerSecond) : undefined })
          : t.stream.viewType),
      pointInTimeRecovery: this.kept(t, 'pointInTimeRecovery'),
      deletionProtection: this.kept(t, 'deletionProtection'),
      replicas: this.keep(t, 'replicas') ? t.replicas.map((r) => (this.keep(r, 'tableClass') ? { region: r.region, tableClass: r.tableClass } : r.region)) : undefined,
      loadProfile: t.loadProfile && profile(t.loadProfile),
      indexes: this.keep(t, 'indexes') ? t.indexes.map((x) => this.index(x)) : undefined,
      accessPatterns: this.keep(t, 'accessPatterns') ? t.accessPatterns.map((p) => this.pattern(p)) : undefined,
    }) as TableInput;
  }

  key(key: KeyAttributeModel): Input<{ name: string }> | string {
    const type = this.kept(key, 'type');
    const sharding = key.sharding && compact({ count: key.sharding.count, suffix: this.kept(key.sharding, 'suffix') });
    return type === undefined && sharding === undefined ? key.name : compact({ name: key.name, type, sharding });
  }

  attribute(a: AttributeModel): unknown {
    // A size the example gives is written as the example (with everything included, also as bytes).
    const bytes = this.all || a.valueBytesFrom === 'bytes' ? size(a.valueBytes) : undefined;
    if (bytes === undefined && a.example === undefined && a.cardinality === undefined && a.description === undefined) return a.type;
    return compact({ type: a.type, bytes, example: a.example, cardinality: a.cardinality, description: a.description });
  }

  autoscaling(a: AutoscalingModel): unknown {
    const policy = (p: AutoscalingPolicyModel | undefined): unknown => p && compact({ min: p.min, max: p.max, target: this.keep(p, 'target') ? share(p.target) : undefined });
    // One policy written for both directions is the same node twice.
    if (a.read !== undefined && a.read === a.write) return policy(a.read);
    return compact({ read: policy(a.read), write: policy(a.write) });
  }

  index(x: IndexModel): unknown {
    return compact({
      name: x.name,
      type: this.kept(x, 'type'),
      description: x.description,
      partitionKey: this.keep(x, 'partitionKey') ? this.key(x.partitionKey) : undefined,
      sortKey: x.sortKey && this.key(x.sortKey),
      projection: this.kept(x, 'projection'),
      include: this.keep(x, 'include') ? [...x.include] : undefined,
      itemBytes: this.keep(x, 'itemBytes') ? size(x.itemBytes) : undefined,
      itemCount: this.kept(x, 'itemCount'),
      capacity: x.capacity && units(x.capacity),
      autoscaling: x.autoscaling && this.autoscaling(x.autoscaling),
      maxThroughput: x.maxThroughput && units(x.maxThroughput),
    });
  }

  pattern(p: AccessPatternModel): unknown {
    const list = (f: 'changesIndexKeys' | 'skipsIndexes'): string[] | undefined => (this.keep(p, f) ? [...p[f]] : undefined);
    // A profile the pattern inherits is the table's, written there.
    const ownProfile = p.loadProfile && !p.defaulted.includes('loadProfile') ? profile(p.loadProfile) : undefined;
    return compact({
      name: p.name,
      description: p.description,
      operation: p.operation,
      index: p.index,
      rate: formatRate(p.rate),
      peak: this.keep(p, 'peak') ? formatRate(p.peak) : undefined,
      keys: p.keys.length > 0 ? Object.fromEntries(p.keys.map((u) => [u.attribute, popularity(u.popularity)])) : undefined,
      consistency: this.kept(p, 'consistency'),
      itemBytes: this.keep(p, 'itemBytes') ? size(p.itemBytes) : undefined,
      previousItemBytes: p.previousItemBytes !== undefined && this.keep(p, 'previousItemBytes') ? size(p.previousItemBytes) : undefined,
      itemsPerCall: this.kept(p, 'itemsPerCall'),
      scannedItemsPerCall: this.kept(p, 'scannedItemsPerCall'),
      conditionalFailureRate: this.keep(p, 'conditionalFailureRate') ? share(p.conditionalFailureRate) : undefined,
      writeKind: this.kept(p, 'writeKind'),
      changesIndexKeys: list('changesIndexKeys'),
      changedAttributes: p.changedAttributes && [...p.changedAttributes],
      skipsIndexes: list('skipsIndexes'),
      returnedAttributes: p.returnedAttributes && [...p.returnedAttributes],
      loadProfile: ownProfile,
    });
  }
}

/** Drops the undefined fields of an object literal. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function units(c: CapacityModel): unknown {
  return compact({ read: c.read, write: c.write });
}

function profile(p: LoadProfileModel): unknown {
  return { hourly: p.hourlyWeights.map((w) => exactJsNumber(w) ?? w.toNumber()) };
}

/** Writes a size as a unit string when that is exact ("2KB"), else as bytes. */
function size(bytes: number): number | string {
  if (bytes < KB) return bytes;
  const text = formatSize(bytes);
  return /[0-9]B$/.test(text) ? bytes : text;
}

const PERIODS: ReadonlyArray<readonly [number, string]> = [
  [1, 's'],
  [60, 'min'],
  [3600, 'h'],
  [86_400, 'day'],
];

/**
 * Writes an exact rate in the rate syntax: per second as a number when that takes at most two
 * decimals (20, 2.5), else as a whole number in the shortest period that makes it one (`100/min`),
 * else as an exact decimal (`0.000007/s`). Every rate the spec syntax can express has such a form.
 */
export function formatRate(perSecond: Fraction): number | string {
  if (perSecond.isExactDecimal(2)) {
    const n = exactJsNumber(perSecond);
    if (n !== undefined) return n;
  }
  for (const [seconds, unit] of PERIODS) {
    const amount = perSecond.mul(seconds);
    if (amount.isInteger()) return `${amount.num}/${unit}`;
  }
  for (const [seconds, unit] of PERIODS) {
    const text = exactDecimal(perSecond.mul(seconds));
    if (text !== undefined) return `${text}/${unit}`;
  }
  throw new RangeError(`rate ${perSecond.toString()}/s has no exact decimal form`);
}

/** Writes a share as a number when that is exact, else as an exact percentage. */
function share(f: Fraction): number | string {
  const n = exactJsNumber(f);
  if (n !== undefined) return n;
  const percent = exactDecimal(f.mul(100));
  if (percent === undefined) throw new RangeError(`share ${f.toString()} has no exact decimal form`);
  return `${percent}%`;
}

/** Writes normalized key popularity back in the shortest input form that normalizes to it. */
function popularity(p: KeyPopularity): KeyPopularityInput {
  switch (p.kind) {
    case 'uniform':
      return { cardinality: p.cardinality };
    case 'zipf':
      return { cardinality: p.cardinality, distribution: { zipf: p.exponent } };
    case 'hot':
      return { hot: { share: p.hotShare }, cardinality: p.cardinality };
    case 'weights':
      return p.weights.every((x) => x === 1) ? { values: [...p.values] } : { weights: Object.fromEntries(p.values.map((v, i) => [v, p.weights[i] as number])) };
  }
}
