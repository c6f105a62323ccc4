import { readFileSync } from 'node:fs';
import { renderCommandReference } from '../src/cli/command-reference.js';
import { COMMANDS } from '../src/cli/commands/index.js';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('carries the command reference generated from the option tables (run `npm run readme` after changing options)', () => {
    expect(readme).toContain(renderCommandReference(COMMANDS));
  });

  it('has a Quick start of exactly two commands', () => {
    const quick = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = quick.split('\n').filter((l) => l.trim() !== '');
    expect(commands).toHaveLength(2);
    expect(commands[1]).toBe('npm test');
    expect(commands[0]).toMatch(/^npm ci && npx ddb-plan /);
  });
});
