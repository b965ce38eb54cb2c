import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { delimitedReadItems } from '../text/delimited-record.js';
import { readDelimitedRows } from '../text/read-delimited.js';
import { identifyDelimitedFormat } from '../text/sniff-delimiter.js';
import { lensColumns } from './lens-columns.js';
import { lensRecord } from './lens-record.js';

/** Lens.org CSV exports, every column set (2015, 2016, current, cleaned snake_case), streamed. */
export const readLensCsv: Reader = async function* (input: InputSource): AsyncIterable<ReadItem> {
  const table = await readDelimitedRows(input);
  const detected = identifyDelimitedFormat(table.header, table.firstLine);
  if (detected?.format !== 'lens-csv' || detected.formatVersion === null) {
    throw new PatlasError(
      'unknown-format',
      `${input.name}: not a Lens export (header: ${table.header.slice(0, 6).join(', ')})`,
    );
  }
  const columns = lensColumns(table.header, detected.formatVersion);
  yield* delimitedReadItems(input, table.rows, (row, warnings) =>
    lensRecord(row, columns, input.name, warnings),
  );
};
