/**
 * Lens.org export columns across its column sets: 2015 (`Cited Count`, dd/mm/yy dates), 2016 (`Lens ID`),
 * current (`Abstract`, `Owners`, `Legal Status`, `Document Type`) and the cleaned snake_case files
 * derived from Lens exports. Each logical field is the first of its candidate columns the header has.
 */
export const LENS_FIELDS = {
  publicationNumber: ['Publication Number', 'Display Key', 'publication_number'],
  jurisdiction: ['Jurisdiction', 'publication_country_code'],
  kind: ['Kind'],
  publicationDate: ['Publication Date', 'publication_date'],
  publicationYear: ['Publication Year', 'publication_year'],
  applicationNumber: ['Application Number'],
  applicationDate: ['Application Date'],
  earliestPriorityDate: ['Earliest Priority Date'],
  priorityNumbers: ['Priority Numbers', 'priority_numbers'],
  priorityDates: ['priority_date'],
  priorityYear: ['priority_year'],
  title: ['Title', 'title'],
  abstract: ['Abstract'],
  applicants: ['Applicants', 'applicants_useme', 'applicants_use_me'],
  owners: ['Owners'],
  inventors: ['Inventors', 'inventors_useme'],
  documentType: ['Document Type', 'Type'],
  citedBy: ['Cited by Patent Count', 'Cited Count', 'cited_count'],
  familySize: ['Simple Family Size', 'simple_family_size'],
  extendedFamilySize: ['Extended Family Size', 'extended_family_size'],
  familyJurisdictions: ['Simple Family Member Jurisdictions'],
  cpc: ['CPC Classifications', 'cpc_codes_useme'],
  ipcr: ['IPCR Classifications', 'ipc_codes'],
  legalStatus: ['Legal Status'],
  npl: ['Non-Patent Citations', 'NPL Citations', 'non_patent_citations'],
} as const;

export type LensField = keyof typeof LENS_FIELDS;

export interface LensColumns {
  /** Column name per logical field, null when the header lacks it. */
  names: Record<LensField, string | null>;
  /** `;;` in raw exports, `; ` in the cleaned files. */
  separator: RegExp;
  /** The 2015 column set writes dates as dd/mm/yy. */
  dateOrder: 'dmy' | 'ymd';
  formatVersion: string;
}

/** Resolve the columns of one file from its header and the column set `identifyDelimitedFormat` named. */
export function lensColumns(header: string[], formatVersion: string): LensColumns {
  const present = new Set(header);
  const names = {} as Record<LensField, string | null>;
  for (const field of Object.keys(LENS_FIELDS) as LensField[]) {
    names[field] = LENS_FIELDS[field].find((c) => present.has(c)) ?? null;
  }
  const cleaned = formatVersion.startsWith('cleaned');
  return {
    names,
    separator: cleaned ? /;\s+/ : /;;/,
    dateOrder: formatVersion.startsWith('2015') ? 'dmy' : 'ymd',
    formatVersion,
  };
}

/** The trimmed value of a logical field in a row ('' when the column is absent). */
export function lensValue(fields: Record<string, string>, columns: LensColumns, field: LensField): string {
  const name = columns.names[field];
  return name === null ? '' : (fields[name] ?? '').trim();
}
