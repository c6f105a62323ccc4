import { InputError } from '../../errors.js';

/**
 * Splits a command line as a worked example writes it into arguments: words separated by spaces,
 * single or double quotes around words with spaces. There is no shell: pipes, redirections,
 * variables and command separators are refused rather than passed on as arguments.
 */
export function splitCommandLine(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else if ('|&;<>()$`\\'.includes(ch)) {
      throw new InputError(`the command line has "${ch}", which needs a shell; write one ddb-plan command with plain arguments`);
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) throw new InputError(`the command line has an unclosed ${quote} quote`);
  if (inWord) args.push(current);
  return args;
}
