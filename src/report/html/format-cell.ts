import type { NumberFormat } from '../i18n/number-format.js';
import type { ColumnKind, ReportCell } from '../model/report-model.js';

/** A table cell as the HTML shows it (the XLSX keeps the raw number). */
export function formatCell(cell: ReportCell, kind: ColumnKind, fmt: NumberFormat): string {
  if (cell === null || cell === '') return kind === 'text' ? '' : '–';
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'count':
      return fmt.count(cell);
    case 'share':
      return fmt.share(cell);
    case 'number':
      return fmt.decimal(cell, Math.abs(cell) >= 100 ? 1 : 3);
    case 'year':
      return String(cell);
    default:
      return String(cell);
  }
}
