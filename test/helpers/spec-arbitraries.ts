import fc from 'fast-check';
import type { SpecInput, TableInput } from '../../src/model/spec/spec-schema.js';
import { ATTRIBUTE_TYPES, CONSISTENCIES, OPERATIONS, PROJECTIONS, WRITE_KINDS } from '../../src/model/spec/vocabulary.js';

// Arbitrary valid specs (fast-check), built from the same vocabulary as the schema.
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,12}$/);
// Attribute names may hold the characters JSON pointers escape.
const attributeName = fc.stringMatching(/^[a-z][a-z0-9_/~.]{0,8}$/);
const count = fc.integer({ min: 0, max: 5_000_000 });
const rate = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('s', 'min', 'h', 'day')).map(([n, u]) => `${n}/${u}`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom('s', 'min', 'h')).map(([a, b, u]) => `${a}.${b}/${u}`),
  fc.integer({ min: 1, max: 999 }).map((n) => n / 100),
);
const size = fc.oneof(
  fc.integer({ min: 0, max: 400 * 1024 }),
  fc.integer({ min: 1, max: 400 }).map((n) => `${n}KB`),
  fc.tuple(fc.integer({ min: 0, max: 399 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}.${b}KB`),
);
const share = fc.oneof(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), fc.integer({ min: 0, max: 1000 }).map((n) => `${n / 10}%`));
const target = fc.integer({ min: 1, max: 100 }).map((n) => n / 100);
const profile = fc.array(fc.integer({ min: 0, max: 40 }).map((n) => n / 4), { minLength: 24, maxLength: 24 }).filter((w) => w.some((x) => x > 0)).map((hourly) => ({ hourly }));
const units = fc.integer({ min: 0, max: 100_000 });
const capacity = fc.record({ read: units, write: units }, { requiredKeys: [] });
const policy = fc.record({ min: units, max: units, target }, { requiredKeys: ['min', 'max'] });
const autoscaling = fc.oneof(policy, fc.record({ read: policy, write: policy }, { requiredKeys: [] }));
const key = fc.oneof(
  name,
  fc.record(
    { name, type: fc.constantFrom('S', 'N', 'B', 'BOOL'), sharding: fc.record({ count: fc.integer({ min: 1, max: 50 }), suffix: fc.constantFrom('random', 'calculated') }, { requiredKeys: ['count'] }) },
    { requiredKeys: ['name'] },
  ),
);
const popularity = fc.oneof(
  fc.record({ cardinality: fc.integer({ min: 1, max: 1e9 }), distribution: fc.oneof(fc.constant('uniform'), fc.integer({ min: 1, max: 300 }).map((n) => ({ zipf: n / 100 }))) }, { requiredKeys: ['cardinality'] }),
  fc.record({ values: fc.array(fc.oneof(name, fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 5 }) }),
  fc.record({ weights: fc.dictionary(name, fc.integer({ min: 0, max: 100 }).map((n) => n / 10), { minKeys: 1, maxKeys: 4 }) }),
  fc.record({ hot: fc.record({ share: fc.integer({ min: 1, max: 100 }).map((n) => n / 100) }), cardinality: fc.integer({ min: 1, max: 1e6 }) }),
);
const names = fc.array(name, { maxLength: 3 });
const pattern = fc.record(
  {
    name,
    description: fc.string({ maxLength: 20 }),
    operation: fc.constantFrom(...OPERATIONS),
    index: name,
    rate,
    peak: rate,
    keys: fc.dictionary(attributeName, popularity, { maxKeys: 2 }),
    consistency: fc.constantFrom(...CONSISTENCIES),
    itemBytes: size,
    previousItemBytes: size,
    itemsPerCall: fc.integer({ min: 0, max: 200 }),
    scannedItemsPerCall: fc.integer({ min: 0, max: 1000 }),
    conditionalFailureRate: share,
    writeKind: fc.constantFrom(...WRITE_KINDS),
    changesIndexKeys: names,
    changedAttributes: names,
    skipsIndexes: names,
    returnedAttributes: names,
    loadProfile: profile,
  },
  { requiredKeys: ['name', 'operation', 'rate'] },
);
const typedExample = fc.oneof(
  fc.record({ type: fc.constant('S' as const), example: fc.string({ maxLength: 20 }) }),
  fc.record({ type: fc.constant('N' as const), example: fc.integer({ min: -1e9, max: 1e9 }) }),
  fc.record({ type: fc.constant('BOOL' as const), example: fc.boolean() }),
  fc.record({ type: fc.constant('SS' as const), example: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ type: fc.constant('L' as const), example: fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 }) }),
  fc.record({ type: fc.constant('M' as const), example: fc.dictionary(name, fc.integer(), { maxKeys: 3 }) }),
);
const attribute = fc.oneof(
  fc.constantFrom(...ATTRIBUTE_TYPES),
  typedExample,
  fc.record({ type: fc.constantFrom(...ATTRIBUTE_TYPES), bytes: size, cardinality: fc.integer({ min: 1, max: 1e6 }), description: fc.string({ maxLength: 10 }) }, { requiredKeys: ['type'] }),
);
const index = fc.oneof(
  fc.record({ name, type: fc.constant('global' as const), partitionKey: key, sortKey: key, projection: fc.constantFrom(...PROJECTIONS), include: names, itemBytes: size, itemCount: count, capacity, autoscaling, maxThroughput: fc.record({ read: fc.integer({ min: 1, max: 1000 }) }) }, { requiredKeys: ['name', 'partitionKey'] }),
  fc.record({ name, type: fc.constant('local' as const), partitionKey: key, sortKey: key, projection: fc.constantFrom(...PROJECTIONS), include: names }, { requiredKeys: ['name', 'type'] }),
);
const table = fc.record(
  {
    name,
    description: fc.string({ maxLength: 20 }),
    billing: fc.constantFrom('provisioned', 'on-demand'),
    capacity,
    autoscaling,
    tableClass: fc.constantFrom('standard', 'standard-ia'),
    partitionKey: key,
    sortKey: key,
    attributes: fc.dictionary(attributeName, attribute, { maxKeys: 4 }),
    itemBytes: size,
    itemCount: count,
    maxItemsPerPartitionKey: fc.integer({ min: 1, max: 1e6 }),
    ttl: fc.oneof(attributeName, fc.record({ attribute: attributeName, enabled: fc.boolean() }, { requiredKeys: ['attribute'] })),
    stream: fc.oneof(fc.constantFrom('KEYS_ONLY', 'NEW_AND_OLD_IMAGES'), fc.record({ viewType: fc.constantFrom('NEW_IMAGE', 'OLD_IMAGE'), readRequests: rate }, { requiredKeys: [] })),
    pointInTimeRecovery: fc.boolean(),
    deletionProtection: fc.boolean(),
    replicas: fc.array(fc.oneof(fc.constantFrom('us-east-1', 'eu-west-1'), fc.record({ region: fc.constant('ap-southeast-2'), tableClass: fc.constantFrom('standard', 'standard-ia') }, { requiredKeys: ['region'] })), { maxLength: 3 }),
    loadProfile: profile,
    indexes: fc.array(index, { maxLength: 3 }),
    accessPatterns: fc.array(pattern, { maxLength: 4 }),
  },
  { requiredKeys: ['name', 'partitionKey'] },
);
/** Any valid spec, every field in its every form, for properties over specs. */
export const anySpec: fc.Arbitrary<SpecInput> = fc.record(
  {
    version: fc.constant(1 as const),
    description: fc.string({ maxLength: 20 }),
    tables: fc.array(table, { minLength: 1, maxLength: 2 }) as fc.Arbitrary<TableInput[]>,
    lint: fc.record({ rules: fc.dictionary(fc.stringMatching(/^[EWI][0-9]{4}$/), fc.oneof(fc.constantFrom('off', 'info', 'warn', 'error'), fc.record({ severity: fc.constantFrom('off', 'warning'), options: fc.dictionary(name, fc.oneof(fc.integer(), fc.boolean(), name)) }, { requiredKeys: [] })), { maxKeys: 3 }) }, { requiredKeys: [] }),
    plan: fc.record({ targetUtilization: target, freeTier: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: ['version', 'tables'] },
);

