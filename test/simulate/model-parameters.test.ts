import { readFileSync } from 'node:fs';
import { DEFAULT_MODEL_PARAMETERS, PARAMETER_INFO } from '../../src/simulate/model-parameters.js';
import { scenarioJsonSchema } from '../../src/simulate/scenario-schema.js';

/**
 * SIMULATOR.md: every model parameter AWS does not document is a named option with a default and
 * a reason. The parameter is named in four places; these tests keep them in step.
 */
describe('model parameters', () => {
  const names = Object.keys(DEFAULT_MODEL_PARAMETERS).sort();

  it('each has its reason for the report', () => {
    expect(PARAMETER_INFO.map((p) => p.name).sort()).toEqual(names);
    for (const p of PARAMETER_INFO) expect(p.why.length).toBeGreaterThan(40);
  });

  it('each can be overridden under model: in a scenario', () => {
    const model = (scenarioJsonSchema() as { properties: { model: { properties: Record<string, unknown> } } }).properties.model;
    expect(Object.keys(model.properties).sort()).toEqual(names);
  });

  it('each has a row in docs/simulate.md with its default and whether AWS documents it', () => {
    const docs = readFileSync('docs/simulate.md', 'utf8');
    for (const p of PARAMETER_INFO) {
      expect({ name: p.name, row: docs.includes(`| \`${p.name}\` | \`${String(DEFAULT_MODEL_PARAMETERS[p.name])}\` | ${p.documented ? 'yes' : 'no'} |`) }).toEqual({ name: p.name, row: true });
    }
  });
});
