import { z } from 'zod';
import { AUTOSCALING_TARGET_MAX, AUTOSCALING_TARGET_MIN, MAX_GSIS, MIN_PROVISIONED_UNITS } from '../calculators/limits.js';
import { keyPopularitySchema } from '../model/common/key-popularity.js';
import { durationSchema, rateSchema, sizeSchema } from '../model/common/quantities.js';
import { MAX_SEED } from './random.js';
import { RETRY_PROFILE_NAMES } from './retry.js';
import { MAX_PARTITIONS, MAX_WORKLOADS, OPERATIONS } from './scenario.js';

const units = z.number().int().min(MIN_PROVISIONED_UNITS).max(1e9);

const readWrite = (what: string) =>
  z.strictObject({
    read: units.optional().describe(`read ${what} per second`),
    write: units.optional().describe(`write ${what} per second`),
  });

const autoscalingPolicy = z.strictObject({
  min: units.describe('lowest capacity auto scaling sets'),
  max: units.describe('highest capacity auto scaling sets'),
  target: z.number().min(AUTOSCALING_TARGET_MIN).max(AUTOSCALING_TARGET_MAX).describe('target utilization, a fraction from 0.2 to 0.9 (0.7 is the console default)'),
});

const autoscalingSchema = z
  .union([
    autoscalingPolicy,
    z.strictObject({ read: autoscalingPolicy.optional(), write: autoscalingPolicy.optional() }),
  ])
  .describe('target tracking on consumed capacity (provisioned only): { min, max, target } for both reads and writes, or { read: {…}, write: {…} }');

const burstSchema = z
  .union([z.enum(['full', 'empty']), z.number().min(0).max(3600)])
  .describe('burst reservoir at the start: full (300 s of capacity banked), empty, or a number of seconds of capacity');

const capacityFields = {
  capacity: readWrite('capacity units').optional().describe('provisioned capacity (provisioned tables only)'),
  partitions: z.number().int().min(1).max(MAX_PARTITIONS).optional().describe('partitions at the start; estimated from capacity (and size) when omitted'),
  burst: burstSchema.optional(),
  autoscaling: autoscalingSchema.optional(),
  maxThroughput: readWrite('request units').optional().describe('on-demand maximum throughput (on-demand only)'),
  warmThroughput: readWrite('request units').optional().describe('on-demand warm throughput: served at once from the start (on-demand only)'),
  quota: readWrite('units').optional().describe('per-table quota (default 40,000 each)'),
};

const indexSchema = z.strictObject({
  name: z.string().min(1).describe('index name'),
  ...capacityFields,
  keys: keyPopularitySchema.describe('popularity of the index partition-key values written by base writes'),
  itemSize: sizeSchema.optional().describe('bytes of one index entry (keys and projected attributes); default the base item size (projection ALL)'),
  coverage: z.number().gt(0).lte(1).optional().describe('share of base writes whose item carries the index key (sparse index); default 1'),
});

const tableSchema = z
  .strictObject({
    name: z.string().min(1).optional().describe('table name used in reports and throttling reasons'),
    billing: z.enum(['provisioned', 'on-demand']).optional().describe('capacity mode (default provisioned)'),
    ...capacityFields,
    size: sizeSchema.optional().describe('table size, for the partition estimate by size (10 GB per partition)'),
    indexes: z.array(indexSchema).max(MAX_GSIS).optional().describe('global secondary indexes'),
    spec: z.string().min(1).optional().describe('path of a spec file (relative to the scenario) to take the table from'),
    tableName: z.string().min(1).optional().describe('with spec: which table of the spec'),
  })
  .describe('the table: inline, or { spec: path, tableName } from a spec');

const sizeClassSchema = z.strictObject({ size: sizeSchema, share: z.number().gt(0).lte(1).describe('share of requests with this size') });

const workloadSchema = z.strictObject({
  name: z.string().min(1).optional().describe('name shown in reports'),
  start: durationSchema.optional().describe('when the entry starts (default 0s)'),
  duration: durationSchema.optional().describe('how long it runs (default: to the end of the scenario)'),
  operation: z.enum(OPERATIONS).optional().describe('read or write, or an API operation name (default write)'),
  rate: rateSchema.optional().describe('application requests per second across the entry'),
  ramp: z.strictObject({ from: rateSchema, to: rateSchema }).optional().describe('a rate that changes linearly from `from` to `to` over the entry'),
  arrivals: z.enum(['poisson', 'uniform']).optional().describe('Poisson arrivals (default) or evenly spaced'),
  itemSize: z.union([sizeSchema, z.array(sizeClassSchema).min(1)]).optional().describe('item size, or size classes [{ size, share }] (default 1KB)'),
  itemsPerCall: z.number().int().min(1).max(1_000_000).optional().describe('Query: items read per call'),
  consistency: z.enum(['eventual', 'strong', 'transactional']).optional().describe('read consistency (default eventual)'),
  keys: keyPopularitySchema.optional().describe('popularity of the partition-key values the entry touches'),
  index: z.string().min(1).optional().describe('reads: the global secondary index to read from'),
  trace: z.string().min(1).optional().describe('replay a trace file (CSV or JSON Lines: time, operation, key, bytes) instead of generating requests'),
  format: z.enum(['csv', 'jsonl']).optional().describe('trace format (default from the file extension)'),
});

