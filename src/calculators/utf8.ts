/**
 * Returns the number of bytes `text` takes in UTF-8, as DynamoDB counts String values and
 * attribute names (DYNAMODB-RULES.md §1). An unpaired surrogate counts 3 bytes, the size of the
 * U+FFFD replacement character that every UTF-8 encoder sends in its place.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one code point beyond U+FFFF: 4 bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
