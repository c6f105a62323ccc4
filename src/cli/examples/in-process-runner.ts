import type { Io } from '../io.js';
import type { RunCommand } from './run-example.js';

/** Terminal width the golden outputs are rendered at. */
const GOLDEN_COLUMNS = 100;

/** How commands run in-process render: colours or none, and the terminal width. */
export interface RunnerStyle {
  readonly color: boolean;
  readonly columns: number;
}

/** How golden outputs are recorded: no colour, 100 columns. */
const GOLDEN_STYLE: RunnerStyle = { color: false, columns: GOLDEN_COLUMNS };

/**
 * Returns a runner that executes ddb-plan in-process and captures what it prints: stdout is not a
 * terminal, the environment is empty but for FORCE_COLOR when colours are wanted, and the working
 * directory is the example's folder. The examples command, the golden test and
 * `npm run examples:update` all run examples through it, so they agree.
 */
export async function inProcessRunner(style: RunnerStyle = GOLDEN_STYLE): Promise<RunCommand> {
  // Imported at run time: main.ts lists the examples command, which imports this module, so a
  // static import would make the modules import each other.
  const { main } = await import('../main.js');
  return async (argv, cwd) => {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: { write: (s: string) => (stdout += s), isTTY: false, columns: style.columns },
      stderr: { write: (s: string) => (stderr += s), isTTY: false },
      readStdin: async () => Buffer.alloc(0),
      env: style.color ? { FORCE_COLOR: '1' } : {},
      cwd,
    };
    const code = await main(argv, io);
    return { code, stdout, stderr };
  };
}
