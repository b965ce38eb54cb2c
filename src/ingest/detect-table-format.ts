import type { SourceFormat } from '../domain/patent-record.js';
import { readCsetCsv } from './cset/index.js';
import type { Detection } from './detect-format.js';
import { readGooglePatentsCsv } from './google/index.js';
import type { InputSource } from './input-source.js';
import { readIstatCsv } from './istat/index.js';
import { readLensCsv } from './lens/index.js';
import type { ColumnMapping } from './mapped/column-mapping.js';
import { loadShippedMappings, mappedTableReader, matchMapping } from './mapped/index.js';
import { readPatentscopeCsv } from './patentscope/index.js';
import { identifyPatentsViewTable } from './patentsview/index.js';
import type { Reader } from './reader.js';
import { detectEncoding } from './text/open-text.js';
import { GOOGLE_PREAMBLE, identifyDelimitedFormat, readDelimitedHead } from './text/sniff-delimiter.js';

const TABLE_READERS: Partial<Record<SourceFormat, Reader>> = {
  'lens-csv': readLensCsv,
  'patentscope-csv': readPatentscopeCsv,
  'google-patents-csv': readGooglePatentsCsv,
  'istat-ai-csv': readIstatCsv,
  'cset-ai-csv': readCsetCsv,
};

let shipped: Promise<ColumnMapping[]> | null = null;
const shippedMappings = () => {
  shipped ??= loadShippedMappings();
  return shipped;
};

/** Detect a spreadsheet or delimited export from its header; user mappings are tried after the known formats. */
export async function detectTableFormat(
  input: InputSource,
  head: Buffer,
  userMappings: readonly ColumnMapping[] = [],
): Promise<Detection> {
  const mappings = [...userMappings, ...(await shippedMappings())];
  if (head[0] === 0x50 && head[1] === 0x4b) {
    if (/\.xlsx$/i.test(input.name)) {
      return {
        kind: 'reader',
        format: 'mapped-table',
        formatVersion: 'xlsx',
        encoding: null,
        read: mappedTableReader(mappings),
      };
    }
    return {
      kind: 'unsupported',
      reason: 'a zip-compressed file without a .zip or .xlsx name; rename it so Patlas knows what it holds',
    };
  }
  const { encoding, bomLength } = detectEncoding(head);
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && isBinary(head)) {
    return { kind: 'unsupported', reason: 'a binary file, not XML, CSV, TSV or XLSX' };
  }
  const text = new TextDecoder(encoding).decode(head.subarray(bomLength));
  const { header, firstLine } = readDelimitedHead(text, GOOGLE_PREAMBLE);
  const known = identifyDelimitedFormat(header, firstLine);
  const reader = known ? TABLE_READERS[known.format] : undefined;
  if (known && reader)
    return {
      kind: 'reader',
      format: known.format,
      formatVersion: known.formatVersion,
      encoding,
      read: reader,
    };
  const table = identifyPatentsViewTable(header);
  if (table) return { kind: 'patentsview', format: 'patentsview-tsv', formatVersion: table, table, encoding };
  const mapping = matchMapping(header, mappings);
  if (mapping) {
    return {
      kind: 'reader',
      format: 'mapped-table',
      formatVersion: mapping.id,
      encoding,
      read: mappedTableReader(mapping),
    };
  }
  const shown = header.slice(0, 6).join(', ');
  return {
    kind: 'unsupported',
    reason: `a table whose columns Patlas does not know (${shown}${header.length > 6 ? ', …' : ''}); describe them in a column mapping (docs/column-mapping.md) and pass it with --mapping`,
  };
}

function isBinary(head: Buffer): boolean {
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}
