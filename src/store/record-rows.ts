import type { PatentRecord } from '../domain/patent-record.js';
import type { ChildTable } from './schema.js';

/** A value appended to a stage table: stage tables hold only VARCHAR, DOUBLE and BOOLEAN columns. */
export type Cell = string | number | boolean | null;

/** Stage columns of `stage_publications`, in append order; the merge casts them to the final types. */
export const STAGE_PUBLICATION_COLUMNS = [
  ['stage_seq', 'DOUBLE'],
  ['publication_number', 'VARCHAR'],
  ['country', 'VARCHAR'],
  ['doc_number', 'VARCHAR'],
  ['kind', 'VARCHAR'],
  ['document_type', 'VARCHAR'],
  ['application_number', 'VARCHAR'],
  ['application_date', 'VARCHAR'],
  ['publication_date', 'VARCHAR'],
  ['grant_date', 'VARCHAR'],
  ['priority_date', 'VARCHAR'],
  ['priority_year', 'DOUBLE'],
  ['publication_year', 'DOUBLE'],
  ['family_id', 'VARCHAR'],
  ['family_size', 'DOUBLE'],
  ['extended_family_size', 'DOUBLE'],
  ['family_jurisdictions', 'VARCHAR'],
  ['cited_by_count', 'DOUBLE'],
  ['claims_count', 'DOUBLE'],
  ['independent_claims_count', 'DOUBLE'],
  ['legal_status', 'VARCHAR'],
  ['source_file', 'VARCHAR'],
  ['source_byte_offset', 'DOUBLE'],
  ['source_line', 'DOUBLE'],
  ['source_format', 'VARCHAR'],
  ['source_format_version', 'VARCHAR'],
  ['source_mtime_ms', 'DOUBLE'],
  ['richness', 'DOUBLE'],
  ['content_hash', 'VARCHAR'],
] as const;

/** Joins a record's source labels in one stage cell (ASCII unit separator: never part of a label). */
export const LABEL_SEPARATOR = '\u001f';

/** Stage columns of each child table: `stage_seq` then the final table's columns, dates as VARCHAR. */
export const STAGE_CHILD_COLUMNS: Record<ChildTable, readonly (readonly [string, string])[]> = {
  texts: [
    ['publication_number', 'VARCHAR'],
    ['text_type', 'VARCHAR'],
    ['lang', 'VARCHAR'],
    ['text', 'VARCHAR'],
  ],
  classifications: [
    ['publication_number', 'VARCHAR'],
    ['scheme', 'VARCHAR'],
    ['seq', 'DOUBLE'],
    // section, class, subclass and main group are derived from the symbol in the merge (merge-stage.ts).
    ['symbol', 'VARCHAR'],
    ['value', 'VARCHAR'],
    ['is_first', 'BOOLEAN'],
    ['version', 'VARCHAR'],
  ],
  parties: [
    ['publication_number', 'VARCHAR'],
    ['role', 'VARCHAR'],
    ['seq', 'DOUBLE'],
    ['name', 'VARCHAR'],
    ['country', 'VARCHAR'],
    ['city', 'VARCHAR'],
    ['state', 'VARCHAR'],
    ['address', 'VARCHAR'],
    ['postcode', 'VARCHAR'],
    ['party_type', 'VARCHAR'],
  ],
  citations: [
    ['publication_number', 'VARCHAR'],
    ['seq', 'DOUBLE'],
    ['kind', 'VARCHAR'],
    ['cited_publication_number', 'VARCHAR'],
    ['raw', 'VARCHAR'],
    ['npl_text', 'VARCHAR'],
    ['category', 'VARCHAR'],
    ['cited_by', 'VARCHAR'],
  ],
  priorities: [
    ['publication_number', 'VARCHAR'],
    ['seq', 'DOUBLE'],
    ['country', 'VARCHAR'],
    ['number', 'VARCHAR'],
    ['date', 'VARCHAR'],
  ],
  // One stage row per record with its labels joined by LABEL_SEPARATOR; the merge unnests them
  // (CSET gives ~5 labels per record: 5x fewer appender rows).
  source_labels: [
    ['publication_number', 'VARCHAR'],
    ['labels', 'VARCHAR'],
  ],
};

/** The publication row of a record, in `STAGE_PUBLICATION_COLUMNS` order. */
export function publicationRow(
  r: PatentRecord,
  seq: number,
  richness: number,
  hash: string,
  mtimeMs: number,
): Cell[] {
  return [
    seq,
    r.publicationNumber,
    r.country,
    r.docNumber,
    r.kind,
    r.documentType,
    r.applicationNumber,
    r.applicationDate,
    r.publicationDate,
    r.grantDate,
    r.priorityDate,
    r.priorityYear,
    r.publicationYear,
    r.familyId,
    r.familySize,
    r.extendedFamilySize,
    r.familyJurisdictions.length ? r.familyJurisdictions.join(';') : null,
    r.citedByCount,
    r.claimsCount,
    r.independentClaimsCount,
    r.legalStatus,
    r.source.file,
    r.source.byteOffset,
    r.source.line,
    r.source.format,
    r.source.formatVersion,
    mtimeMs,
    richness,
    hash,
  ];
}

/** Child rows of a record per table, each row without the leading `stage_seq`. */
export function childRows(r: PatentRecord): Record<ChildTable, Cell[][]> {
  const pn = r.publicationNumber;
  const texts: Cell[][] = [];
  for (const [lang, text] of Object.entries(r.titles)) texts.push([pn, 'title', lang, text]);
  for (const [lang, text] of Object.entries(r.abstracts)) texts.push([pn, 'abstract', lang, text]);
  if (r.firstClaim) texts.push([pn, 'first_claim', r.firstClaim.lang, r.firstClaim.text]);

  const classifications: Cell[][] = r.classifications.map((c, i) => [
    pn,
    c.scheme,
    i + 1,
    c.symbol,
    c.value,
    c.isFirst,
    c.version,
  ]);
  const parties: Cell[][] = [...r.applicants, ...r.inventors].map((p) => [
    pn,
    p.role,
    p.sequence,
    p.name,
    p.country,
    p.city,
    p.state,
    p.address,
    p.postcode,
    p.partyType,
  ]);
  const citations: Cell[][] = r.citations.map((c, i) =>
    c.kind === 'patent'
      ? [pn, i + 1, 'patent', c.publicationNumber, c.raw, null, c.category, c.citedBy]
      : [pn, i + 1, 'npl', null, null, c.text, c.category, c.citedBy],
  );
  const priorities: Cell[][] = r.priorities.map((p) => [pn, p.sequence, p.country, p.number, p.date]);
  const source_labels: Cell[][] = r.sourceLabels.length ? [[pn, r.sourceLabels.join(LABEL_SEPARATOR)]] : [];
  return { texts, classifications, parties, citations, priorities, source_labels };
}
