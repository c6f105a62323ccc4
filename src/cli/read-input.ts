import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Io } from './io.js';

/** A text input and the name it is reported under. */
export interface TextInput {
  readonly file: string;
  readonly text: string;
}

/** Spec, template and scenario files larger than this are refused before reading (CloudFormation itself caps templates at 1 MB). */
const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/**
 * Reads a UTF-8 text file, or standard input for `-`, refusing missing files, directories, files
 * over `maxBytes` and binary data, with a one-line error naming the file.
 */
export async function readTextInput(path: string, io: Io, maxBytes = MAX_DOCUMENT_BYTES): Promise<TextInput> {
  if (path === '-') {
    const data = await io.readStdin();
    return { file: '<stdin>', text: decodeText(data, '<stdin>', maxBytes) };
  }
  const full = resolve(io.cwd, path);
  let size: number;
  try {
    const st = statSync(full);
    if (st.isDirectory()) throw new InputError('is a directory, expected a file', { file: path });
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(describeFsError(e), { file: path });
  }
  if (size > maxBytes) {
    throw new InputError(`file is ${formatMiB(size)}; ddb-plan reads files of at most ${formatMiB(maxBytes)}`, { file: path });
  }
  let data: Buffer;
  try {
    data = readFileSync(full);
  } catch (e) {
    throw new InputError(describeFsError(e), { file: path });
  }
  return { file: path, text: decodeText(data, path, maxBytes) };
}

function decodeText(data: Buffer, file: string, maxBytes: number): string {
  if (data.length > maxBytes) {
    throw new InputError(`input is ${formatMiB(data.length)}; ddb-plan reads at most ${formatMiB(maxBytes)}`, { file });
  }
  const nul = data.indexOf(0);
  if (nul >= 0) throw new InputError(`binary data (a NUL byte at offset ${nul}); expected UTF-8 text`, { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new InputError('not valid UTF-8 text', { file });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  return `cannot read: ${(e as Error).message}`;
}

function formatMiB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`;
}
