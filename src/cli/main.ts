import { Command, CommanderError, Option } from 'commander';
import { formatLocation, InputError, UsageError, type InputProblem } from '../errors.js';
import type { CommandContext, CommandSpec, GlobalOptions } from './command.js';
import { COMMANDS } from './commands/index.js';
import { chooseStyle } from './format/style.js';
import type { Io, OutputStream } from './io.js';
import { packageVersion } from './version.js';

/** Exit codes (ARCHITECTURE.md): 0 success, 1 the command found what it reports as failing, 2 unusable input or internal error. */
const EXIT_OK = 0;
const EXIT_INPUT = 2;

/**
 * Runs ddb-plan with `argv` (without the node and script paths) against `io` and returns the exit
 * code. The only place that maps exceptions to exit codes.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, COMMANDS, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_INPUT;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    return reportError(e, io);
  }
}

/** One example per kind of user, under the list of commands in `ddb-plan --help`. */
const TOP_LEVEL_EXAMPLES = `
Examples:
  Plan a spec: units per access pattern, partitions, monthly cost, hot keys
    $ ddb-plan capacity orders.yaml
  Answer an exam question, with the arithmetic worked
    $ ddb-plan capacity --reads 16 --item-size 12KB --explain
  Lint designs in CI, annotating the pull request
    $ ddb-plan lint infra/ --format github
  See whether a key design throttles under a workload
    $ ddb-plan simulate scenario.yaml

ddb-plan help COMMAND (or ddb-plan COMMAND --help) lists the options of a command.`;

function buildProgram(io: Io, commands: readonly CommandSpec[], setExit: (code: number) => void): Command {
  const program = new Command('ddb-plan');
  program
    .description('DynamoDB capacity planning, design lint, hot-key analysis and throttling simulation.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Help wraps to the terminal of io, not to the process's that commander would ask.
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
      // Help has no colours to keep or strip.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      // Commander's own parse errors are rethrown by exitOverride and printed by reportError.
      outputError: () => undefined,
    })
    .version(packageVersion(), '--version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--json', 'machine-readable JSON on stdout (schemaVersion 1)')
    .option('--explain', 'show the worked arithmetic behind every number')
    .option('--no-color', 'no colours (also NO_COLOR, or when stdout is not a terminal)')
    .showSuggestionAfterError(true)
    .addHelpCommand(false)
    .addHelpText('after', TOP_LEVEL_EXAMPLES);

  for (const spec of commands) {
    const cmd = program.command(spec.args ? `${spec.name} ${spec.args}` : spec.name).description(spec.summary);
    for (const o of spec.options) {
      const opt = new Option(o.flags, o.description);
      if (o.choices) opt.choices([...o.choices]);
      if (o.defaultValue !== undefined) opt.default(o.defaultValue);
      if (o.repeatable) opt.argParser((value: string, previous: unknown) => [...(Array.isArray(previous) ? previous : []), value]);
      cmd.addOption(opt);
    }
    if (spec.examples?.length) cmd.addHelpText('after', `\nExamples:\n${spec.examples.map((x) => `  $ ${x}`).join('\n')}`);
    cmd.action(async (...actionArgs: unknown[]) => {
      const self = actionArgs[actionArgs.length - 1] as Command;
      const opts = self.optsWithGlobals();
      const positional = actionArgs.slice(0, -2).flatMap((a) => (a === undefined ? [] : Array.isArray(a) ? a.map(String) : [String(a)]));
      const global: GlobalOptions = { json: Boolean(opts.json), explain: Boolean(opts.explain), color: opts.color !== false };
      const ctx: CommandContext = {
        io,
        global,
        style: chooseStyle({ noColor: !global.color, env: io.env, isTTY: Boolean(io.stdout.isTTY), columns: io.stdout.columns }),
      };
      setExit(await spec.run(positional, opts, ctx));
    });
  }
  addHelpCommand(program);
  return program;
}

/** Commander's help width off a terminal, where nothing says how wide the reader's window is. */
const HELP_WIDTH_OFF_TERMINAL = 80;

/** Returns the width help wraps to on `stream`: the terminal's, or 80 columns off a terminal. */
function helpWidth(stream: OutputStream): number {
  return stream.isTTY && stream.columns ? stream.columns : HELP_WIDTH_OFF_TERMINAL;
}

/**
 * Adds `ddb-plan help [command]`: the text of `ddb-plan COMMAND --help` (or of `ddb-plan --help`),
 * on stdout, exit 0. Commander's own help command prints the whole program's help on stderr for an
 * unknown command and exits as if help had been asked for; this one refuses it in one line (exit 2).
 */
function addHelpCommand(program: Command): void {
  program
    .command('help [command]')
    .description("show a command's options and examples")
    .action((name: string | undefined) => {
      if (name === undefined) {
        program.outputHelp();
        return;
      }
      const command = program.commands.find((c) => c.name() === name);
      if (command === undefined) throw new UsageError(`help: unknown command '${name}' (the commands: ${program.commands.map((c) => c.name()).join(', ')})`);
      command.outputHelp();
    });
}

function reportError(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT_OK;
    io.stderr.write(`ddb-plan: ${commanderMessage(e.message)}\n`);
    return EXIT_INPUT;
  }
  if (e instanceof InputError) {
    for (const p of e.problems) io.stderr.write(`${formatProblem(p)}\n`);
    debugStack(e, io);
    return EXIT_INPUT;
  }
  if (e instanceof UsageError) {
    io.stderr.write(`ddb-plan: ${e.message}\n`);
    debugStack(e, io);
    return EXIT_INPUT;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr.write(`ddb-plan: internal error: ${message} (set DDB_PLAN_DEBUG=1 for the stack trace, and please report it)\n`);
  debugStack(e, io);
  return EXIT_INPUT;
}

/**
 * Returns a commander error as one line, as every error is (ARCHITECTURE.md): without its "error: "
 * prefix, and with a suggestion commander puts on a line of its own, "(Did you mean --reads?)",
 * joined as ddb-plan's own suggestions read: "unknown option '--rdeads' (did you mean --reads?)".
 */
function commanderMessage(message: string): string {
  return message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\?\)$/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ');
}

/** Formats one input problem as `ddb-plan: FILE:LINE:COL: message`. */
function formatProblem(p: InputProblem): string {
  const where = formatLocation(p.location);
  return where ? `ddb-plan: ${where}: ${p.message}` : `ddb-plan: ${p.message}`;
}

function debugStack(e: unknown, io: Io): void {
  if (io.env.DDB_PLAN_DEBUG === '1' && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
}
