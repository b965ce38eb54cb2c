import { dateField } from '../../domain/patent-date.js';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { yearOf } from '../record-parts/record-dates.js';
import { fieldText, idColumnRecord, partiesFrom } from '../text/delimited-record.js';
import type { DelimitedRow } from '../text/read-delimited.js';
import { splitGoogleNames } from './google-names.js';

/**
 * One row of a Google Patents CSV export. Choices:
 * - The title is in the publication's own language (Google does not say which): it goes under `und`.
 * - The export has no document type; a row whose grant date is its publication date is a grant,
 *   any other row keeps a null type (its kind code is on the record).
 * - Google lists only the earliest priority date, no priority numbers.
 */
export function googleRecord(
  row: DelimitedRow,
  file: string,
  warnings: RecordWarning[],
): PatentRecord | string {
  const value = (column: string): string => fieldText(row, column);
  const record = idColumnRecord(row, 'id', file, 'google-patents-csv', null);
  if (typeof record === 'string') return record;
  record.priorityDate = dateField(value('priority date'), 'priorityDate', warnings);
  record.applicationDate = dateField(value('filing/creation date'), 'applicationDate', warnings);
  record.publicationDate = dateField(value('publication date'), 'publicationDate', warnings);
  record.grantDate = dateField(value('grant date'), 'grantDate', warnings);
  record.priorityYear = yearOf(record.priorityDate);
  record.publicationYear = yearOf(record.publicationDate);
  if (record.grantDate !== null && record.grantDate === record.publicationDate) record.documentType = 'grant';
  if (value('title')) record.titles = { und: value('title') };
  record.applicants = partiesFrom(splitGoogleNames(value('assignee')), 'applicant');
  record.inventors = partiesFrom(splitGoogleNames(value('inventor/author')), 'inventor');
  return record;
}
