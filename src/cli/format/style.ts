import { Chalk, type ChalkInstance } from 'chalk';

/** How output is rendered: colours (or none), and the terminal width when known. */
export interface Style {
  readonly color: ChalkInstance;
  readonly colorEnabled: boolean;
  readonly width: number;
}

/**
 * Decides colour once per run: off with --no-color, with NO_COLOR set, or when stdout is not a
 * terminal; FORCE_COLOR turns it on (https://no-color.org, https://force-color.org).
 */
export function chooseStyle(input: { readonly noColor: boolean; readonly env: Readonly<Record<string, string | undefined>>; readonly isTTY: boolean; readonly columns?: number }): Style {
  const { env } = input;
  let level: 0 | 1 | 2 | 3 = input.isTTY ? 1 : 0;
  if (env.COLORTERM === 'truecolor' && input.isTTY) level = 3;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') {
    const n = Number(force);
    level = n === 2 || n === 3 ? n : 1;
  }
  if (input.noColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) level = 0;
  return { color: new Chalk({ level }), colorEnabled: level > 0, width: input.columns ?? 100 };
}
