/** One EPO document's bytes turned into the XML text that is worth parsing. */
export interface PreparedEpoText {
  text: string;
  /** Bare `&` characters rewritten as `&amp;` (0 when the document was well-formed there). */
  repairedAmpersands: number;
}

// Bulky parts no field is read from. They are cut out before parsing (saxes would otherwise tokenise
// every paragraph) and replaced by their own line breaks, so line numbers in errors stay true.
// A cut part is not checked for well-formedness; an unclosed one is left in and fails the parse.
const CUT_ELEMENTS = ['description', 'drawings'] as const;

// `&` that does not start an entity or character reference. Real files re-serialised by other
// tools carry such ampersands in names ("Kador & Partner"); they are read as a literal `&`.
const BARE_AMPERSAND = /&(?![A-Za-z_][\w.-]*;|#\d+;|#x[\dA-Fa-f]+;)/g;

/** Decode (UTF-8 unless the XML declaration says otherwise), cut bulky parts, repair bare ampersands. */
export function prepareEpoText(bytes: Buffer): PreparedEpoText {
  let text = decode(bytes);
  for (const name of CUT_ELEMENTS) text = cutElement(text, name);
  let repairedAmpersands = 0;
  if (text.includes('&')) {
    text = text.replace(BARE_AMPERSAND, () => {
      repairedAmpersands += 1;
      return '&amp;';
    });
  }
  return { text, repairedAmpersands };
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = /^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(bytes.toString('latin1', 0, 200))?.[1];
  if (!declared || /^utf-?8$/i.test(declared)) return bytes.toString('utf8');
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function cutElement(text: string, name: string): string {
  const start = findStartTag(text, name);
  if (start < 0) return text;
  const closeTag = `</${name}>`;
  const close = text.indexOf(closeTag, start);
  if (close < 0) return text;
  const end = close + closeTag.length;
  return text.slice(0, start) + '\n'.repeat(countLineBreaks(text, start, end)) + text.slice(end);
}

function findStartTag(text: string, name: string): number {
  const open = `<${name}`;
  let at = text.indexOf(open);
  while (at >= 0) {
    const next = text.charCodeAt(at + open.length);
    // `>`, `/` or whitespace: the element itself, not `<description-of-drawings` and the like.
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) {
      const tagEnd = text.indexOf('>', at);
      return tagEnd > 0 && text.charCodeAt(tagEnd - 1) === 0x2f ? -1 : at;
    }
    at = text.indexOf(open, at + open.length);
  }
  return -1;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  let at = text.indexOf('\n', from);
  while (at >= 0 && at < to) {
    count += 1;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}
