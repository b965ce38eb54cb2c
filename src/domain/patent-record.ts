/**
 * The canonical patent record: one per publication (country + number + kind).
 * Every reader produces these; the store persists them; everything downstream reads them back.
 * Dates are ISO `YYYY-MM-DD` strings that passed `parseDate` (never impossible dates).
 */

/** Source formats Patlas reads. The id is stored with every record (`publications.source_format`). */
export const SOURCE_FORMATS = [
  'uspto-grant-xml',
  'uspto-application-xml',
  'uspto-st32-xml',
  'uspto-pap-xml',
  'uspto-sgml',
  'uspto-aps-text',
  'uspto-brs-text',
  'epo-xml',
  'lens-csv',
  'patentscope-csv',
  'google-patents-csv',
  'patentsview-tsv',
  'cset-ai-csv',
  'istat-ai-csv',
  'mapped-table',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Two-letter language code (ISO 639-1) or `und` when the source does not say. */
export type LanguageCode = string;

export type DocumentType =
  | 'application'
  | 'grant'
  | 'utility-model'
  | 'design'
  | 'plant'
  | 'reissue'
  | 'other';

export type ClassificationScheme = 'ipc' | 'cpc';

export interface ClassificationEntry {
  scheme: ClassificationScheme;
  /** Normalised symbol: `G06N3/08`, `G06N`, `H04B1/711`. */
  symbol: string;
  /** `inventive` / `additional` where the source says (IPC-R/CPC classification value I / N). */
  value: 'inventive' | 'additional' | null;
  /** True for the first/main symbol as the source marks it (main-classification, position F). */
  isFirst: boolean;
  /** Scheme version or date where given, e.g. `20060101` or `2006.01`. */
  version: string | null;
}

export type PartyRole = 'applicant' | 'inventor';

export interface Party {
  role: PartyRole;
  /** 1-based order as given by the source. */
  sequence: number;
  /** Name exactly as given (whitespace collapsed). Persons as `Family, Given` where the source splits them. */
  name: string;
  /** ISO 3166 alpha-2 where given or derivable from a code; never guessed from a name here. */
  country: string | null;
  city: string | null;
  state: string | null;
  address: string | null;
  postcode: string | null;
  /** The source's own party type, e.g. USPTO `applicant-inventor`, PatentsView type `2`, or `organisation`. */
  partyType: string | null;
}

export interface PatentCitation {
  kind: 'patent';
  /** Normalised publication number when it parses, otherwise null (see `raw`). */
  publicationNumber: string | null;
  raw: string;
  /** Search-report category letters as given (`X`, `Y`, `A`, `D`, `XY` ...). */
  category: string | null;
  citedBy: 'examiner' | 'applicant' | 'third-party' | 'other' | null;
}

export interface NonPatentCitation {
  kind: 'npl';
  text: string;
  category: string | null;
  citedBy: 'examiner' | 'applicant' | 'third-party' | 'other' | null;
}

export type Citation = PatentCitation | NonPatentCitation;

export interface PriorityClaim {
  sequence: number;
  country: string | null;
  number: string;
  date: string | null;
}

/** Where a record came from: enough to find the bytes again. */
export interface Provenance {
  file: string;
  /** Byte offset of the document in the (decompressed) file, for XML sources. */
  byteOffset: number | null;
  /** 1-based line of the record's first line, for text sources. */
  line: number | null;
  format: SourceFormat;
  formatVersion: string | null;
}

export interface PatentRecord {
  /** DOCDB-style key: country + number + kind (`US8926509B2`); kind omitted only when the source lacks it. */
  publicationNumber: string;
  country: string;
  docNumber: string;
  kind: string | null;
  documentType: DocumentType | null;
  applicationNumber: string | null;
  applicationDate: string | null;
  publicationDate: string | null;
  grantDate: string | null;
  /** Earliest priority date (the minimum over the priority claims, or as the source gives it). */
  priorityDate: string | null;
  /** Years for sources that give only a year (CSET priority year, istat year); derived from the dates otherwise. */
  priorityYear: number | null;
  publicationYear: number | null;
  priorities: PriorityClaim[];
  familyId: string | null;
  familySize: number | null;
  extendedFamilySize: number | null;
  familyJurisdictions: string[];
  citedByCount: number | null;
  titles: Record<LanguageCode, string>;
  abstracts: Record<LanguageCode, string>;
  claimsCount: number | null;
  independentClaimsCount: number | null;
  firstClaim: { lang: LanguageCode; text: string } | null;
  classifications: ClassificationEntry[];
  applicants: Party[];
  inventors: Party[];
  citations: Citation[];
  /** Labels the source itself assigns, namespaced by source: `cset:Computer_Vision`, `cset:ai`. */
  sourceLabels: string[];
  /** Legal status as the source states it, upper-cased (`ACTIVE`, `PENDING`, `PATENTED` ...). */
  legalStatus: string | null;
  source: Provenance;
}

/** A record with nothing but its identity and provenance; readers fill in the rest. */
export function emptyRecord(
  id: { publicationNumber: string; country: string; docNumber: string; kind: string | null },
  source: Provenance,
): PatentRecord {
  // Properties written out rather than spread: the spread made this hot constructor ~10x slower on Node 20.
  return {
    publicationNumber: id.publicationNumber,
    country: id.country,
    docNumber: id.docNumber,
    kind: id.kind,
    documentType: null,
    applicationNumber: null,
    applicationDate: null,
    publicationDate: null,
    grantDate: null,
    priorityDate: null,
    priorityYear: null,
    publicationYear: null,
    priorities: [],
    familyId: null,
    familySize: null,
    extendedFamilySize: null,
    familyJurisdictions: [],
    citedByCount: null,
    titles: {},
    abstracts: {},
    claimsCount: null,
    independentClaimsCount: null,
    firstClaim: null,
    classifications: [],
    applicants: [],
    inventors: [],
    citations: [],
    sourceLabels: [],
    legalStatus: null,
    source,
  };
}
