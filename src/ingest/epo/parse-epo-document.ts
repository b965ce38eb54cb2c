import { excerptOf, type ReadItem, type RecordWarning } from '../../domain/read-item.js';
import { parseXmlTree, rootElement, XmlSyntaxError } from '../xml/parse-xml-tree.js';
import { buildEpoRecord } from './epo-record.js';
import { prepareEpoText } from './prepare-epo-text.js';

export interface EpoDocumentContext {
  /** The input's name, for provenance and rejects. */
  file: string;
  /** Where the document starts in the (decompressed) input. */
  byteOffset: number;
}

// Elements with nothing the record reads, dropped while parsing (description and drawings are
// usually cut before parsing already, see prepareEpoText).
const SKIP = new Set([
  'description',
  'drawings',
  'amended-claims',
  'amended-claims-statement',
  'doc-page',
  'B000',
  'B800',
  'B600',
  'B780',
  'B790',
  'img',
]);

/**
 * Read one EPO publication-server document (`ep-patent-document`, DTD v1.0 to v1.5.1).
 * Pure and synchronous: never throws for bad input; anything unusable becomes a `reject`.
 * @example parseEpoDocument(bytes, { file: 'EP3782854A1.xml', byteOffset: 0 })
 */
export function parseEpoDocument(bytes: Buffer, ctx: EpoDocumentContext): ReadItem {
  const position = { byteOffset: ctx.byteOffset, line: null };
  const reject = (reason: string, excerpt: string): ReadItem => ({
    kind: 'reject',
    file: ctx.file,
    position,
    reason,
    excerpt: excerptOf(excerpt),
  });

  const { text, repairedAmpersands } = prepareEpoText(bytes);
  let root: ReturnType<typeof rootElement>;
  try {
    root = rootElement(parseXmlTree(text, { skip: SKIP }));
  } catch (error) {
    if (!(error instanceof XmlSyntaxError))
      return reject(`unreadable document: ${String(error)}`, text.slice(0, 200));
    const where = `line ${error.line}, column ${error.column} of the document`;
    return reject(`not well-formed XML: ${firstLine(error.message)} (${where})`, lineAt(text, error.line));
  }
  if (!root) return reject('not well-formed XML: no root element', text.slice(0, 200));
  if (root.name !== 'ep-patent-document') {
    return reject(
      `not an EPO publication document: root element is <${root.name}>, expected <ep-patent-document>`,
      text.slice(0, 200),
    );
  }

  const warnings: RecordWarning[] = [];
  if (repairedAmpersands > 0) {
    warnings.push({
      field: 'document',
      reason: `${repairedAmpersands} unescaped "&" (not well-formed XML) read as a literal ampersand`,
    });
  }
  const built = buildEpoRecord(root, ctx, warnings);
  if (!built.ok) return reject(built.reason, text.slice(0, 200));
  return { kind: 'record', record: built.record, warnings };
}

/** The parser's message without the position it repeats (`2:61: ... (line 2, column 61)`). */
function firstLine(message: string): string {
  const bare = message.replace(/\s*\(line \d+, column \d+\)$/, '').replace(/^\d+:\d+:\s*/, '');
  return bare.split('\n')[0] ?? bare;
}

function lineAt(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line && start >= 0; i += 1) {
    const next = text.indexOf('\n', start);
    start = next < 0 ? -1 : next + 1;
  }
  if (start < 0) return text.slice(-200);
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end) || text.slice(Math.max(0, start - 200), start);
}
