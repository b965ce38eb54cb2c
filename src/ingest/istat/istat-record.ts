import type { PatentRecord } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { fieldText, idColumnRecord } from '../text/delimited-record.js';
import type { DelimitedRow } from '../text/read-delimited.js';

/**
 * One row of the istat AI-patent samples (`id;title;year;abstract`, or `row_id,id,title,year,abstract`).
 * - `year` is the priority year: istat's preprocessing (istat-methodology/ai-patents-exposure,
 *   preprocessing.ipynb) sets it to the first four characters of Google's "priority date", falling back
 *   to the grant date when there is none. The data agrees: US-6587739-B1, granted in 2003, has year 2000.
 * - Titles and abstracts are English (Google's English text, also for DE and ES documents): `en`.
 */
export function istatRecord(
  row: DelimitedRow,
  file: string,
  warnings: RecordWarning[],
): PatentRecord | string {
  const value = (column: string): string => fieldText(row, column);
  const version = 'row_id' in row.fields ? 'sample_update' : 'sample';
  const record = idColumnRecord(row, 'id', file, 'istat-ai-csv', version);
  if (typeof record === 'string') return record;
  const year = value('year');
  if (/^\d{4}$/.test(year)) record.priorityYear = Number(year);
  else if (year !== '') warnings.push({ field: 'priorityYear', reason: `not a year: "${year}"` });
  if (value('title')) record.titles = { en: value('title').replace(/\s+/g, ' ') };
  if (value('abstract')) record.abstracts = { en: value('abstract') };
  return record;
}
