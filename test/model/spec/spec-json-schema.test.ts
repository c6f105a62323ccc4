import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import { anySpec } from '../../helpers/spec-arbitraries.js';

// The committed file, as an editor or CI script would read it, checked by a real validator.
const schema = JSON.parse(readFileSync('schema/spec-v1.schema.json', 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
const errorsOf = (value: unknown): string[] => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

const specFiles = readdirSync('fixtures/specs').filter((f) => /\.(ya?ml|json)$/.test(f));

describe('schema/spec-v1.schema.json', () => {
  it('is a draft-07 schema with a title and descriptions for editors', () => {
    expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: 'ddb-plan spec, version 1', type: 'object', additionalProperties: false, required: ['version', 'tables'] });
    const tables = (schema.properties as Record<string, { items: { properties: Record<string, { description?: string }> } }>).tables!;
    const undocumented = Object.entries(tables.items.properties).filter(([k, v]) => k !== 'description' && !v.description).map(([k]) => k);
    expect(undocumented).toEqual([]);
  });

  it.each(specFiles)('accepts the bundled spec %s, which names the schema for editors', (file) => {
    const text = readFileSync(`fixtures/specs/${file}`, 'utf8');
    if (!file.endsWith('.json')) expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/spec-v1.schema.json');
    expect(errorsOf(parse(text))).toEqual([]);
  });

  it('has bundled specs to check', () => {
    expect(specFiles).toEqual(expect.arrayContaining(['minimal.yaml', 'url-shortener.yaml', 'every-field.yaml']));
  });

  it.each([
    ['unknown-fields.yaml', ['/tables/0/partitionKey must match a schema in anyOf', '/tables/0 must NOT have additional properties', '/tables/0/accessPatterns/0 must NOT have additional properties']],
    ['wrong-types.yaml', ['/tables/0/billing must be equal to one of the allowed values', '/tables/0/capacity must be object']],
    ['version-2.yaml', ['/version must be equal to constant']],
    ['comments-only.yaml', [' must be object']],
  ])('rejects the invalid shapes of %s as ddb-plan does', (file, expected) => {
    const value: unknown = parse(readFileSync(`fixtures/specs/invalid/${file}`, 'utf8'));
    expect(errorsOf(value)).toEqual(expect.arrayContaining(expected));
  });

  it('accepts every spec ddb-plan accepts (any field, any form)', () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        expect(errorsOf(JSON.parse(JSON.stringify(spec)))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
