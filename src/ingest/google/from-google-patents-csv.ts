import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { delimitedReadItems } from '../text/delimited-record.js';
import { readDelimitedRows } from '../text/read-delimited.js';
import { GOOGLE_PREAMBLE, identifyDelimitedFormat } from '../text/sniff-delimiter.js';
import { googleRecord } from './google-record.js';

/** Google Patents "Download (CSV)" exports: a `search URL:` line, then the header and one row per result. */
export const readGooglePatentsCsv: Reader = async function* (input: InputSource): AsyncIterable<ReadItem> {
  const table = await readDelimitedRows(input, { preamble: GOOGLE_PREAMBLE });
  if (identifyDelimitedFormat(table.header, table.firstLine)?.format !== 'google-patents-csv') {
    throw new PatlasError(
      'unknown-format',
      `${input.name}: not a Google Patents export (header: ${table.header.slice(0, 6).join(', ')})`,
    );
  }
  yield* delimitedReadItems(input, table.rows, (row, warnings) => googleRecord(row, input.name, warnings));
};
