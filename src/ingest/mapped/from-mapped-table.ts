import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import type { InputSource } from '../input-source.js';
import type { Reader } from '../reader.js';
import { readDelimitedCells } from '../text/read-delimited.js';
import type { HeaderSearch } from '../text/sniff-delimiter.js';
import type { ColumnMapping } from './column-mapping.js';
import { mapRow } from './map-row.js';
import { matchMapping } from './match-mapping.js';
import { resolveMapping } from './resolve-mapping.js';
import { isProblem, type TableSource } from './table-source.js';
import { openXlsxRows } from './xlsx-rows.js';

/** Rows above the header that auto-detection looks through (exports sometimes start with a title row). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Read a CSV / TSV / XLSX export through a column mapping.
 * @example for await (const item of readMappedTable(fileInput('export.xlsx'), await loadColumnMapping('m.json'))) ...
 */
export async function* readMappedTable(input: InputSource, mapping: ColumnMapping): AsyncIterable<ReadItem> {
  yield* mapRows(input, await openTable(input), mapping);
}

/**
 * Read an export with the first of `mappings` whose required columns are in its header
 * (see `matchMapping`); throws `unknown-format` when none matches.
 */
export async function* readMappedTableAuto(
  input: InputSource,
  mappings: readonly ColumnMapping[],
): AsyncIterable<ReadItem> {
  const source = await openTable(input, {
    maxSkippedLines: HEADER_SEARCH_ROWS,
    isHeader: (cells) => matchMapping(cells, mappings) !== null,
  });
  const mapping = matchMapping(source.header, mappings);
  if (mapping === null) {
    source.close();
    throw new PatlasError('unknown-format', `${input.name}: no column mapping matches its header`, {
      hint: `Known mappings: ${mappings.map((m) => m.id).join(', ')}. Write one for this export (docs/column-mapping.md).`,
    });
  }
  yield* mapRows(input, source, mapping);
}

/** A `Reader` bound to one mapping, or to a list of mappings to pick from by header. */
export function mappedTableReader(mappings: ColumnMapping | readonly ColumnMapping[]): Reader {
  return (input) =>
    Array.isArray(mappings)
      ? readMappedTableAuto(input, mappings)
      : readMappedTable(input, mappings as ColumnMapping);
}

async function* mapRows(
  input: InputSource,
  source: TableSource,
  mapping: ColumnMapping,
): AsyncIterable<ReadItem> {
  const resolved = resolveMapping(mapping, source.header);
  if (resolved.fields.publicationNumber === undefined && resolved.fields.docNumber === undefined) {
    source.close();
    throw new PatlasError(
      'unknown-format',
      `${input.name}: the header has no publication number column of mapping "${mapping.id}"`,
    );
  }
  try {
    for await (const row of source.rows) {
      if (isProblem(row)) {
        yield {
          kind: 'reject',
          file: input.name,
          position: { byteOffset: null, line: row.line },
          reason: `unreadable table row, reading stopped: ${row.reason}`,
          excerpt: row.excerpt,
        };
        return;
      }
      yield mapRow(row.cells, row.line, input.name, resolved);
    }
  } finally {
    source.close();
  }
}

/**
 * XLSX by its zip signature, legacy XLS refused, anything else read as delimited text; `search` looks
 * for the header below a title row.
 */
async function openTable(input: InputSource, search?: HeaderSearch): Promise<TableSource> {
  const magic = await readMagic(input);
  if (magic.startsWith('504b0304')) return openXlsxRows(input, search);
  if (magic.startsWith('d0cf11e0')) {
    throw new PatlasError('unknown-format', `${input.name}: a legacy .xls workbook`, {
      hint: 'Save it as .xlsx or CSV (UTF-8) and read that file.',
    });
  }
  // Hand-made tables and spreadsheet exports drop trailing empty cells: rows of any length are read.
  return readDelimitedCells(input, { relaxColumnCount: true, headerSearch: search });
}

async function readMagic(input: InputSource): Promise<string> {
  const stream = input.open();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) return chunk.subarray(0, 8).toString('hex');
    return '';
  } catch (cause) {
    throw new PatlasError('unreadable-file', `${input.name}: cannot be read`, { cause });
  } finally {
    stream.destroy();
  }
}
