import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../../src/lint/registry.js';
import { renderRuleDocs, ruleFixturePath } from '../../src/lint/rule-docs.js';
import { categoryOfId, ruleDocsUrl, severityOfId } from '../../src/lint/rule-id.js';

// After ESLint's Makefile.js rule-file checks: every rule is complete, and nothing is left over.
describe('every lint rule', () => {
  it('has a unique, well-formed ID whose letter is its severity and whose thousands digit is a category', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // IDs also stay unique by their digits: W1007 and E1007 would be one rule to a reader.
    expect(new Set(ids.map((id) => id.slice(1))).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[EWI]\d{4}$/);
      expect(severityOfId(r.id)).toBe(r.severity);
      expect(categoryOfId(r.id)).toBe(r.category);
      expect(r.docsUrl).toBe(ruleDocsUrl(r.id));
      expect(r.source).toMatch(/^https:\/\//);
      expect(r.title.length).toBeGreaterThan(3);
      expect(r.description).toMatch(/\.$/);
      expect(r.fix).toMatch(/\.$/);
    }
  });

  it('has a unique name and lives in src/lint/rules/<name>.ts, and every rule file is registered', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const files = readdirSync('src/lint/rules').filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(files).toEqual([...names].sort());
    for (const r of RULES) expect(readFileSync(`src/lint/rules/${r.name}.ts`, 'utf8')).toContain(`id: '${r.id}'`);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a doc page, valid and invalid fixtures, and a test of its fixtures and of every message', (id, rule) => {
    expect(existsSync(`docs/rules/${id}.md`)).toBe(true);
    expect(existsSync(ruleFixturePath(id, 'valid'))).toBe(true);
    expect(existsSync(ruleFixturePath(id, 'invalid'))).toBe(true);
    if (rule.needsBaseline) expect(existsSync(ruleFixturePath(id, 'baseline'))).toBe(true);
    const testFile = `test/lint/rules/${rule.name}.test.ts`;
    expect(existsSync(testFile)).toBe(true);
    const test = readFileSync(testFile, 'utf8');
    expect(test).toContain(`fixture('${id}', 'valid.yaml')`);
    expect(test).toContain(`fixture('${id}', 'invalid.yaml')`);
    for (const messageId of Object.keys(rule.messages)) expect({ messageId, tested: test.includes(`messageId: '${messageId}'`) }).toEqual({ messageId, tested: true });
  });

  it('has no fixture folder or doc page without a rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    // fixtures/lint/templates holds real-world-style templates with several findings (golden tests).
    expect(readdirSync('fixtures/lint').filter((d) => d !== 'templates' && !ids.has(d))).toEqual([]);
    expect(readdirSync('docs/rules').filter((f) => f !== 'README.md' && !ids.has(f.replace(/\.md$/, '')))).toEqual([]);
  });
});

describe('the rules documentation', () => {
  const files = renderRuleDocs(RULES, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined));

  it.each(files.map(([path, text]) => [path, text] as const))('%s is up to date (run `npm run rules:docs`)', (path, text) => {
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('indexes every rule with a link to its page', () => {
    const index = readFileSync('docs/rules/README.md', 'utf8');
    for (const r of RULES) expect(index).toContain(`| [${r.id}](${r.id}.md) | ${r.title} | ${r.severity} |`);
  });
});
