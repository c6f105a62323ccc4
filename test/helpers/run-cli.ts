import { runInProcess, type InProcessOptions } from '../../src/cli/examples/in-process-runner.js';
import type { CommandRun } from '../../src/cli/examples/run-example.js';

/** Options of a test run: standard input, environment, working directory (default: the repository), whether stdout and stdin are terminals, the width of stdout. */
export type RunOptions = Partial<Pick<InProcessOptions, 'stdin' | 'env' | 'cwd' | 'isTTY' | 'stdinIsTTY' | 'columns'>>;

/** Runs `ddb-plan ...argv` in-process with a fake Io and returns the exit code and both outputs. */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CommandRun> {
  return runInProcess(argv, { ...options, cwd: options.cwd ?? process.cwd() });
}

/** Runs the CLI with `--json` and returns the parsed document; fails the test on a non-zero exit. */
export async function runCliJson(argv: readonly string[], options: RunOptions = {}): Promise<Record<string, unknown>> {
  const run = await runCli(['--json', ...argv], options);
  if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}
