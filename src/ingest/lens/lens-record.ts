import { dateField } from '../../domain/patent-date.js';
import type { NonPatentCitation, PatentRecord } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { earliestPriorityDate, yearOf } from '../record-parts/record-dates.js';
import { partiesFrom, rowRecord, splitValues } from '../text/delimited-record.js';
import type { DelimitedRow } from '../text/read-delimited.js';
import { classificationsOf } from './lens-classifications.js';
import { type LensColumns, type LensField, lensValue } from './lens-columns.js';
import { lensDocumentType } from './lens-document-type.js';
import { lensIdentity } from './lens-identity.js';
import { lensPriorities } from './lens-priorities.js';

/**
 * One Lens row as a canonical record. Choices:
 * - Titles and abstracts go under `und`: Lens gives the English text when it has one and the original
 *   otherwise (German, French, Portuguese titles occur in the drone export), without saying which.
 * - Owners (current column set) are current owners after reassignment; they stand in as applicants,
 *   with partyType `owner` and the reassignment date removed, only when Applicants is empty.
 * - US classifications are not IPC/CPC and are skipped; the Lens ID is not a family id and is not kept.
 * - A granted publication's grant date is its publication date.
 */
export function lensRecord(
  row: DelimitedRow,
  columns: LensColumns,
  file: string,
  warnings: RecordWarning[],
): PatentRecord | string {
  const value = (field: LensField): string => lensValue(row.fields, columns, field);
  const list = (field: LensField): string[] => splitValues(value(field), columns.separator);
  const id = lensIdentity(row.fields, columns, warnings);
  if (typeof id === 'string') return id;

  const record = rowRecord(id, row, file, 'lens-csv', columns.formatVersion);
  const order = columns.dateOrder;
  record.publicationDate = dateField(value('publicationDate'), 'publicationDate', warnings, order);
  record.applicationDate = dateField(value('applicationDate'), 'applicationDate', warnings, order);
  record.applicationNumber = value('applicationNumber').replace(/\s+/g, ' ') || null;
  record.priorities = lensPriorities(list('priorityNumbers'), list('priorityDates'), warnings);
  record.priorityDate =
    dateField(value('earliestPriorityDate'), 'priorityDate', warnings, order) ??
    earliestPriorityDate(record.priorities);
  record.publicationYear =
    yearOf(record.publicationDate) ?? integer(value('publicationYear'), 'publicationYear', warnings);
  record.priorityYear = yearOf(record.priorityDate) ?? earliestYear(list('priorityYear'), warnings);

  const type = lensDocumentType(value('documentType'));
  if (type === undefined)
    warnings.push({ field: 'documentType', reason: `unknown Lens type "${value('documentType')}"` });
  record.documentType = type ?? null;
  if (record.documentType === 'grant') record.grantDate = record.publicationDate;

  if (value('title')) record.titles = { und: value('title') };
  if (value('abstract')) record.abstracts = { und: value('abstract') };
  record.applicants = partiesFrom(list('applicants'), 'applicant');
  if (record.applicants.length === 0) {
    const owners = list('owners').map((o) => o.replace(/\s*\(\d{4}-\d{2}-\d{2}\)$/, ''));
    record.applicants = partiesFrom(owners, 'applicant', 'owner');
  }
  record.inventors = partiesFrom(list('inventors'), 'inventor');
  record.classifications = [
    ...classificationsOf(list('cpc'), 'cpc', warnings),
    ...classificationsOf(list('ipcr'), 'ipc', warnings),
  ];
  record.citedByCount = integer(value('citedBy'), 'citedByCount', warnings);
  record.familySize = integer(value('familySize'), 'familySize', warnings);
  record.extendedFamilySize = integer(value('extendedFamilySize'), 'extendedFamilySize', warnings);
  record.familyJurisdictions = [
    ...new Set(
      list('familyJurisdictions')
        .map((j) => j.toUpperCase())
        .filter((j) => /^[A-Z]{2}$/.test(j)),
    ),
  ];
  record.legalStatus = value('legalStatus').toUpperCase() || null;
  record.citations = list('npl').map(
    (text): NonPatentCitation => ({ kind: 'npl', text, category: null, citedBy: null }),
  );
  return record;
}

/** The cleaned files list one priority year per priority (`1996; 1997`): the earliest counts. */
function earliestYear(years: string[], warnings: RecordWarning[]): number | null {
  const valid = years.map((y) => integer(y, 'priorityYear', warnings)).filter((y) => y !== null);
  return valid.length > 0 ? Math.min(...valid) : null;
}

function integer(text: string, field: string, warnings: RecordWarning[]): number | null {
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  warnings.push({ field, reason: `not a whole number: "${text}"` });
  return null;
}
