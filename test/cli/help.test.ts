import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('help', () => {
  it('lists every command, then an example per kind of user', async () => {
    const run = await runCli(['--help']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    for (const c of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${c.name} `, 'm'));
    expect(run.stdout).toContain('\nExamples:\n');
    expect(run.stdout).toContain('    $ ddb-plan capacity --reads 16 --item-size 12KB --explain\n');
    expect(run.stdout).toMatch(/\nddb-plan help COMMAND \(or ddb-plan COMMAND --help\) lists the options of a command\.\n$/);
    expect(run.stdout).toMatch(/^ {2}help \[command\] +show a command's options and examples$/m);
  });

  it('wraps help to the width of the terminal it writes to, and to 80 columns off a terminal', async () => {
    const widest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));
    const options = async (columns: number, isTTY: boolean): Promise<string> => (await runCli(['help', 'capacity'], { isTTY, columns })).stdout.split('\nExamples:')[0] ?? '';
    expect(widest(await options(120, true))).toBe(120);
    expect(widest(await options(150, true))).toBe(150);
    expect(widest(await options(150, false))).toBe(80);
  });

  it('help with no command prints the same help as --help, on stdout', async () => {
    expect(await runCli(['help'])).toEqual({ code: 0, stdout: (await runCli(['--help'])).stdout, stderr: '' });
  });

  it.each(COMMANDS.map((c) => [c.name, c.name] as const))('help %s prints the same text as %s --help', async (name) => {
    const help = await runCli(['help', name]);
    expect(help).toEqual({ code: 0, stdout: (await runCli([name, '--help'])).stdout, stderr: '' });
    expect(help.stdout).toMatch(new RegExp(`^Usage: ddb-plan ${name} `));
  });

  it('help of the help command is its own usage', async () => {
    expect(await runCli(['help', 'help'])).toEqual({
      code: 0,
      stdout: "Usage: ddb-plan help [options] [command]\n\nshow a command's options and examples\n\nOptions:\n  -h, --help  show help\n",
      stderr: '',
    });
  });

  it.each([
    [['capcity'], "ddb-plan: unknown command 'capcity' (did you mean capacity?)\n"],
    [['capacity', '--rdeads', '5'], "ddb-plan: unknown option '--rdeads' (did you mean --reads?)\n"],
    [['--jsn', 'partitions'], "ddb-plan: unknown option '--jsn' (did you mean --json?)\n"],
    [['partitions', '--rcu'], "ddb-plan: option '--rcu <units>' argument missing\n"],
  ])('%j: commander\'s error, its suggestion on the same line (exit 2)', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it.each([
    [['help', 'capcity'], "ddb-plan: help: unknown command 'capcity' (the commands: capacity, item-size, partitions, hotkeys, lint, import, simulate, examples, schema, help)\n"],
    [['help', 'capacity', 'lint'], "ddb-plan: too many arguments for 'help'. Expected 1 argument but got 2.\n"],
  ])('help %j is a one-line usage error (exit 2)', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
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
