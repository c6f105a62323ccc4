import { existsSync, readFileSync } from 'node:fs';
import { renderCommandReference } from '../src/cli/command-reference.js';
import { COMMANDS } from '../src/cli/commands/index.js';
import { runCli } from './helpers/run-cli.js';

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

  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#:]+)[)#]/g)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !existsSync(l))).toEqual([]);
  });

  it('shows what each command of a console block prints today (a line "…" stands for lines left out)', async () => {
    const blocks = [...readme.matchAll(/```console\n\$ ddb-plan ([^\n]+)\n([\s\S]*?)```/g)].map((m) => ({ command: m[1] as string, shown: m[2] as string }));
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const { command, shown } of blocks) {
      const { stdout } = await runCli(command.split(' '));
      const parts = shown.split(/^…\n/m);
      // Each part is printed as shown, in order; the first opens the output and the last, unless empty, closes it.
      let at = 0;
      const missing = parts.filter((part, i) => {
        const found = i === 0 ? (stdout.startsWith(part) ? 0 : -1) : stdout.indexOf(part, at);
        at = found + part.length;
        return found < 0 || (i === parts.length - 1 && part !== '' && at !== stdout.length);
      });
      expect({ command, missing }).toEqual({ command, missing: [] });
    }
  }, 60_000);
});
