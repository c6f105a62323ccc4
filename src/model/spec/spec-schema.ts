import { z } from 'zod';
import { positiveRatioSchema } from '../common/ratio.js';
import { tableSchema } from './table-schema.js';
import { RULE_SEVERITY_WORDS } from './vocabulary.js';

/** The spec format version this module reads. */
export const SPEC_VERSION = 1;

/** Lint rule IDs: the severity letter (E, W, I) and four digits, the thousands digit the category. */
export const RULE_ID_PATTERN = /^[EWI][0-9]{4}$/;

const ruleSeverity = z.enum(RULE_SEVERITY_WORDS).meta({ description: 'off, info, warn (or warning) or error' });

const optionValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]);

/** Configuration of one lint rule: a severity, or `{ severity, options }`. */
export const ruleSettingSchema = z.union([
  ruleSeverity,
  z.strictObject({
    severity: ruleSeverity.optional().meta({ description: "Default: the rule's own severity" }),
    options: z.record(z.string(), optionValue).optional().meta({ description: 'rule options, as its documentation lists them' }),
  }),
]);

/** The `lint:` section: rule configuration for `ddb-plan lint`. */
export const lintSettingsSchema = z
  .strictObject({
    rules: z
      .record(z.string().regex(RULE_ID_PATTERN, 'expected a rule ID such as W2001 (E, W or I and four digits)'), ruleSettingSchema)
      .optional()
      .meta({ description: 'severity (and options) by rule ID, e.g. { I9001: off, W3006: error }' }),
  })
  .meta({ title: 'Lint settings', description: 'configuration of `ddb-plan lint` for this spec' });

/** The `plan:` section: assumptions of `ddb-plan capacity`. */
export const planSettingsSchema = z
  .strictObject({
    targetUtilization: positiveRatioSchema.optional().meta({ description: "utilization provisioned capacity is sized for, where a table has no auto scaling target. Default: 0.7", default: 0.7 }),
    freeTier: z.boolean().optional().meta({ description: "subtract the account's free storage from the cost. Default: false", default: false }),
  })
  .meta({ title: 'Plan settings', description: 'assumptions of `ddb-plan capacity`' });

/** A ddb-plan spec, version 1: the single source of the TypeScript input type, the validation and the JSON Schema. */
export const specSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'JSON Schema of this file, for editors' }),
    version: z.literal(SPEC_VERSION).meta({ description: 'spec format version: 1' }),
    description: z.string().optional(),
    tables: z.array(tableSchema).min(1, 'a spec describes at least one table'),
    lint: lintSettingsSchema.optional(),
    plan: planSettingsSchema.optional(),
  })
  .meta({ title: 'ddb-plan spec, version 1', description: 'DynamoDB tables, indexes and access patterns for ddb-plan (capacity, lint, hotkeys)' });

/** A spec as written (YAML or JSON, or built by an importer): the input of `specFromInput`. */
export type SpecInput = z.input<typeof specSchema>;
/** A table as written. */
export type TableInput = z.input<typeof tableSchema>;
