// Rewrites the generated command reference in README.md from the built CLI (run `npm run readme`).
import { readFileSync, writeFileSync } from 'node:fs';
import { COMMANDS } from '../dist/cli/commands/index.js';
import { REFERENCE_END, REFERENCE_START, renderCommandReference } from '../dist/cli/command-reference.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf(REFERENCE_START);
const end = readme.indexOf(REFERENCE_END);
if (start < 0 || end < start) throw new Error('README.md lacks the command reference markers');
const next = `${readme.slice(0, start + REFERENCE_START.length)}\n\n${renderCommandReference(COMMANDS)}\n\n${readme.slice(end)}`;
writeFileSync(path, next);
