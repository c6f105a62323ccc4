/**
 * The ddb-plan library API: the exact calculators, item sizes among them; the spec model (parse,
 * normalize, validate, write back) and the importers; items measured from JSON; the load model, the
 * capacity plan and hot-key analysis; the design lint; and the simulator. Everything here is pure:
 * the caller reads files and prints results.
 */

// Calculators: pure arithmetic returning { value, steps }.
export * from './calculators/auto-scaled-cost.js';
export * from './calculators/burst.js';
export * from './calculators/cost.js';
export * from './calculators/duration.js';
export * from './calculators/fraction.js';
export * from './calculators/hot-key-risk.js';
export * from './calculators/hot-key-share.js';
export * from './calculators/hot-key-shards.js';
export * from './calculators/index-writes.js';
export * from './calculators/item-groups.js';
export * from './calculators/item-size.js';
export * from './calculators/item-units.js';
export * from './calculators/number-size.js';
// The calculators' attribute values; AttributeType and ATTRIBUTE_TYPES are the spec's (below), S, N and B.
export { attributeTypeName, type AttributeMap, type AttributeValue, type Item, type SetType } from './calculators/attribute-value.js';
export * from './calculators/limits.js';
export * from './calculators/operations.js';
export * from './calculators/partitions.js';
export * from './calculators/price-table.js';
export * from './calculators/provisioned-recommendation.js';
export * from './calculators/quick-capacity.js';
export * from './calculators/rate.js';
export * from './calculators/read-call-units.js';
export * from './calculators/read-units.js';
export * from './calculators/replicated-writes-cost.js';
export * from './calculators/share.js';
export * from './calculators/size.js';
export * from './calculators/storage-bytes.js';
export * from './calculators/steps.js';
export * from './calculators/units.js';
export * from './calculators/write-call-units.js';
export * from './calculators/write-units.js';

// Errors the library throws for unusable input.
export { InputError, UsageError, formatLocation, type InputProblem, type SourceLocation } from './errors.js';

// Documents with source positions.
export { loadDocument } from './model/source/load-document.js';
export type { LoadedDocument, LoadOptions } from './model/source/loaded-document.js';
export { SourceMap, childPointer, fromPointer, toPointer, type Located, type SourcePosition } from './model/source/source-map.js';

// The spec model.
export { parseSpec, specFromDocument, specFromInput, type SpecSource } from './model/spec/parse-spec.js';
export { pathMapResolver, identityPaths, type PathResolver } from './model/spec/normalize-context.js';
export { fieldPath, isDefaulted, type ModelNode } from './model/spec/model-node.js';
export { specToInput, formatRate, type SpecToInputOptions } from './model/spec/spec-to-input.js';
export { formatSpec, type FormatSpecOptions } from './model/spec/format-spec.js';
export { specJsonSchema, type JsonSchema } from './model/spec/spec-json-schema.js';
export { specSchema, SPEC_VERSION, RULE_ID_PATTERN, type SpecInput, type TableInput } from './model/spec/spec-schema.js';
export { DEFAULT_VALUE_BYTES } from './model/spec/attribute-bytes.js';
export type * from './model/spec/spec-model.js';
export {
  ATTRIBUTE_TYPES,
  BILLING_MODES,
  CONSISTENCIES,
  INDEX_TYPES,
  PROJECTIONS,
  SHARD_SUFFIXES,
  TABLE_CLASSES,
  WRITE_KINDS,
  isKeyType,
  type AttributeType,
  type BillingMode,
  type IndexType,
  type KeyType,
  type Projection,
  type RuleSeverity,
  type ShardSuffix,
  type SpecOrigin,
  type StreamViewType,
  type WriteKind,
} from './model/spec/vocabulary.js';
export { normalizeKeyPopularity, type KeyPopularity, type KeyPopularityInput } from './model/common/key-popularity.js';

// Importers: CloudFormation/SAM templates, create-table/describe-table JSON and NoSQL Workbench models as specs.
export { loadModel } from './model/importers/load-model.js';
export { importModel, FORMAT_NAMES, type ImportedModel } from './model/importers/import-model.js';
export { detectFormat, type InputFormat } from './model/importers/detect-format.js';
export type { ImportNote } from './model/importers/import-note.js';

// Items as DynamoDB JSON or plain JSON (one item, an array, Query/Scan output, JSON Lines) measured item by item, as `item-size` does.
export { measureItems, measureEach, DEFAULT_TOP, MAX_TOP, type ItemSizeReport, type MeasuredItem, type MeasureItemsOptions, type OverLimitItem, type Stat } from './model/items/measure-items.js';
export type { ItemEncoding } from './model/items/item-from-json.js';

// The load model: units per access pattern, capacity, index and key, which the plan and lint share.
export * from './model/load/index.js';

// The capacity plan and hot-key analysis.
export { plan, type CapacityPlanResult } from './plan/plan.js';
export { planTable, type TablePlan } from './plan/table-plan.js';
export { planCapacity, type CapacityPlan, type DirectionPlan, type PartitionsPlan } from './plan/capacity-plan.js';
export { tableCost, type ClassCost, type CostMode, type ModeCost, type TableCost } from './plan/table-cost.js';
export { hotKeyFindings, type HotKeyFinding, type HotKeyRemedy, type ShardReadCost } from './plan/hot-key-findings.js';
export type { PlanWarning } from './plan/plan-warning.js';

// Design lint: rules with stable IDs over the model, the runner that configures and locates them, and the findings.
export { lint, type LintOptions } from './lint/lint.js';
export { RULES, findRule } from './lint/registry.js';
export { defineRule, formatMessage, type MessageData, type ReportTarget, type Rule, type RuleContext, type RuleDefinition, type RuleMeta, type RuleOptionSpec } from './lint/rule.js';
export { lintReport, type LintFinding, type LintReport, type LintResult } from './lint/finding.js';
export { RULE_CATEGORIES, categoryOfId, ruleDocsUrl, severityOfId, type Severity } from './lint/rule-id.js';

// The simulator: a scenario document (and the files it refers to, read by the caller) to a seeded, reproducible report.
export { parseScenario, scenarioReferences, type ReferencedFile, type ScenarioFiles, type ScenarioReference } from './simulate/parse-scenario.js';
export type { Scenario } from './simulate/scenario.js';
export { simulate, ENGINES, type EngineLane, type SimulateOptions, type Simulation } from './simulate/simulate.js';
export type { DesignReport, SimulationReport } from './simulate/report.js';
export { parseFailOn, evaluateFailOn, type FailBreach, type FailCondition } from './simulate/fail-on.js';
