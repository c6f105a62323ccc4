/**
 * DynamoDB's vocabulary as the spec writes it, as literal-typed unions with the list of their
 * values (the lists build the zod schema, the JSON Schema and the docs; the types the model).
 */
import type { STREAM_VIEW_TYPES } from '../../calculators/limits.js';
import { KEY_TYPES } from '../../calculators/limits.js';
import type { AttributeType } from '../../calculators/attribute-value.js';
import type { IndexKind } from '../../calculators/operations.js';

// DynamoDB attribute types, as the item-size calculator names them. Only S, N and B may be key attributes (a lint rule checks it).
export { ATTRIBUTE_TYPES, type AttributeType } from '../../calculators/attribute-value.js';

/** Types a key attribute may have (DYNAMODB-RULES.md §6). */
export type KeyType = (typeof KEY_TYPES)[number];

/** Returns true when `type` may be used for a key attribute (S, N or B). */
export function isKeyType(type: AttributeType | undefined): type is KeyType {
  return (KEY_TYPES as readonly string[]).includes(type ?? '');
}

/** How a table or index is billed. */
export const BILLING_MODES = ['provisioned', 'on-demand'] as const;
/** How a table is billed: provisioned capacity or on-demand requests. */
export type BillingMode = (typeof BILLING_MODES)[number];

/** Table classes. */
export const TABLE_CLASSES = ['standard', 'standard-ia'] as const;

/** Stream view types (DYNAMODB-RULES.md §6). */
export type StreamViewType = (typeof STREAM_VIEW_TYPES)[number];

/** Secondary index kinds: global (own key and capacity) or local (the table's partition key, another sort key). */
export const INDEX_TYPES = ['global', 'local'] as const satisfies readonly IndexKind[];
/** A secondary index kind, as the calculators name it. */
export type IndexType = IndexKind;

/** What an index projects, as the spec writes it (DynamoDB's ALL, KEYS_ONLY, INCLUDE). */
export const PROJECTIONS = ['all', 'keys-only', 'include'] as const;
/** What an index entry holds besides the keys: everything, nothing, or the listed attributes. */
export type Projection = (typeof PROJECTIONS)[number];

// The operations an access pattern may use are the ones the calculators price.
export { OPERATIONS, READ_OPERATIONS, WRITE_OPERATIONS, isReadOperation, type Operation, type ReadOperation, type WriteOperation } from '../../calculators/operations.js';

/** Read consistencies an access pattern may ask for (DYNAMODB-RULES.md §2). */
export const CONSISTENCIES = ['eventual', 'strong', 'transactional'] as const;

/**
 * What a write does to the item it targets: creates it (`insert`; a PutItem of a new key, an
 * UpdateItem that creates the item), changes an existing one (`update`; an UpdateItem, or a
 * PutItem that replaces an item), or removes it (`delete`). Index writes depend on it (§3).
 */
export const WRITE_KINDS = ['insert', 'update', 'delete'] as const;
/** What a write does to its item. */
export type WriteKind = (typeof WRITE_KINDS)[number];

/** Write sharding suffixes (DYNAMODB-RULES.md §5): random 1..N, or calculated from another attribute. */
export const SHARD_SUFFIXES = ['random', 'calculated'] as const;
/** How a sharded partition key's suffix is chosen. */
export type ShardSuffix = (typeof SHARD_SUFFIXES)[number];

/** Lint rule severities as a spec's `lint:` section writes them; `warn` is short for `warning`. */
export const RULE_SEVERITY_WORDS = ['off', 'info', 'warn', 'warning', 'error'] as const;
/** A lint rule's configured severity: off, or the severity its findings get. */
export type RuleSeverity = 'off' | 'info' | 'warning' | 'error';

/** Where a model came from: a ddb-plan spec, or a file an importer converted. */
export type SpecOrigin = 'spec' | 'cloudformation' | 'serverless' | 'table-json' | 'workbench';
