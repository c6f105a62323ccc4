/**
 * The normalized, frozen spec model that lint rules, the capacity plan, hot-key analysis and
 * the importers share. Every value is explicit (defaults applied, sizes derived), sizes are
 * integer bytes, rates and shares are exact fractions, and every node knows where it came from
 * (`ModelNode.path`, located through `SpecModel.source.sourceMap`).
 *
 * Design problems stay representable so that lint can report them with a rule ID: a key whose
 * type is not declared (`type: undefined`), a name that breaks DynamoDB's naming rules, an index
 * name a pattern refers to that does not exist, a strongly consistent read of a global index,
 * capacity on an on-demand table. Only shapes and values that cannot be used at all are input
 * errors (see parse-spec.ts).
 */
import type { TableClass } from '../../calculators/cost.js';
import type { Fraction } from '../../calculators/fraction.js';
import type { ReadConsistency } from '../../calculators/read-units.js';
import type { KeyPopularity } from '../common/key-popularity.js';
import type { LoadedDocument } from '../source/loaded-document.js';
import type { ModelNode } from './model-node.js';
import type {
  AttributeType,
  BillingMode,
  IndexType,
  Operation,
  Projection,
  RuleSeverity,
  ShardSuffix,
  SpecOrigin,
  StreamViewType,
  WriteKind,
} from './vocabulary.js';

/** A parsed spec (or imported template): its tables and settings, and the document it came from. */
export interface SpecModel extends ModelNode {
  readonly version: 1;
  /** What the model was read from; importers set their format. */
  readonly origin: SpecOrigin;
  /** The document the model was read from: file name, text, plain value and the source map every `path` is located in. */
  readonly source: LoadedDocument;
  readonly description: string | undefined;
  readonly tables: readonly TableModel[];
  readonly lint: LintSettingsModel;
  readonly plan: PlanSettingsModel;
}

/** A table. */
export interface TableModel extends ModelNode {
  readonly name: string;
  readonly description: string | undefined;
  readonly billing: BillingMode;
  /** Provisioned capacity as written (also when billing is on-demand: lint reports it). */
  readonly capacity: CapacityModel | undefined;
  readonly autoscaling: AutoscalingModel | undefined;
  /** On-demand maximum request units per second. */
  readonly maxThroughput: CapacityModel | undefined;
  readonly tableClass: TableClass;
  readonly partitionKey: KeyAttributeModel;
  readonly sortKey: KeyAttributeModel | undefined;
  /**
   * Every attribute of the average item: those the input declares (`declared: true`, in
   * declaration order) and then the key attributes of the table and its indexes that it does not
   * (`declared: false`, located at the key that names them).
   */
  readonly attributes: readonly AttributeModel[];
  /** Bytes of the average item, names and values: as written, or `itemBytesFromAttributes`. */
  readonly itemBytes: number;
  /** Bytes of the average item summed over `attributes` (always computed, to compare with a written `itemBytes`). */
  readonly itemBytesFromAttributes: number;
  readonly itemCount: number | undefined;
  /** Items in the largest item collection, when known. */
  readonly maxItemsPerPartitionKey: number | undefined;
  readonly ttl: TtlModel | undefined;
  readonly stream: StreamModel | undefined;
  readonly pointInTimeRecovery: boolean;
  readonly deletionProtection: boolean;
  /** Regions of a global table, this one included; empty for a single-region table. */
  readonly replicas: readonly ReplicaModel[];
  readonly loadProfile: LoadProfileModel | undefined;
  readonly indexes: readonly IndexModel[];
  readonly accessPatterns: readonly AccessPatternModel[];
}

/** Read and write units: provisioned capacity units, or on-demand request units per second. */
export interface CapacityModel extends ModelNode {
  readonly read: number | undefined;
  readonly write: number | undefined;
}

/** Auto scaling of a table's or index's provisioned capacity, per direction. */
export interface AutoscalingModel extends ModelNode {
  readonly read: AutoscalingPolicyModel | undefined;
  readonly write: AutoscalingPolicyModel | undefined;
}

/** One target-tracking policy. */
export interface AutoscalingPolicyModel extends ModelNode {
  readonly min: number;
  readonly max: number;
  /** Target utilization as an exact share of one (7/10). */
  readonly target: Fraction;
}

/** A key attribute of a table or index. */
export interface KeyAttributeModel extends ModelNode {
  readonly name: string;
  /** The key's type: as written on the key, else from the table's attributes; undefined when neither says (lint reports it). */
  readonly type: AttributeType | undefined;
  /** Write sharding of a partition key, when the design shards it. */
  readonly sharding: ShardingModel | undefined;
}

/** Write sharding: each logical key value is spread over `count` suffixed values. */
export interface ShardingModel extends ModelNode {
  readonly count: number;
  readonly suffix: ShardSuffix;
}

