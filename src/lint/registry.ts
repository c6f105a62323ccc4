/**
 * Every lint rule ddb-plan has, in ID order. Adding a rule: write `src/lint/rules/<name>.ts`, list
 * it here, add `fixtures/lint/<ID>/`, `test/lint/rules/<name>.test.ts`, and run
 * `npm run rules:docs` for its page and the index (test/lint/rule-parity.test.ts checks all of it).
 */
import type { Rule } from './rule.js';
import { attributeDefinitionsRule } from './rules/attribute-definitions.js';
import { autoscalingRangeRule } from './rules/autoscaling-range.js';
import { batchTransactionSizeRule } from './rules/batch-transaction-size.js';
import { billingCapacityRule } from './rules/billing-capacity.js';
import { deletionProtectionRule } from './rules/deletion-protection.js';
import { globalIndexBackPressureRule } from './rules/global-index-back-pressure.js';
import { globalIndexCountRule } from './rules/global-index-count.js';
import { globalIndexKeyChangeRule } from './rules/global-index-key-change.js';
import { globalIndexRemovedRule } from './rules/global-index-removed.js';
import { hotPartitionKeyRule } from './rules/hot-partition-key.js';
import { includeProjectionRule } from './rules/include-projection.js';
import { indexReferenceRule } from './rules/index-reference.js';
import { itemCollectionSizeRule } from './rules/item-collection-size.js';
import { itemSizeLimitRule } from './rules/item-size-limit.js';
import { itemSizeNearLimitRule } from './rules/item-size-near-limit.js';
import { keyAttributeTypeRule } from './rules/key-attribute-type.js';
import { keyValueSizeRule } from './rules/key-value-size.js';
import { lintConfigurationRule } from './rules/lint-configuration.js';
import { localIndexChangeRule } from './rules/local-index-change.js';
import { localIndexCountRule } from './rules/local-index-count.js';
import { localIndexKeysRule } from './rules/local-index-keys.js';
import { lowCardinalityPartitionKeyRule } from './rules/low-cardinality-partition-key.js';
import { peakBelowRateRule } from './rules/peak-below-rate.js';
import { pointInTimeRecoveryRule } from './rules/point-in-time-recovery.js';
import { primaryKeyChangeRule } from './rules/primary-key-change.js';
import { projectedAttributeCountRule } from './rules/projected-attribute-count.js';
import { queryPartitionKeyRule } from './rules/query-partition-key.js';
import { resourceNameRule } from './rules/resource-name.js';
import { scanHotPathRule } from './rules/scan-hot-path.js';
import { streamViewTypeRule } from './rules/stream-view-type.js';
import { strongReadGlobalIndexRule } from './rules/strong-read-global-index.js';
import { ttlAttributeTypeRule } from './rules/ttl-attribute-type.js';
import { uniqueNamesRule } from './rules/unique-names.js';
import { unitBoundaryRule } from './rules/unit-boundary.js';

const ALL: readonly Rule[] = [
  lintConfigurationRule,
  keyAttributeTypeRule,
  attributeDefinitionsRule,
  resourceNameRule,
  uniqueNamesRule,
  localIndexCountRule,
  localIndexKeysRule,
  globalIndexCountRule,
  projectedAttributeCountRule,
  includeProjectionRule,
  billingCapacityRule,
  autoscalingRangeRule,
  ttlAttributeTypeRule,
  streamViewTypeRule,
  indexReferenceRule,
  keyValueSizeRule,
  peakBelowRateRule,
  primaryKeyChangeRule,
  localIndexChangeRule,
  globalIndexRemovedRule,
  globalIndexKeyChangeRule,
  pointInTimeRecoveryRule,
  deletionProtectionRule,
  itemSizeLimitRule,
  itemSizeNearLimitRule,
  unitBoundaryRule,
  strongReadGlobalIndexRule,
  queryPartitionKeyRule,
  batchTransactionSizeRule,
  scanHotPathRule,
  lowCardinalityPartitionKeyRule,
  hotPartitionKeyRule,
  globalIndexBackPressureRule,
  itemCollectionSizeRule,
] as Rule[];

/** Every rule, ordered by the digits of its ID. */
export const RULES: readonly Rule[] = [...ALL].sort((a, b) => a.id.slice(1).localeCompare(b.id.slice(1)));

/** Returns the rule with this ID, if any. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
