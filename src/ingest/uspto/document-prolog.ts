/** What the start of an XML (or SGML-ish) document says about it, read from bytes without decoding. */
export interface DocumentProlog {
  /** Root element name, or null when no element starts in the document. */
  root: string | null;
  /** Byte offset of the root's `<` and of the byte after its start tag's `>` (-1 when unclosed). */
  rootStart: number;
  rootOpenEnd: number;
  /** The root start tag as text (`<us-patent-grant lang="EN" ...>`), for attributes. */
  rootTag: string;
  hasXmlDeclaration: boolean;
  /** System identifier of the DOCTYPE (`us-patent-grant-v45-2014-04-03.dtd`), when there is one. */
  dtdFile: string | null;
}

const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;

/** Scan past the declaration, comments, processing instructions and DOCTYPE to the root element. */
export function readProlog(bytes: Buffer): DocumentProlog {
  let at = 0;
  let hasXmlDeclaration = false;
  let dtdFile: string | null = null;
  for (;;) {
    at = bytes.indexOf(LT, at);
    if (at === -1 || at + 1 >= bytes.length) return noRoot(hasXmlDeclaration, dtdFile);
    const next = bytes[at + 1]!;
    if (next === QUESTION) {
      if (bytes.toString('latin1', at, at + 6).startsWith('<?xml') && isSpace(bytes[at + 5])) {
        hasXmlDeclaration = true;
      }
      at = endOf(bytes, '?>', at);
    } else if (next === BANG) {
      if (bytes.toString('latin1', at, at + 4) === '<!--') {
        at = endOf(bytes, '-->', at);
      } else {
        const end = doctypeEnd(bytes, at);
        if (bytes.toString('latin1', at, at + 9).toUpperCase() === '<!DOCTYPE') {
          dtdFile = systemId(bytes.toString('latin1', at, Math.min(end, at + 2000)));
        }
        at = end;
      }
    } else {
      const close = bytes.indexOf('>', at);
      const rootTag = bytes.toString(
        'utf8',
        at,
        close === -1 ? Math.min(bytes.length, at + 2000) : close + 1,
      );
      const name = /^<([^\s/>]+)/.exec(rootTag)?.[1] ?? null;
      return {
        root: name,
        rootStart: at,
        rootOpenEnd: close === -1 ? -1 : close + 1,
        rootTag,
        hasXmlDeclaration,
        dtdFile,
      };
    }
    if (at === -1) return noRoot(hasXmlDeclaration, dtdFile);
  }
}

/** The value of an attribute in a start tag (entities are not expected in the attributes read here). */
export function attributeOf(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function noRoot(hasXmlDeclaration: boolean, dtdFile: string | null): DocumentProlog {
  return { root: null, rootStart: -1, rootOpenEnd: -1, rootTag: '', hasXmlDeclaration, dtdFile };
}

function endOf(bytes: Buffer, terminator: string, from: number): number {
  const end = bytes.indexOf(terminator, from + 2, 'latin1');
  return end === -1 ? -1 : end + terminator.length;
}

/** End of a `<!DOCTYPE ... [ internal subset ]>` or other `<!...>` declaration. */
function doctypeEnd(bytes: Buffer, from: number): number {
  const close = bytes.indexOf('>', from);
  const open = bytes.indexOf('[', from);
  if (close === -1) return -1;
  if (open === -1 || open > close) return close + 1;
  const subsetEnd = bytes.indexOf(']', open);
  if (subsetEnd === -1) return -1;
  const end = bytes.indexOf('>', subsetEnd);
  return end === -1 ? -1 : end + 1;
}

function systemId(doctype: string): string | null {
  const quoted = /\b(?:SYSTEM|PUBLIC\s+(?:"[^"]*"|'[^']*'))\s+(?:"([^"]*)"|'([^']*)')/i.exec(doctype);
  return quoted ? (quoted[1] ?? quoted[2] ?? null) : null;
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
