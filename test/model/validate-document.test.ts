import { z } from 'zod';
import { InputError } from '../../src/errors.js';
import { loadDocument } from '../../src/model/source/load-document.js';
import { validateDocument } from '../../src/model/source/validate-document.js';
import { keyPopularitySchema, normalizeKeyPopularity } from '../../src/model/common/key-popularity.js';

const schema = z.strictObject({
  version: z.literal(1),
  tables: z.array(z.strictObject({ name: z.string(), billing: z.enum(['provisioned', 'on-demand']), capacity: z.strictObject({ read: z.number(), write: z.number() }).optional() })),
});

function problems(text: string): string[] {
  try {
    validateDocument(schema, loadDocument(text, 'spec.yaml'));
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.location.line}:${p.location.column}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('validateDocument', () => {
  it('reports every problem at once, located and sorted', () => {
    const text = 'version: 1\ntables:\n  - name: Votes\n    billing: lots\n    capacity: { read: many, write: 5, burst: 3 }\n    capacty: 4\n';
    expect(problems(text)).toEqual([
      '4:14: tables[0].billing: expected one of "provisioned", "on-demand"; got "lots"',
      '5:23: tables[0].capacity.read: expected a number, got "many"',
      '5:39: unknown field "burst"',
      // No suggestion: "capacity" is already there.
      '6:5: unknown field "capacty"',
    ]);
  });

  it('suggests the field a misspelt one probably means', () => {
    expect(problems('version: 1\ntables:\n  - name: Votes\n    billing: provisioned\n    capacty: { read: 1, write: 1 }\n')).toEqual([
      '5:5: unknown field "capacty" (did you mean "capacity"?)',
    ]);
  });

  it('says which field is missing, at its parent', () => {
    expect(problems('version: 1\ntables:\n  - billing: provisioned\n')).toEqual(['3:5: tables[0].name is required']);
  });

  it('normalizes key popularity forms', () => {
    const parse = (v: unknown): unknown => normalizeKeyPopularity(keyPopularitySchema.parse(v));
    expect(parse({ cardinality: 10 })).toEqual({ kind: 'uniform', cardinality: 10 });
    expect(parse({ cardinality: 10, distribution: { zipf: 0.99 } })).toEqual({ kind: 'zipf', cardinality: 10, exponent: 0.99 });
    expect(parse({ values: ['A', 'B', 'A'] })).toEqual({ kind: 'weights', values: ['A', 'B'], weights: [1, 1] });
    expect(parse({ weights: { A: 0.7, B: 0.3 } })).toEqual({ kind: 'weights', values: ['A', 'B'], weights: [0.7, 0.3] });
    expect(parse({ hot: { share: 0.3 }, cardinality: 100 })).toEqual({ kind: 'hot', cardinality: 100, hotShare: 0.3 });
  });
});

describe('validateDocument: numbers YAML cannot hold', () => {
  it('says a number is too large rather than printing Infinity', () => {
    const s = z.strictObject({ n: z.union([z.number().finite(), z.string()]) });
    let message = '';
    try {
      validateDocument(s, loadDocument('n: 1e400\n', 'x.yaml'));
    } catch (e) {
      message = (e as InputError).problems.map((p) => `${p.location.line}:${p.location.column}: ${p.message}`).join('\n');
    }
    expect(message).toMatch(/^1:4: n: .*a number too large to hold$/);
  });
});
