import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';

/**
 * Writes a file through a temporary sibling and a rename, so that a reader never sees half of it
 * and a failed run leaves any earlier file untouched. `shown` names the file in errors.
 */
export function writeAtomically(path: string, text: string, shown: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written; nothing to clean up.
    }
    throw new InputError(`cannot write: ${(e as Error).message}`, { file: shown });
  }
}
