import fc from 'fast-check';
import { InputError } from '../../../src/errors.js';
import { decodeBase64 } from '../../../src/model/items/base64.js';

describe('decodeBase64', () => {
  it('decodes standard base64 to its raw bytes, whatever their length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeBase64(Buffer.from(bytes).toString('base64'));
        return decoded.byteLength === bytes.byteLength && Buffer.from(decoded).equals(Buffer.from(bytes));
      }),
    );
    expect(decodeBase64('').byteLength).toBe(0);
  });

  it.each([
    ['QQ', 'binary is not base64: 2 characters is not a multiple of 4 (is the "=" padding missing?)'],
    ['QQ=', 'binary is not base64: 3 characters is not a multiple of 4 (is the "=" padding missing?)'],
    ['Q===', 'binary is not base64: the character "=" at offset 1'],
    ['QQ==QQ==', 'binary is not base64: the character "=" at offset 2'],
    ['QQ\n==', 'binary is not base64: white space at offset 2'],
    ['a_b-', 'binary is not base64: "-" and "_" belong to URL-safe base64; DynamoDB JSON uses standard base64 with "+" and "/"'],
    ['Zm9v!', 'binary is not base64: the character "!" at offset 4'],
  ])('refuses %j', (text, message) => {
    expect(() => decodeBase64(text)).toThrow(new InputError(message));
  });
});