/** An attribute of the average item. */
export interface AttributeModel extends ModelNode {
  readonly name: string;
  /** Undefined only for an undeclared key attribute whose key gives no type either. */
  readonly type: AttributeType | undefined;
  /** True when the input declares the attribute (in `attributes`, or a template's attribute definitions). */
  readonly declared: boolean;
  /** UTF-8 bytes of the name. */
  readonly nameBytes: number;
  /** Bytes of the value: as written, else the size of the example, else the default for the type (see attribute-bytes.ts). */
  readonly valueBytes: number;
  /** Where valueBytes comes from: the written `bytes`, the `example` sized by the item-size rules, or the type's default (an assumption). */
  readonly valueBytesFrom: 'bytes' | 'example' | 'type';
  /** A typical value as written (a plain YAML/JSON value), when given. */
  readonly example: unknown;
  /** nameBytes + valueBytes: what the attribute adds to an item (DYNAMODB-RULES.md §1). */
  readonly bytes: number;
  /** Distinct values across the table, when known. */
  readonly cardinality: number | undefined;
  readonly description: string | undefined;
}

/** Time to live. */
export interface TtlModel extends ModelNode {
  readonly attribute: string;
  readonly enabled: boolean;
}

/** DynamoDB Streams on a table. */
export interface StreamModel extends ModelNode {
  /** Undefined when the input enables a stream without a view type (lint reports it). */
  readonly viewType: StreamViewType | undefined;
  /** Paid GetRecords requests per second (readers other than Lambda triggers and replication). */
  readonly readRequestsPerSecond: Fraction;
}

/** One region of a global table. */
export interface ReplicaModel extends ModelNode {
  readonly region: string;
  readonly tableClass: TableClass;
}

/** How load spreads over a day. */
export interface LoadProfileModel extends ModelNode {
  /** The 24 weights as written, exact. */
  readonly hourlyWeights: readonly Fraction[];
  /** 24 exact multipliers of the average rate, one per UTC hour from 00:00; their mean is exactly 1. */
  readonly hourlyFactors: readonly Fraction[];
}

/** A secondary index. */
export interface IndexModel extends ModelNode {
  readonly name: string;
  readonly type: IndexType;
  readonly description: string | undefined;
  /** For a local index written without one: the table's partition key (defaulted). */
  readonly partitionKey: KeyAttributeModel;
  readonly sortKey: KeyAttributeModel | undefined;
  readonly projection: Projection;
  /** Attribute names of an include projection, as written (also for other projections: lint reports it). */
  readonly include: readonly string[];
  /** Bytes of one index entry: as written, or derived from the projection (see normalize-index.ts). */
  readonly itemBytes: number;
  /** Entries in the index: as written, or the table's itemCount. */
  readonly itemCount: number | undefined;
  readonly capacity: CapacityModel | undefined;
  readonly autoscaling: AutoscalingModel | undefined;
  readonly maxThroughput: CapacityModel | undefined;
}

/** One request the application makes. */
export interface AccessPatternModel extends ModelNode {
  readonly name: string;
  readonly description: string | undefined;
  readonly operation: Operation;
  /** Derived from the operation. */
  readonly kind: 'read' | 'write';
  /** Name of the index read, as written (it may name no index: lint reports it); undefined for the table. */
  readonly index: string | undefined;
  /** Average requests per second, exact. */
  readonly rate: Fraction;
  /** Peak requests per second, exact; the average when not written. */
  readonly peak: Fraction;
  /** The key attributes the request names, with the popularity of their values, in written order. */
  readonly keys: readonly KeyUsageModel[];
  /** Reads: eventual unless written (transactional for TransactGetItems). Writes: as written, normally undefined. */
  readonly consistency: ReadConsistency | undefined;
  /** Bytes of each item or index entry read or written. */
  readonly itemBytes: number;
  /** Updates: bytes of the item before the write (itemBytes unless written). Undefined for inserts and deletes unless written. */
  readonly previousItemBytes: number | undefined;
  readonly itemsPerCall: number;
  readonly scannedItemsPerCall: number;
  /** Share of conditional writes that fail, exact (0 unless written). */
  readonly conditionalFailureRate: Fraction;
  /** Writes: what the write does to its item; undefined for reads. */
  readonly writeKind: WriteKind | undefined;
  /** Names of the indexes whose key attributes the write changes. */
  readonly changesIndexKeys: readonly string[];
  /** Attributes the write changes; undefined when not said. */
  readonly changedAttributes: readonly string[] | undefined;
  /** Names of sparse indexes the written items have no entry in. */
  readonly skipsIndexes: readonly string[];
  /** Attributes the read asks for; undefined when not said (what the target holds). */
  readonly returnedAttributes: readonly string[] | undefined;
  /** The pattern's own profile, else the table's. */
  readonly loadProfile: LoadProfileModel | undefined;
}

/** A key attribute a request names, and how popular its values are. */
export interface KeyUsageModel extends ModelNode {
  readonly attribute: string;
  readonly popularity: KeyPopularity;
}

/** Lint configuration from the spec's `lint:` section. */
export interface LintSettingsModel extends ModelNode {
  readonly rules: readonly LintRuleSettingModel[];
}

/** The configuration of one rule. */
export interface LintRuleSettingModel extends ModelNode {
  readonly ruleId: string;
  /** Undefined when only options are given: the rule keeps its own severity. */
  readonly severity: RuleSeverity | undefined;
  readonly options: Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>;
}

/** Capacity plan assumptions from the spec's `plan:` section. */
export interface PlanSettingsModel extends ModelNode {
  /** Utilization provisioned capacity is sized for where a table has no auto scaling target, exact (7/10 unless written). */
  readonly targetUtilization: Fraction;
  readonly freeTier: boolean;
}
