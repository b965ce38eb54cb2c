import { excerptOf, type ReadItem } from '../../domain/read-item.js';
import { parseXmlTree, rootElement, XmlSyntaxError } from '../xml/parse-xml-tree.js';
import {
  type CutDocument,
  cutDocument,
  documentPosition,
  lineColumnAt,
  TruncatedDocumentError,
} from './cut-document.js';
import { formatVersionOf, USPTO_DOCUMENT_KINDS } from './document-format.js';
import { attributeOf, type DocumentProlog, readProlog } from './document-prolog.js';

/** Where a document sits: the file it came from and its first byte's offset in that file. */
export interface DocumentContext {
  file: string;
  byteOffset: number;
}

/**
 * One USPTO XML document (v4.x grant or application, ST.32 `PATDOC`, pre-grant `pap`) to a record or a
 * reject. Pure and synchronous (runs in worker threads). Only the bibliographic data, abstract and
 * first claim are decoded and parsed; claims are counted on bytes; the description is never decoded.
 */
export function parseUsptoDocument(bytes: Buffer, ctx: DocumentContext): ReadItem {
  const prolog = readProlog(bytes);
  const kind = prolog.root === null ? undefined : USPTO_DOCUMENT_KINDS[prolog.root];
  if (!kind) return reject(ctx, notAPatent(prolog), prolog.rootTag || bytes.toString('utf8', 0, 300));

  let cut: CutDocument;
  try {
    cut = cutDocument(bytes, prolog, kind.plan);
  } catch (err) {
    if (!(err instanceof TruncatedDocumentError)) throw err;
    const tail = bytes.toString('utf8', Math.max(0, bytes.length - 200));
    return reject(ctx, `${err.message}: ${bytes.length} bytes, ends with "${excerptOf(tail, 60)}"`, tail);
  }

  let citations = null;
  if (cut.lifted && kind.scanLifted) {
    const scanned = kind.scanLifted(cut.lifted.text);
    if ('reason' in scanned) {
      const { line } = lineColumnAt(bytes, cut.lifted.byteStart);
      const where = `document line ${line}, file byte offset ${ctx.byteOffset + cut.lifted.byteStart}`;
      return reject(
        ctx,
        `not well-formed XML in <${cut.lifted.name}> (${where}): ${scanned.reason}`,
        cut.lifted.text,
      );
    }
    citations = scanned.citations;
  }

  let root: ReturnType<typeof rootElement>;
  try {
    root = rootElement(parseXmlTree(cut.text));
  } catch (err) {
    if (!(err instanceof XmlSyntaxError)) throw err;
    return syntaxReject(bytes, ctx, cut, err);
  }
  if (!root) return reject(ctx, 'document has no root element', cut.text);

  const source = {
    file: ctx.file,
    byteOffset: ctx.byteOffset,
    line: null,
    format: kind.format(prolog),
    formatVersion: formatVersionOf(prolog),
  };
  const lang = (attributeOf(prolog.rootTag, 'lang') ?? 'en').toLowerCase();
  const { claimsCount, independentClaimsCount } = cut;
  const facts = { source, lang, claimsCount, independentClaimsCount, citations };
  const mapped = kind.mapper(root, facts);
  if (!mapped.ok) return reject(ctx, mapped.reason, cut.text);
  return { kind: 'record', record: mapped.record, warnings: mapped.warnings };
}

function notAPatent(prolog: DocumentProlog): string {
  if (prolog.root === null) return 'no root element found: not an XML document';
  const dtd = prolog.dtdFile ? ` (DTD ${prolog.dtdFile})` : '';
  const expected = Object.keys(USPTO_DOCUMENT_KINDS).join(', ');
  return `root element <${prolog.root}>${dtd} is not a USPTO patent document (expected one of: ${expected})`;
}

function syntaxReject(bytes: Buffer, ctx: DocumentContext, cut: CutDocument, err: XmlSyntaxError): ReadItem {
  const at = documentPosition(bytes, cut, err.line, err.column);
  const message = err.message.replace(/ \(line \d+, column \d+\)$/, '').replace(/^\d+:\d+: /, '');
  const offset = ctx.byteOffset + at.byteOffset;
  const reason = `not well-formed XML: ${message} (document line ${at.line}, column ${at.column}; file byte offset ${offset})`;
  const around = bytes.toString('utf8', Math.max(0, at.byteOffset - 100), at.byteOffset + 100);
  return reject(ctx, reason, around);
}

function reject(ctx: DocumentContext, reason: string, excerpt: string): ReadItem {
  return {
    kind: 'reject',
    file: ctx.file,
    position: { byteOffset: ctx.byteOffset, line: null },
    reason,
    excerpt: excerptOf(excerpt),
  };
}
