import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { fromApsRecord } from './from-aps-record.js';
import { FieldCollector, textLines } from './tagged-text.js';

// Description sections: most of the bytes, not needed for the record.
const SKIP = new Set(['BSUM', 'DRWD', 'DETD', 'GOVT', 'PARN', 'DCLM']);

/**
 * USPTO APS "Green Book" full text (1976-2001): records start with a `PATN` line, fields are
 * `TAG  value` with indented continuation lines, sections (`INVT`, `ASSG`, `CLAS`, `UREF`, `ABST`,
 * `CLMS` ...) are tags on their own line. Streams one record at a time; position = line number.
 */
export const readUsptoApsText: Reader = (input: InputSource) => readAps(input);

async function* readAps(input: InputSource): AsyncIterable<ReadItem> {
  let record: FieldCollector | null = null;
  let sawRecord = false;
  let firstLine: string | null = null;
  for await (const { text, line } of textLines(input)) {
    firstLine ??= text.trim() === '' ? null : text;
    if (/^PATN\s*$/.test(text)) {
      if (record) yield fromApsRecord(record.fields, input.name);
      record = new FieldCollector(SKIP, true);
      sawRecord = true;
    }
    record?.add(text, line);
  }
  if (record) yield fromApsRecord(record.fields, input.name);
  if (!sawRecord) {
    throw new PatlasError(
      'unknown-format',
      `${input.name}: not an APS Green Book file (no PATN record found)`,
      {
        hint: `APS files start with a line "PATN"; this one starts with "${(firstLine ?? '').slice(0, 40)}"`,
      },
    );
  }
}
