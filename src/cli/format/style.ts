import { Chalk, type ChalkInstance } from 'chalk';

/** How output is rendered: colours (or none), and the terminal width when known. */
export interface Style {
  readonly color: ChalkInstance;
  /** True when `color` writes colours: read from its level, so the two cannot disagree. */
  readonly colorEnabled: boolean;
  readonly width: number;
}

/** Chalk's colour levels: none, 16 colours, 256 colours, true colour. */
type ColorLevel = 0 | 1 | 2 | 3;

/**
 * Decides colour once per run: off with --no-color or NO_COLOR set; else as FORCE_COLOR says
 * (1, 2 or 3 on, 0 or false off); else on when stdout is a terminal that is not TERM=dumb
 * (https://no-color.org; FORCE_COLOR as Node.js and chalk read it).
 */
export function chooseStyle(input: { readonly noColor: boolean; readonly env: Readonly<Record<string, string | undefined>>; readonly isTTY: boolean; readonly columns?: number }): Style {
  const { env } = input;
  const level = input.noColor || isSet(env.NO_COLOR) ? 0 : (forcedLevel(env.FORCE_COLOR) ?? terminalLevel(input.isTTY, env));
  // A terminal of unknown size (`script`, some CI ptys) reports 0 columns: render as if off one.
  return styleOf(new Chalk({ level }), input.columns !== undefined && input.columns > 0 ? input.columns : DEFAULT_WIDTH);
}

/** Width output is laid out for when the terminal's is unknown. */
const DEFAULT_WIDTH = 100;

/** Returns the style of a chalk instance: whether it colours is its level, read when asked. */
function styleOf(color: ChalkInstance, width: number): Style {
  return {
    color,
    get colorEnabled() {
      return color.level > 0;
    },
    width,
  };
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

/** The level FORCE_COLOR asks for, or undefined when it is not set (as chalk's supports-color reads it). */
function forcedLevel(force: string | undefined): ColorLevel | undefined {
  if (!isSet(force)) return undefined;
  if (force === '0' || force === 'false') return 0;
  return force === '2' || force === '3' ? (Number(force) as 2 | 3) : 1;
}

function terminalLevel(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): ColorLevel {
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : 1;
}
