import { dateField } from '../../domain/patent-date.js';
import { type DocumentType, emptyRecord } from '../../domain/patent-record.js';
import { parsePublicationNumber } from '../../domain/publication-number.js';
import { excerptOf, type ReadItem, type RecordWarning } from '../../domain/read-item.js';
import type { JoinedRow } from './joined-row.js';
import { patentCitations } from './pv-citations.js';
import { cpcEntries, ipcEntries } from './pv-classifications.js';
import { assigneeParties, inventorParties } from './pv-parties.js';
import { clean, count } from './pv-values.js';

const DOCUMENT_TYPES: Record<string, DocumentType> = {
  utility: 'grant',
  design: 'design',
  plant: 'plant',
  reissue: 'reissue',
};

/**
 * One joined PatentsView row as a canonical record. The publication number is `US` + patent_id +
 * wipo_kind (`US8926509B2`, `USD825579S1`); a row whose patent_id is not a US patent number is a reject.
 */
export function joinedRowToItem(row: JoinedRow, file: string, context: { hasCitations: boolean }): ReadItem {
  const line = Number(row.pv_row) + 1;
  const patentId = clean(row.patent_id);
  const kind = clean(row.wipo_kind);
  const id = patentId === null ? null : parsePublicationNumber(`US${patentId}`, { kind });
  if (id === null) {
    return {
      kind: 'reject',
      file,
      position: { byteOffset: null, line },
      reason:
        patentId === null ? 'g_patent row without a patent_id' : `not a US patent number: "${patentId}"`,
      excerpt: excerptOf([row.patent_id, row.patent_type, row.patent_date, row.patent_title].join('\t')),
    };
  }

  const warnings: RecordWarning[] = [];
  const record = emptyRecord(id, {
    file,
    byteOffset: null,
    line,
    format: 'patentsview-tsv',
    formatVersion: null,
  });
  const type = clean(row.patent_type)?.toLowerCase() ?? null;
  record.documentType = type === null ? null : (DOCUMENT_TYPES[type] ?? 'other');
  record.grantDate = dateField(row.patent_date, 'grantDate', warnings);
  record.publicationDate = record.grantDate;
  record.publicationYear = record.grantDate === null ? null : Number(record.grantDate.slice(0, 4));
  // `15/995745` as PatentsView writes it; the USPTO XML doc-number spelling is `15995745`.
  record.applicationNumber = clean(row.application_id)?.replace(/[/,\s]/g, '') ?? null;
  record.applicationDate = dateField(row.filing_date, 'applicationDate', warnings);

  const title = clean(row.patent_title);
  if (title !== null) record.titles.en = title;
  const abstract = clean(row.patent_abstract);
  if (abstract !== null) record.abstracts.en = abstract;
  record.claimsCount = count(row.num_claims);
  // Forward citations counted within the given g_us_patent_citation table (US grants citing US grants).
  record.citedByCount = context.hasCitations ? (count(row.cited_by) ?? 0) : null;

  record.classifications = [...ipcEntries(row.ipc, warnings), ...cpcEntries(row.cpc, warnings)];
  record.applicants = assigneeParties(row.assignees);
  record.inventors = inventorParties(row.inventors);
  record.citations = patentCitations(row.citations);
  return { kind: 'record', record, warnings };
}
