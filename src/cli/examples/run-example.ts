import type { CheckValue, WorkedExample } from './worked-example.js';

/** What one in-process run of a command printed and returned. */
export interface CommandRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs ddb-plan in-process with `argv` in folder `cwd`; the examples command and the tests each supply one. */
export type RunCommand = (argv: readonly string[], cwd: string) => Promise<CommandRun>;

/** One answer check: the JSON path, the value expected, the value found (undefined when the path is missing). */
export interface CheckResult {
  readonly path: string;
  readonly expected: CheckValue;
  readonly actual: unknown;
  readonly passed: boolean;
}

/** The outcome of running one worked example now. */
export interface ExampleResult {
  readonly example: WorkedExample;
  /** The command's output as a learner sees it (the `--explain` text). */
  readonly output: CommandRun;
  /** The answer checks against the command's `--json` output. */
  readonly checks: readonly CheckResult[];
  /** Why the example failed beyond the checks (exit code, unreadable JSON), if it did. */
  readonly problems: readonly string[];
  readonly passed: boolean;
}

/**
 * Runs an example's command twice through `run` — as written, for the worked answer, and with
 * `--json`, for the answer checks — and reports whether both exit as expected and every check holds.
 */
export async function runExample(example: WorkedExample, run: RunCommand): Promise<ExampleResult> {
  const output = await run(example.argv, example.dir);
  const json = await run(['--json', ...example.argv], example.dir);
  const problems: string[] = [];
  if (output.code !== example.exitCode) problems.push(`the command exited ${output.code}, expected ${example.exitCode}${firstLine(output.stderr)}`);
  let doc: unknown;
  if (json.code !== example.exitCode) {
    problems.push(`the command with --json exited ${json.code}, expected ${example.exitCode}${firstLine(json.stderr)}`);
  } else {
    try {
      doc = JSON.parse(json.stdout);
    } catch {
      problems.push('the command with --json did not print JSON');
    }
  }
  const checks = Object.entries(example.checks).map(([path, expected]): CheckResult => {
    const actual = doc === undefined ? undefined : valueAtPath(doc, path);
    return { path, expected, actual, passed: actual === expected };
  });
  return { example, output, checks, problems, passed: problems.length === 0 && checks.every((c) => c.passed) };
}

/** Returns the value at a dotted path such as `reads.unitsPerCall` or `items.0.bytes`, or undefined. */
export function valueAtPath(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function firstLine(stderr: string): string {
  const line = stderr.split('\n')[0]?.trim() ?? '';
  return line ? ` (${line})` : '';
}
