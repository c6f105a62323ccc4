// Writes docs/rules/<ID>.md for every lint rule and the index docs/rules/README.md from the rules'
// metadata and fixtures (run `npm run rules:docs`; test/lint/rule-parity.test.ts fails when stale).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/lint/registry.js';
import { renderRuleDocs } from '../dist/lint/rule-docs.js';

mkdirSync('docs/rules', { recursive: true });
for (const [path, text] of renderRuleDocs(RULES, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined))) writeFileSync(path, text);
