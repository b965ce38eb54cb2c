import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROWS = fileURLToPath(new URL('../fixtures/mapped/patsnap-rows.json', import.meta.url));

/**
 * A PatSnap-style workbook (sheet 专利) from the real rows of test/fixtures/mapped/patsnap-rows.json;
 * callers may restyle cells before writing it.
 */
export function patsnapWorkbook(): {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  rows: string[][];
} {
  const { header, rows } = JSON.parse(readFileSync(ROWS, 'utf8')) as { header: string[]; rows: string[][] };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('专利');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return { workbook, sheet, rows };
}
