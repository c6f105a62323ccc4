import type { Style } from './format/style.js';
import type { Io } from './io.js';

/** One command-line option: the single table that builds commander and the README's reference. */
export interface OptionSpec {
  /** Commander flags, e.g. `--reads <rate>`. */
  readonly flags: string;
  readonly description: string;
  /** The value when the option is absent; a flag without a value is absent (undefined) or true. */
  readonly defaultValue?: string;
  readonly choices?: readonly string[];
  /** True for options that may be given more than once (values collected into an array). */
  readonly repeatable?: boolean;
}

/** Options every command takes. */
export interface GlobalOptions {
  readonly json: boolean;
  readonly explain: boolean;
  readonly color: boolean;
}

/** What a running command gets: the process boundary, the chosen style and the global options. */
export interface CommandContext {
  readonly io: Io;
  readonly style: Style;
  readonly global: GlobalOptions;
}

/** A command: its arguments and options as data, and what it does. Returns the exit code (0 or 1). */
export interface CommandSpec {
  readonly name: string;
  /** Commander argument syntax, e.g. `[spec...]`. */
  readonly args?: string;
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  /** Example invocations for help and the README. */
  readonly examples?: readonly string[];
  run(args: readonly string[], options: Readonly<Record<string, unknown>>, ctx: CommandContext): Promise<number>;
}
