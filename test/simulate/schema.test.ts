import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { scenarioJsonSchema } from '../../src/simulate/scenario-schema.js';

const FILE = 'schema/scenario-v1.schema.json';

describe('schema/scenario-v1.schema.json', () => {
  it('is the JSON Schema generated from the scenario zod schema (regenerate it from scenarioJsonSchema() after changing src/simulate/scenario-schema.ts)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });

  it('accepts every fixture scenario and rejects a malformed one, as editors will', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(FILE, 'utf8')) as object);
    for (const f of readdirSync('fixtures/scenarios').filter((x) => /\.ya?ml$/.test(x))) {
      const ok = validate(parse(readFileSync(`fixtures/scenarios/${f}`, 'utf8')));
      expect({ f, ok, errors: validate.errors ?? null }).toEqual({ f, ok: true, errors: null });
    }
    expect(validate({ version: 1, table: { billing: 'lots' }, workload: [] })).toBe(false);
  });
});
