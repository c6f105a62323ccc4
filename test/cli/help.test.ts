import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('help', () => {
  it('lists every command, then an example per kind of user', async () => {
    const run = await runCli(['--help']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    for (const c of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${c.name} `, 'm'));
    expect(run.stdout).toContain('\nExamples:\n');
    expect(run.stdout).toContain('    $ ddb-plan capacity --reads 16 --item-size 12KB --explain\n');
    expect(run.stdout).toMatch(/ddb-plan COMMAND --help lists the options of a command\.\n$/);
  });

  it('prints the same help on stderr, with exit 2, when no command is given', async () => {
    const run = await runCli([]);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 2, stdout: '', stderr: (await runCli(['--help'])).stdout });
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help shows every option of its table and its examples', async (name, command) => {
    const run = await runCli([name, '--help']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    for (const o of command.options) expect(run.stdout).toContain(o.flags);
    for (const x of command.examples ?? []) expect(run.stdout).toContain(`  $ ${x}\n`);
    // A flag without a value is off unless given; saying "(default: false)" only adds noise.
    expect(run.stdout).not.toContain('default: false');
  });
});
