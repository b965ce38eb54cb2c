import type { Citation, SourceFormat } from '../../domain/patent-record.js';
import type { CutPlan } from './cut-document.js';
import { attributeOf, type DocumentProlog } from './document-prolog.js';
import { fromPapXml } from './from-pap-xml.js';
import { fromSt32Patdoc } from './from-st32-patdoc.js';
import { fromUsPatentXml } from './from-us-patent-xml.js';
import { scanUsCitations } from './scan-us-citations.js';
import type { DocumentMapper } from './uspto-mapper.js';

/** How one USPTO document family is cut, mapped and labelled. */
export interface UsptoDocumentKind {
  plan: CutPlan;
  mapper: DocumentMapper;
  format: (prolog: DocumentProlog) => SourceFormat;
  /** Reads the element the plan lifts out (the citations) by string search. */
  scanLifted?: (text: string) => { citations: Citation[] } | { reason: string };
}

const V4_CLAIMS = { container: 'claims', claim: 'claim', reference: 'claim-ref' };
const V4_LIFT = ['us-references-cited', 'references-cited'];

/** The USPTO patent document roots Patlas reads, by root element name. */
export const USPTO_DOCUMENT_KINDS: Readonly<Record<string, UsptoDocumentKind>> = {
  'us-patent-grant': {
    plan: { keep: ['us-bibliographic-data-grant', 'abstract'], lift: V4_LIFT, claims: V4_CLAIMS },
    mapper: fromUsPatentXml,
    format: () => 'uspto-grant-xml',
    scanLifted: scanUsCitations,
  },
  'us-patent-application': {
    plan: { keep: ['us-bibliographic-data-application', 'abstract'], lift: V4_LIFT, claims: V4_CLAIMS },
    mapper: fromUsPatentXml,
    format: () => 'uspto-application-xml',
    scanLifted: scanUsCitations,
  },
  PATDOC: {
    plan: {
      keep: ['SDOBI', 'SDOAB'],
      claims: { container: 'SDOCL', claim: 'CLM', reference: 'CLREF' },
    },
    mapper: fromSt32Patdoc,
    // ST.32 v2.5 came as XML; the SGML editions before it have no XML declaration.
    format: (prolog) => (prolog.hasXmlDeclaration ? 'uspto-st32-xml' : 'uspto-sgml'),
  },
  'patent-application-publication': {
    plan: {
      keep: ['subdoc-bibliographic-information', 'subdoc-abstract'],
      claims: { container: 'subdoc-claims', claim: 'claim', reference: 'dependent-claim-reference' },
    },
    mapper: fromPapXml,
    format: () => 'uspto-pap-xml',
  },
};

/** `v4.5` from `dtd-version="v4.5 2014-04-03"`, `v40 2004-12-02`, `DTD="2.5"` or the DTD file name. */
export function formatVersionOf(prolog: DocumentProlog): string | null {
  const attr = attributeOf(prolog.rootTag, 'dtd-version') ?? attributeOf(prolog.rootTag, 'DTD');
  const fromAttr = attr ? (/(\d+)\.(\d+)/.exec(attr) ?? /^v?(\d)(\d+)\b/.exec(attr.trim())) : null;
  if (fromAttr) return `v${fromAttr[1]}.${fromAttr[2]}`;
  const file = prolog.dtdFile ?? '';
  const fromFile = /-v(\d)(\d+)[-.]/i.exec(file) ?? /-0?(\d)(\d)xml\.dtd$/i.exec(file);
  return fromFile ? `v${fromFile[1]}.${fromFile[2]}` : null;
}
