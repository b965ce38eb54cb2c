import ExcelJS from 'exceljs';
import { type ReportModel, type ReportTable, reportTables } from '../model/report-model.js';
import { sheetName } from './sheet-name.js';

const NUMBER_FORMATS: Record<string, string> = {
  share: '0.0%',
  count: '#,##0.##',
  number: '0.000',
  year: '0',
};

/**
 * Every table of the report as a worksheet, the indicator definitions first; each sheet starts with its title and
 * definition line, then the header row. Numbers stay numbers (formatted as counts or percentages).
 */
export async function writeReportXlsx(model: ReportModel, file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Patlas ${model.patlasVersion}`;
  workbook.title = model.title;
  const tables = reportTables(model);
  const ordered = [
    ...tables.filter((t) => t.id === 'definitions'),
    ...tables.filter((t) => t.id !== 'definitions'),
  ];
  const taken = new Set<string>();
  const names: string[] = [];
  for (const table of ordered) {
    const name = sheetName(table.id, taken);
    names.push(name);
    addSheet(workbook, name, table);
  }
  await workbook.xlsx.writeFile(file);
  return names;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([table.definition]).font = { italic: true, color: { argb: 'FF616E7C' } };
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (cell === null ? null : cell)));
  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    const format = NUMBER_FORMATS[column.kind];
    if (format) sheetColumn.numFmt = format;
    const widest = Math.max(
      column.label.length,
      ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    );
    sheetColumn.width = Math.min(60, Math.max(8, widest + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
}