const customRetrySchema = z.strictObject({
  maxAttempts: z.number().int().min(1).max(100).describe('attempts in all, the first included'),
  baseDelay: durationSchema.describe('ceiling of the first retry delay; doubles each retry'),
  maxDelay: durationSchema.optional().describe('cap of a retry delay ceiling (default: no cap)'),
  jitter: z.enum(['full', 'none']).optional().describe('full jitter (uniform below the ceiling, default) or none'),
  quota: z.number().int().min(1).max(1_000_000).optional().describe('retry quota tokens per client (a throttled retry costs 5, a first-try success returns 1), as the v3 SDK'),
});

const retrySchema = z
  .union([z.enum(RETRY_PROFILE_NAMES), customRetrySchema])
  .describe('none, sdk-v3-standard (3 attempts, 500 ms base, 20 s cap, retry quota), sdk-v2-dynamodb (11 attempts, 50 ms base), or a custom { maxAttempts, baseDelay, maxDelay }');

const clientSchema = z.strictObject({
  retry: retrySchema.optional().describe('retry profile (default none)'),
  instances: z.number().int().min(1).max(100_000).optional().describe('SDK clients the requests are spread over; each has its own retry quota (default 1)'),
  attemptLatency: durationSchema.optional().describe('time one attempt takes (default 0: latency is the backoff delays only)'),
});

const designSchema = z.strictObject({
  name: z.string().min(1).describe('design name'),
  shard: z
    .strictObject({
      count: z.number().int().min(2).max(1000).describe('shards per logical key'),
      suffix: z.enum(['random', 'calculated']).describe('random: each write picks a shard; calculated: a fixed shard per item'),
    })
    .optional()
    .describe('write sharding; omit for the plain key'),
});

const modelSchema = z.strictObject({
  partitionBucketSeconds: z.number().min(0.01).max(60).optional(),
  combinedPartitionLimit: z.boolean().optional(),
  burstSeconds: z.number().min(0).max(3600).optional(),
  tableBucketSeconds: z.number().min(0.01).max(60).optional(),
  splitForHeat: z.boolean().optional(),
  splitForHeatSeconds: z.number().min(1).max(86_400).optional(),
  splitForHeatUtilization: z.number().min(0.1).max(1).optional(),
  peakWindowSeconds: z.number().int().min(1).max(3600).optional(),
  onDemandDoublingSeconds: z.number().min(1).max(86_400).optional(),
  updateTableSeconds: z.number().min(0).max(3600).optional(),
});

/**
 * The zod schema of a simulation scenario, version 1 (ARCHITECTURE.md, "Simulation scenario
 * format"). `schema/scenario-v1.schema.json` is generated from it, and `ddb-plan schema scenario`
 * prints it. Rules that span fields (on-demand with capacity, rate or ramp, …) are checked after.
 */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema reference for editors'),
    version: z.literal(1).describe('scenario format version'),
    seed: z.number().int().min(0).max(MAX_SEED).optional().describe('master seed of every random stream (default 1); --seed overrides it'),
    duration: durationSchema.optional().describe('simulated time (required unless every workload is a trace)'),
    table: tableSchema,
    workload: z.array(workloadSchema).min(1).max(MAX_WORKLOADS).describe('workload entries, each with a rate or ramp, or a trace'),
    client: clientSchema.optional().describe('the application SDK clients'),
    designs: z.array(designSchema).min(1).max(20).optional().describe('key designs compared on the same arrivals (default: one plain design)'),
    model: modelSchema.optional().describe('model parameters (docs/simulate.md explains each)'),
  })
  .meta({ title: 'ddb-plan simulation scenario (version 1)', description: 'a table, a workload, the client retry settings and the key designs to compare (docs/simulate.md)' });

/** A scenario as written, after schema validation. */
export type ScenarioInput = z.output<typeof scenarioSchema>;

/**
 * Returns the JSON Schema of a scenario (draft-07, which the YAML and JSON language servers of
 * editors support widely), generated from `scenarioSchema`: the committed
 * schema/scenario-v1.schema.json is this, and `ddb-plan schema scenario` prints it. It checks the
 * shape; rules across fields are checked by `parseScenario`.
 */
export function scenarioJsonSchema(): Readonly<Record<string, unknown>> {
  const generated = z.toJSONSchema(scenarioSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' });
  // Title and description first, where a reader of the file looks for them.
  const { $schema, title, description, ...rest } = generated;
  return { $schema, title, description, ...rest };
}
