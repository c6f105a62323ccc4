import { readFileSync } from 'node:fs';
import { accessPatternSchema } from '../../../src/model/spec/access-pattern-schema.js';
import { DEFAULT_VALUE_BYTES } from '../../../src/model/spec/attribute-bytes.js';
import { indexSchema } from '../../../src/model/spec/index-schema.js';
import { parseSpec } from '../../../src/model/spec/parse-spec.js';
import { planSettingsSchema, specSchema } from '../../../src/model/spec/spec-schema.js';
import { tableSchema } from '../../../src/model/spec/table-schema.js';

const doc = readFileSync('docs/spec.md', 'utf8');

/** Returns the fields documented in the reference table under a heading: the first column's `code`. */
function documentedFields(heading: string): string[] {
  const start = doc.indexOf(`\n### ${heading}\n`);
  expect(start).toBeGreaterThan(0);
  const section = doc.slice(start + 1).split(/\n#{2,3} /)[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);
}

describe('docs/spec.md', () => {
  it.each([
    ['The document', specSchema.shape],
    ['Tables', tableSchema.shape],
    ['Indexes', indexSchema.shape],
    ['Access patterns', accessPatternSchema.shape],
    ['plan', planSettingsSchema.shape],
  ])('documents every field of "%s", and no other', (heading, shape) => {
    expect(documentedFields(heading).sort()).toEqual(Object.keys(shape).sort());
  });

  it('gives the assumed value sizes the code uses', () => {
    const rows = Object.fromEntries([...doc.matchAll(/^\| (`[A-Z]+`(?:, `[A-Z]+`)*) \| (\d+) \|/gm)].flatMap((m) => (m[1] as string).split(', ').map((t) => [t.replace(/`/g, ''), Number(m[2])])));
    expect(rows).toEqual(DEFAULT_VALUE_BYTES);
  });

  it('shows the minimal fixture as its first example, and every full example parses', () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    const minimal = readFileSync('fixtures/specs/minimal.yaml', 'utf8').split('\n').filter((l) => !l.startsWith('#') || l.startsWith('# yaml-language-server')).join('\n');
    expect(blocks[0]).toBe(minimal);
    const full = blocks.filter((b) => /^version: 1$/m.test(b));
    expect(full.length).toBeGreaterThan(0);
    for (const b of full) expect(parseSpec(b, 'docs/spec.md').tables.length).toBeGreaterThan(0);
  });
});
