import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { fromBrsRecord } from './from-brs-record.js';
import { FieldCollector, textLines } from './tagged-text.js';

const BOUNDARY = '*** BRS DOCUMENT BOUNDARY ***';
// Description and other running text: most of the bytes, not needed for the record.
const SKIP = new Set(['BSTX', 'DETX', 'DRTX', 'CRTX', 'GOTX', 'CLTX']);
// Each document is preceded by a summary line (`09204581<TAB>B2<TAB>20151201<TAB>...`) and its title.
const SUMMARY = /^\w+\t\w*\t\d{8}\t/;

/**
 * USPTO CSS/BRS text: documents separated by `*** BRS DOCUMENT BOUNDARY ***`, fields `TAG value` with
 * indented continuation lines (WKU, DID, GISD, AFD, TTL, IPCG, CPOG, URGP, INNM, ASNM, ABPR, CLPR ...).
 * Streams one document at a time; position = line number of the document's summary line.
 */
export const readUsptoBrsText: Reader = (input: InputSource) => readBrs(input);

async function* readBrs(input: InputSource): AsyncIterable<ReadItem> {
  let record: FieldCollector | null = null;
  let recordLine = 0;
  let summaryLine: number | null = null;
  let sawBoundary = false;
  for await (const { text, line } of textLines(input)) {
    if (text.trim() === BOUNDARY) {
      if (record) yield fromBrsRecord(record.fields, input.name, recordLine);
      record = new FieldCollector(SKIP);
      recordLine = summaryLine ?? line;
      summaryLine = null;
      sawBoundary = true;
    } else if (summaryLine === null) {
      if (SUMMARY.test(text)) summaryLine = line;
      else record?.add(text, line);
    }
    // Lines between a summary and the boundary (the title) are the next document's header.
  }
  if (record) yield fromBrsRecord(record.fields, input.name, recordLine);
  if (!sawBoundary) {
    throw new PatlasError(
      'unknown-format',
      `${input.name}: not a CSS/BRS text file (no "${BOUNDARY}" line found)`,
    );
  }
}
