import type ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { PatlasError } from '../../domain/patlas-error.js';
import type { InputSource } from '../input-source.js';
import type { HeaderSearch } from '../text/sniff-delimiter.js';
import type { TableRow, TableSource } from './table-source.js';
import { cellText } from './xlsx-cell.js';

/**
 * The first worksheet of an XLSX workbook, streamed. Its first non-empty row is the header; with
 * `search`, rows are read until one is a header (at most `maxSkippedLines` more), and the last row
 * read is taken when none is.
 */
export async function openXlsxRows(input: InputSource, search?: HeaderSearch): Promise<TableSource> {
  const stream = input.open();
  // Loaded on first use: exceljs is heavy and most ingests read no spreadsheet.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows = sheetRows(workbook);
  const first = await rows.next().catch((cause: unknown) => {
    stream.destroy();
    throw new PatlasError('unreadable-file', `${input.name}: not a readable XLSX workbook`, { cause });
  });
  if (first.done) {
    stream.destroy();
    throw new PatlasError('unknown-format', `${input.name}: the first worksheet is empty`);
  }
  let header = first.value.cells;
  for (let skipped = 0; search && !search.isHeader(header) && skipped < search.maxSkippedLines; skipped++) {
    const next = await rows.next();
    if (next.done) break;
    header = next.value.cells;
  }
  async function* data(): AsyncIterable<TableRow> {
    try {
      while (true) {
        const next = await rows.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await rows.return(undefined);
      stream.destroy();
    }
  }
  return { header, rows: data(), close: () => stream.destroy() };
}

async function* sheetRows(workbook: ExcelJS.stream.xlsx.WorkbookReader): AsyncGenerator<TableRow> {
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const values = row.values as CellValue[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      if (cells.some((c) => c.trim() !== '')) yield { line: row.number, cells };
    }
    // Only the first worksheet holds the export; the others are summaries or search statements.
    return;
  }
}
