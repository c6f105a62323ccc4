import type { Io } from '../io.js';
import type { CommandRun, RunCommand } from './run-example.js';

/** Terminal width the golden outputs are rendered at. */
const GOLDEN_COLUMNS = 100;

/** How commands run in-process render: colours or none, and the terminal width. */
export interface RunnerStyle {
  readonly color: boolean;
  readonly columns: number;
}

/** How golden outputs are recorded: no colour, 100 columns. */
const GOLDEN_STYLE: RunnerStyle = { color: false, columns: GOLDEN_COLUMNS };

/** What an in-process run sees of its environment; stdout is 100 columns wide, and neither stdout nor stdin is a terminal unless told. */
export interface InProcessOptions {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  readonly stdin?: string | Buffer;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal. */
  readonly isTTY?: boolean;
  /** Whether stdin is a terminal (nothing piped in). */
  readonly stdinIsTTY?: boolean;
  readonly columns?: number;
}

/**
 * Runs `ddb-plan ...argv` in-process against an Io that keeps what it writes, and returns the exit
 * code and both outputs. The worked examples, the CLI tests and the golden-file scripts all run
 * ddb-plan through it, so they see it alike.
 */
export async function runInProcess(argv: readonly string[], options: InProcessOptions): Promise<CommandRun> {
  // Imported at run time: main.ts lists the examples command, which imports this module, so a
  // static import would make the modules import each other.
  const { main } = await import('../main.js');
  let stdout = '';
  let stderr = '';
  const stdin = typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? Buffer.alloc(0));
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.isTTY ?? false, columns: options.columns ?? GOLDEN_COLUMNS },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    readStdin: async () => stdin,
    stdinIsTTY: options.stdinIsTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/**
 * Returns a runner that executes ddb-plan in-process and captures what it prints: stdout is not a
 * terminal, the environment is empty but for FORCE_COLOR when colours are wanted, and the working
 * directory is the example's folder. The examples command, the golden test and
 * `npm run examples:update` all run examples through it, so they agree.
 */
export async function inProcessRunner(style: RunnerStyle = GOLDEN_STYLE): Promise<RunCommand> {
  return async (argv, cwd) => runInProcess(argv, { cwd, columns: style.columns, env: style.color ? { FORCE_COLOR: '1' } : {} });
}
