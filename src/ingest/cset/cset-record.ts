import type { PatentRecord } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { lensDocumentType } from '../lens/lens-document-type.js';
import { rowRecord } from '../text/delimited-record.js';
import type { DelimitedRow } from '../text/read-delimited.js';
import { csetPublicationNumber } from './cset-number.js';
import { CsetRow, csetRowProblem } from './cset-row.js';

/**
 * One row of the CSET / 1790 Analytics AI patent database. Every row is in the WIPO-2019 AI set, so
 * every record gets `cset:ai`, plus `cset:<Column>` for each label column that is `true`.
 * `Patent_Type` uses the Lens document-type vocabulary.
 */
export function csetRecord(
  row: DelimitedRow,
  labelColumns: string[],
  file: string,
  warnings: RecordWarning[],
): PatentRecord | string {
  const parsed = CsetRow.safeParse(row.fields);
  if (!parsed.success) return csetRowProblem(parsed.error);
  const fields = parsed.data;
  const id = csetPublicationNumber(
    fields.Publication_country,
    fields.Publication_number,
    fields.Publication_type,
  );
  if (typeof id === 'string') return id;
  const record = rowRecord(id, row, file, 'cset-ai-csv', null);
  record.familyId = fields.Simple_family_ID || null;
  record.priorityYear = fields.Priority_Year ? Number(fields.Priority_Year) : null;
  const type = lensDocumentType(fields.Patent_Type);
  if (type === undefined)
    warnings.push({ field: 'documentType', reason: `unknown patent type "${fields.Patent_Type}"` });
  record.documentType = type ?? null;
  record.sourceLabels = ['cset:ai'];
  for (const column of labelColumns) {
    const flag = row.fields[column];
    if (flag === 'true') record.sourceLabels.push(`cset:${column}`);
    else if (flag !== 'false')
      warnings.push({ field: 'sourceLabels', reason: `${column} is "${flag}", not true/false` });
  }
  return record;
}
