import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { delimitedReadItems } from '../text/delimited-record.js';
import { readDelimitedRows } from '../text/read-delimited.js';
import { identifyDelimitedFormat } from '../text/sniff-delimiter.js';
import { istatRecord } from './istat-record.js';

/** The istat AI-patent sample files, semicolon- or comma-separated (the delimiter is sniffed). */
export const readIstatCsv: Reader = async function* (input: InputSource): AsyncIterable<ReadItem> {
  const table = await readDelimitedRows(input);
  if (identifyDelimitedFormat(table.header, table.firstLine)?.format !== 'istat-ai-csv') {
    throw new PatlasError(
      'unknown-format',
      `${input.name}: not an istat AI-patent sample (header: ${table.header.slice(0, 6).join(', ')})`,
    );
  }
  yield* delimitedReadItems(input, table.rows, (row, warnings) => istatRecord(row, input.name, warnings));
};
