import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a test run: standard input, environment, working directory, terminal-ness. */
export interface RunOptions {
  readonly stdin?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly isTTY?: boolean;
}

/** Runs `ddb-plan ...argv` in-process with a fake Io and returns the exit code and both outputs. */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.isTTY ?? false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? Buffer.alloc(0))),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Runs the CLI with `--json` and returns the parsed document; fails the test on a non-zero exit. */
export async function runCliJson(argv: readonly string[], options: RunOptions = {}): Promise<Record<string, unknown>> {
  const run = await runCli(['--json', ...argv], options);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}
