import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { delimitedReadItems } from '../text/delimited-record.js';
import { readDelimitedRows } from '../text/read-delimited.js';
import { identifyDelimitedFormat } from '../text/sniff-delimiter.js';
import { csetRecord } from './cset-record.js';
import { csetLabelColumns } from './cset-row.js';

/** The CSET AI patent database (`patent_database.csv.gz`, 287,532 rows), streamed row by row. */
export const readCsetCsv: Reader = async function* (input: InputSource): AsyncIterable<ReadItem> {
  const table = await readDelimitedRows(input);
  if (identifyDelimitedFormat(table.header, table.firstLine)?.format !== 'cset-ai-csv') {
    throw new PatlasError(
      'unknown-format',
      `${input.name}: not the CSET AI patent database (header: ${table.header.slice(0, 6).join(', ')})`,
    );
  }
  const labels = csetLabelColumns(table.header);
  yield* delimitedReadItems(input, table.rows, (row, warnings) =>
    csetRecord(row, labels, input.name, warnings),
  );
};
