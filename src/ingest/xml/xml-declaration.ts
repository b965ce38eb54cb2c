/** Where concatenated XML documents are cut: `<?xml` followed by whitespace (not `<?xml-stylesheet`). */
export const DECLARATION = Buffer.from('<?xml', 'latin1');
export const MARK = DECLARATION.length;

// Searching for `?xml` (then checking the `<` before it) is about three times faster than searching for
// `<?xml`: `?` is rare in patent XML, while `<` starts every tag.
const TAIL = DECLARATION.subarray(1);

/**
 * Index of the first complete declaration at or after `from` in `bytes`. A `<?xml` whose following byte
 * is not in `bytes` is not counted: a caller with more bytes to come resumes at `bytes.length - MARK`.
 */
export function findDeclaration(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(TAIL, from + 1) - 1;
  while (at !== -2) {
    if (at + MARK >= bytes.length) return -1;
    if (bytes[at] === 0x3c && isSpace(bytes[at + MARK]!)) return at;
    at = bytes.indexOf(TAIL, at + 2) - 1;
  }
  return -1;
}

export function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** Whitespace (and a UTF-8 BOM) between documents is not a document. */
export function isBlank(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (isSpace(b)) continue;
    if (i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}
