import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { Fraction } from '../../../src/calculators/fraction.js';
import { formatSpec } from '../../../src/model/spec/format-spec.js';
import { parseSpec } from '../../../src/model/spec/parse-spec.js';
import type { SpecModel } from '../../../src/model/spec/spec-model.js';
import { formatRate, specToInput } from '../../../src/model/spec/spec-to-input.js';
import { anySpec as spec } from '../../helpers/spec-arbitraries.js';

/**
 * The model's values without where they came from (paths, field paths, the source document) and,
 * unless asked, without which values were defaulted or derived; exact numbers as text.
 */
function valuesOf(m: SpecModel, keepProvenance: boolean): unknown {
  const drop = new Set(['path', 'fieldPaths', 'source', ...(keepProvenance ? [] : ['defaulted', 'valueBytesFrom'])]);
  return JSON.parse(JSON.stringify(m, (k, v: unknown) => (drop.has(k) ? undefined : v instanceof Fraction ? `#${v.toString()}` : v)));
}

const parse = (input: unknown): SpecModel => parseSpec(stringify(input), 'spec.yaml');

describe('spec → model → spec', () => {
  it('writes back what was written: it normalizes to the same model, the same defaults included', () => {
    fc.assert(
      fc.property(spec, (input) => {
        const m = parse(input);
        const written = specToInput(m);
        const again = parse(written);
        expect(valuesOf(again, true)).toEqual(valuesOf(m, true));
        expect(specToInput(again)).toEqual(written);
      }),
      { numRuns: 100 },
    );
  });

  it('normalizing is idempotent: the model written with every default normalizes to itself', () => {
    fc.assert(
      fc.property(spec, (input) => {
        const m = parse(input);
        const explicit = specToInput(m, { defaults: 'include' });
        const again = parse(explicit);
        expect(valuesOf(again, false)).toEqual(valuesOf(m, false));
        // Nothing is defaulted any more, so writing it again changes nothing.
        expect(specToInput(again, { defaults: 'include' })).toEqual(explicit);
        expect(specToInput(again)).toEqual(explicit);
      }),
      { numRuns: 100 },
    );
  });

  it('formats YAML that parses back to the same model, with the schema line when asked', () => {
    for (const file of ['minimal.yaml', 'url-shortener.yaml', 'every-field.yaml']) {
      const m = parseSpec(readFileSync(`fixtures/specs/${file}`, 'utf8'), file);
      const text = formatSpec(m, { schema: '../../schema/spec-v1.schema.json', header: ['imported from template.yaml'] });
      expect(text.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../../schema/spec-v1.schema.json', '# imported from template.yaml']);
      expect(valuesOf(parseSpec(text, 'again.yaml'), true)).toEqual(valuesOf(m, true));
    }
  });

  it('writes the minimal spec as a person would', () => {
    const m = parseSpec(readFileSync('fixtures/specs/minimal.yaml', 'utf8'), 'minimal.yaml');
    expect(formatSpec(m)).toBe(
      [
        'version: 1',
        'tables:',
        '  - name: Sessions',
        '    partitionKey: { name: session_id, type: S }',
        '    attributes:',
        '      session_id: { type: S, bytes: 32 }',
        '      user_id: { type: S, bytes: 12 }',
        '      expires_at: N',
        '    ttl: expires_at',
        '    accessPatterns:',
        '      - name: getSession',
        '        operation: GetItem',
        '        rate: 300',
        '        keys: { session_id: { cardinality: 2000000 } }',
        '      - name: createSession',
        '        operation: PutItem',
        '        rate: 20',
        '        keys: { session_id: { cardinality: 2000000 } }',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['20', 20],
    ['5/3', '100/min'],
    ['1/86400', '1/day'],
    ['5/2', 2.5],
    ['3/100', 0.03],
    ['1/24', '150/h'],
    ['1/80', '45/h'],
    ['7/1000000', '0.000007/s'],
  ])('writes the exact rate %s/s as %j', (exact, written) => {
    const [n, d = '1'] = exact.split('/');
    expect(formatRate(Fraction.of(BigInt(n as string), BigInt(d)))).toBe(written);
  });
});
