import { stringify } from 'yaml';
import { InputError } from '../../src/errors.js';
import { parseSpec } from '../../src/model/spec/parse-spec.js';
import type { SpecInput, TableInput } from '../../src/model/spec/spec-schema.js';
import type { SpecModel } from '../../src/model/spec/spec-model.js';

/** Returns a small valid table (one partition key, one read pattern) with `overrides` applied. */
export function aTable(overrides: Partial<TableInput> = {}): TableInput {
  return {
    name: 'Orders',
    partitionKey: { name: 'id', type: 'S' },
    accessPatterns: [{ name: 'getOrder', operation: 'GetItem', rate: '10/s' }],
    ...overrides,
  };
}

/** Returns a valid spec of the given tables (default: one `aTable()`) with `overrides` applied. */
export function aSpec(tables: readonly TableInput[] = [aTable()], overrides: Partial<SpecInput> = {}): SpecInput {
  return { version: 1, tables: [...tables], ...overrides };
}

/** Parses a spec value by way of its YAML text, as a file would be. */
export function parsed(input: unknown, file = 'spec.yaml'): SpecModel {
  return parseSpec(stringify(input), file);
}

/** Returns the problems of spec text as `LINE:COL: message` lines; fails when the text is valid. */
export function problemsOf(text: string, file = 'spec.yaml'): string[] {
  try {
    parseSpec(text, file);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.location.line ?? '?'}:${p.location.column ?? '?'}: ${p.message}`);
    throw e;
  }
  throw new Error('expected the spec to be rejected');
}
