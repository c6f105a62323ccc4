/**
 * Tells which of the input formats ddb-plan reads a parsed document is, from its top-level shape.
 * Detection looks only at the keys each format must have, so a file with a mistake further down
 * is still recognised and its mistake reported in the terms of its own format.
 */
import { isRecord } from './is-record.js';

/** The formats `loadModel` reads. */
export type InputFormat = 'spec' | 'cloudformation' | 'serverless' | 'create-table' | 'describe-table' | 'workbench';

/** What a file of no known format was expected to be: the one line `loadModel` reports. */
export const EXPECTED_FORMATS =
  'expected a ddb-plan spec (`version: 1` and `tables`), a CloudFormation or SAM template (`Resources`), ' +
  'a Serverless Framework service (`service` and `provider: { name: aws }`), ' +
  '`aws dynamodb create-table --cli-input-json` input (`TableName` and `KeySchema`), `describe-table` output (`{ "Table": … }`) ' +
  'or a NoSQL Workbench model (`ModelName` and `DataModel`)';

/** The SAM transform that marks a template as a SAM application. */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Returns true when a template's `Transform` (a name or a list of names) includes the SAM transform. */
export function hasSamTransform(transform: unknown): boolean {
  return transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM));
}

/**
 * Returns the format of a parsed document, or undefined when it is none of them.
 *
 * - spec: a mapping with `tables` or a numeric `version` (a spec of another version is still a
 *   spec, so its reader can say which version it reads);
 * - Serverless Framework service: `service` (a name, or `{ name }`) and `provider: { name: aws }`
 *   (https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml);
 * - CloudFormation/SAM: `AWSTemplateFormatVersion`, the SAM `Transform`, or a `Resources` mapping;
 * - describe-table output: `{ "Table": { … } }`
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html);
 * - create-table input: `TableName` with `KeySchema` or `AttributeDefinitions` at the top
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html);
 * - NoSQL Workbench: `ModelName` or a `DataModel` list.
 */
export function detectFormat(value: unknown): InputFormat | undefined {
  if (!isRecord(value)) return undefined;
  if (isServerlessService(value)) return 'serverless';
  if ('AWSTemplateFormatVersion' in value || hasSamTransform(value.Transform) || isRecord(value.Resources)) return 'cloudformation';
  // A spec's version is a number; package.json's "1.0.0" is not one.
  if ('tables' in value || typeof value.version === 'number' || value.version === '1') return 'spec';
  if (isRecord(value.Table)) return 'describe-table';
  if ('TableName' in value && ('KeySchema' in value || 'AttributeDefinitions' in value)) return 'create-table';
  if ('ModelName' in value || Array.isArray(value.DataModel)) return 'workbench';
  return undefined;
}

/** Returns true for a Serverless Framework service on AWS: a `service` name and an AWS `provider`. */
function isServerlessService(value: Readonly<Record<string, unknown>>): boolean {
  const service = value.service;
  const named = typeof service === 'string' || (isRecord(service) && typeof service.name === 'string');
  return named && isRecord(value.provider) && value.provider.name === 'aws';
}
