import { z } from 'zod';
import { specSchema } from './spec-schema.js';

/** A JSON Schema document. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * Returns the JSON Schema (draft-07, which editors' YAML and JSON language servers support
 * widely) of spec version 1, generated from the same zod schema that validates specs. It checks
 * the shape; the values' own rules (a rate's unit, a share above 100 %) are checked by ddb-plan.
 */
export function specJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(specSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' });
  // Title and description first, where a reader of the file looks for them.
  const { $schema, title, description, ...rest } = generated;
  return { $schema, title, description, ...rest };
}
