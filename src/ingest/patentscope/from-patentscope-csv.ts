import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { delimitedReadItems } from '../text/delimited-record.js';
import { readDelimitedRows } from '../text/read-delimited.js';
import { identifyDelimitedFormat } from '../text/sniff-delimiter.js';
import { patentscopeRecord } from './patentscope-record.js';

/** WIPO PATENTSCOPE result-list exports (CSV as downloaded: ISO-8859-1/cp1252, CR-only lines), streamed. */
export const readPatentscopeCsv: Reader = async function* (input: InputSource): AsyncIterable<ReadItem> {
  const table = await readDelimitedRows(input);
  if (identifyDelimitedFormat(table.header, table.firstLine)?.format !== 'patentscope-csv') {
    throw new PatlasError(
      'unknown-format',
      `${input.name}: not a PATENTSCOPE export (header: ${table.header.slice(0, 6).join(', ')})`,
    );
  }
  yield* delimitedReadItems(input, table.rows, (row, warnings) =>
    patentscopeRecord(row, input.name, warnings),
  );
};
