import { InputError } from '../../errors.js';

const ALPHABET = /^[A-Za-z0-9+/]*$/;

/**
 * Decodes standard base64 (RFC 4648 §4, with `=` padding), the encoding of Binary values in
 * DynamoDB JSON, to raw bytes; the size of a Binary is its decoded length (DYNAMODB-RULES.md §1).
 * Throws an InputError saying what is wrong for anything else.
 */
export function decodeBase64(text: string): Uint8Array {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const body = text.slice(0, text.length - pad);
  if (!ALPHABET.test(body)) {
    const bad = [...body].find((c) => !/[A-Za-z0-9+/]/.test(c)) ?? '';
    if (bad === '-' || bad === '_') throw new InputError('binary is not base64: "-" and "_" belong to URL-safe base64; DynamoDB JSON uses standard base64 with "+" and "/"');
    const shown = /\s/.test(bad) ? 'white space' : `the character ${JSON.stringify(bad)}`;
    throw new InputError(`binary is not base64: ${shown} at offset ${body.indexOf(bad)}`);
  }
  if (text.length % 4 !== 0) {
    throw new InputError(`binary is not base64: ${text.length} characters is not a multiple of 4 (is the "=" padding missing?)`);
  }
  return Buffer.from(text, 'base64');
}
