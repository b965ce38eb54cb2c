import type { SourceFormat } from '../domain/patent-record.js';
import { detectTableFormat } from './detect-table-format.js';
import type { InputSource } from './input-source.js';
import type { ColumnMapping } from './mapped/column-mapping.js';
import type { PatentsViewTable } from './patentsview/index.js';
import { readHead } from './read-head.js';
import type { Reader } from './reader.js';
import { readUsptoApsText } from './uspto/read-uspto-aps-text.js';
import { readUsptoBrsText } from './uspto/read-uspto-brs-text.js';
import { sniffXmlRoot } from './xml/xml-root.js';

/** How to read an input: split into XML documents, hand to a reader, or refuse with a reason. */
export type Detection =
  | { kind: 'xml'; format: SourceFormat; formatVersion: string | null; encoding: null }
  | {
      kind: 'reader';
      format: SourceFormat;
      formatVersion: string | null;
      encoding: string | null;
      read: Reader;
    }
  | {
      kind: 'patentsview';
      format: 'patentsview-tsv';
      formatVersion: string;
      table: PatentsViewTable;
      encoding: string | null;
    }
  | { kind: 'unsupported'; reason: string };

const XML_ROOTS: Record<string, SourceFormat> = {
  'us-patent-grant': 'uspto-grant-xml',
  'us-patent-application': 'uspto-application-xml',
  PATDOC: 'uspto-st32-xml',
  'patent-application-publication': 'uspto-pap-xml',
  'ep-patent-document': 'epo-xml',
};

const KNOWN_NON_PATENT_ROOTS: Record<string, string> = {
  'uspat:CPCMasterClassificationFile':
    'a USPTO CPC master classification file (classification data, not patent documents)',
  'class-scheme': 'a CPC classification scheme definition (scheme titles, not patent documents)',
};

/** Decide the format of an input from its first 64 KiB, without flags. */
export async function detectFormat(
  input: InputSource,
  userMappings: readonly ColumnMapping[] = [],
): Promise<Detection> {
  const head = await readHead(input);
  if (head.length === 0) return { kind: 'unsupported', reason: 'the file is empty' };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return detectTableFormat(input, head, userMappings);
  }
  const latin = head.toString('latin1');
  if (/^\s*(\uFEFF|\xEF\xBB\xBF)?\s*<[?!A-Za-z]/.test(latin)) return detectXml(latin);
  if (/^PATN\r?\n/.test(latin)) return textReader('uspto-aps-text', 'APS Green Book', readUsptoApsText);
  if (latin.includes('*** BRS DOCUMENT BOUNDARY ***'))
    return textReader('uspto-brs-text', null, readUsptoBrsText);
  return detectTableFormat(input, head, userMappings);
}

function textReader(format: SourceFormat, formatVersion: string | null, read: Reader): Detection {
  return { kind: 'reader', format, formatVersion, encoding: 'latin1', read };
}

function detectXml(head: string): Detection {
  const root = sniffXmlRoot(head);
  if (!root)
    return {
      kind: 'unsupported',
      reason: 'looks like XML but no root element was found in the first 64 KiB',
    };
  const format = XML_ROOTS[root.root];
  if (format)
    return { kind: 'xml', format, formatVersion: xmlVersion(root.dtdVersion, root.doctype), encoding: null };
  const known = KNOWN_NON_PATENT_ROOTS[root.root];
  if (known) return { kind: 'unsupported', reason: `${known}; root <${root.root}>` };
  return {
    kind: 'unsupported',
    reason: `unknown XML document type <${root.root}>${root.doctype ? ` (DTD ${root.doctype})` : ''}: Patlas reads ${Object.keys(XML_ROOTS).join(', ')}`,
  };
}

/** `v4.5 2014-04-03` or `us-patent-grant-v45-2014-04-03.dtd` or `ep-patent-document-v1-5-1` -> `v4.5`, `v1.5.1`. */
export function xmlVersion(dtdVersion: string | null, doctype: string | null): string | null {
  const fromAttr = dtdVersion ? /v(\d+(?:[.-]\d+)*)/.exec(dtdVersion) : null;
  if (fromAttr) return normaliseVersion(fromAttr[1]!);
  const fromDtd = doctype
    ? (/-v(\d+(?:-\d+)*)(?:-\d{4}-\d{2}-\d{2})?\.dtd$/i.exec(doctype) ?? /(\d{3})xml\.dtd$/i.exec(doctype))
    : null;
  return fromDtd ? normaliseVersion(fromDtd[1]!) : null;
}

function normaliseVersion(raw: string): string {
  if (/^\d{2}$/.test(raw)) return `v${raw[0]}.${raw[1]}`;
  if (/^0\d{2}$/.test(raw)) return `v${Number(raw[1])}.${raw[2]}`;
  return `v${raw.replaceAll('-', '.')}`;
}
