import { UsageError } from '../errors.js';
import type { CommandContext } from './command.js';

/**
 * Returns the output format a command was asked for: `--format`, else `json` with `--json`, else
 * the command's default. `--json` with another `--format` asks for two and is a UsageError.
 */
export function outputFormat<F extends string>(opts: Readonly<Record<string, unknown>>, ctx: CommandContext, fallback: F): F | 'json' {
  // Commander has checked the value against the command's choices.
  const requested = opts.format === undefined ? undefined : (String(opts.format) as F);
  if (ctx.global.json && requested !== undefined && requested !== 'json') throw new UsageError(`--json and --format ${requested} ask for two formats; give one`);
  return requested ?? (ctx.global.json ? 'json' : fallback);
}
