import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { writeAtomically } from './write-atomically.js';

/** A file an option asks a command to write (`--report`, `--metrics-csv`): checked before the work, written after it. */
export interface OutputFile {
  /** The option, e.g. `--report`. */
  readonly flag: string;
  /** The path as the user gave it, for messages. */
  readonly shown: string;
  /** The absolute path. */
  readonly path: string;
}

/**
 * Checks, before a long run, that the file an option names can be written: its folder exists and
 * is writable, and the file is not a folder. A problem is one line naming the option and the path
 * (exit code 2), so that a typo costs nothing and no run's work is lost at its end. `example`
 * is a file name the message suggests.
 */
export function checkOutputFile(flag: string, shown: string, cwd: string, example: string): OutputFile {
  if (shown.trim() === '' || shown === '-') throw new UsageError(`${flag}: expected a file name, e.g. ${flag} ${example}`);
  const file = { flag, shown, path: resolve(cwd, shown) };
  const problem = whyNotWritable(file);
  if (problem !== null) throw cannotWrite(file, problem);
  return file;
}

/**
 * Writes an output file through a temporary sibling and a rename, so that it is whole or not
 * there; a failure is one line naming the option and the path.
 */
export function writeOutputFile(file: OutputFile, text: string): void {
  try {
    writeAtomically(file.path, text, file.shown);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The folder may have gone since the check; say so plainly rather than name the temporary file.
    throw cannotWrite(file, whyNotWritable(file) ?? e.message.replace(/^cannot write: /, ''));
  }
}

function cannotWrite(file: OutputFile, reason: string): InputError {
  return new InputError(`cannot write ${file.shown}: ${reason}`, { flag: file.flag });
}

function whyNotWritable(file: OutputFile): string | null {
  const folder = dirname(file.path);
  const shownFolder = dirname(file.shown);
  const stat = statOrNull(folder);
  if (stat === null) return `no such folder ${shownFolder}`;
  if (!stat.isDirectory()) return `${shownFolder} is not a folder`;
  if (statOrNull(file.path)?.isDirectory()) return 'it is a folder';
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `no permission to write in ${shownFolder}`;
  }
  return null;
}

/** Returns a path's status, or null when there is nothing there (or a file stands where a folder of the path should). */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
