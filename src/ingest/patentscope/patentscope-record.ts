import { dateField } from '../../domain/patent-date.js';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { earliestPriorityDate, yearOf } from '../record-parts/record-dates.js';
import { fieldText, partiesFrom, rowRecord, splitValues } from '../text/delimited-record.js';
import type { DelimitedRow } from '../text/read-delimited.js';
import { patentscopeIpc } from './patentscope-ipc.js';
import { patentscopeNumber } from './patentscope-number.js';
import { patentscopePriorities } from './patentscope-priorities.js';

/**
 * One row of a PATENTSCOPE result export (`Publication Number, Publication Date, Title, Priority Data,
 * IPC, Applicants, Inventors, FP Image`). `NA` means empty; dates are dd.mm.yyyy; the export names no
 * document type and no title language (titles go under `und`).
 */
export function patentscopeRecord(
  row: DelimitedRow,
  file: string,
  warnings: RecordWarning[],
): PatentRecord | string {
  const value = (column: string): string => {
    const text = fieldText(row, column);
    return text === 'NA' ? '' : text;
  };
  const id = patentscopeNumber(value('Publication Number'));
  if (typeof id === 'string') return id;
  const record = rowRecord(id, row, file, 'patentscope-csv', null);
  record.publicationDate = dateField(value('Publication Date'), 'publicationDate', warnings, 'dmy');
  record.publicationYear = yearOf(record.publicationDate);
  record.priorities = patentscopePriorities(value('Priority Data'), warnings);
  record.priorityDate = earliestPriorityDate(record.priorities);
  record.priorityYear = yearOf(record.priorityDate);
  // A title can run over two lines (line 7428 of the pizza export): one line is meant.
  const title = value('Title').replace(/\s+/g, ' ');
  if (title) record.titles = { und: title };
  record.classifications = patentscopeIpc(value('IPC'), warnings);
  record.applicants = partiesFrom(splitValues(value('Applicants'), ';'), 'applicant');
  record.inventors = partiesFrom(splitValues(value('Inventors'), ';'), 'inventor');
  return record;
}
