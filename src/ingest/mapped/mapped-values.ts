import { dateField } from '../../domain/patent-date.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { splitValues } from '../text/delimited-record.js';
import type { Separator } from './column-mapping.js';
import type { BoundField } from './resolve-mapping.js';

/** What each separator of a mapping splits on: `;` and `；` alike, `,` and `，` alike. */
const SEPARATOR_PATTERNS: Record<Separator, RegExp> = {
  ';': /[;；]/,
  '；': /[;；]/,
  ';;': /;;/,
  '|': /\|/,
  ',': /[,，]/,
  '、': /、/,
  '\n': /\r?\n/,
};

/** Reads the cells of one row through bound fields; problems become warnings on the record. */
export class RowValues {
  readonly warnings: RecordWarning[] = [];

  constructor(private readonly cells: readonly string[]) {}

  /** The cell with whitespace collapsed; null when absent, empty or a placeholder (`-`, `NULL`, `N/A`). */
  text(field: BoundField | undefined): string | null {
    if (field === undefined) return null;
    const text = (this.cells[field.index] ?? '').replace(/\s+/g, ' ').trim();
    return text === '' || /^(-|--|NULL|N\/A|NA)$/i.test(text) ? null : text;
  }

  /** The separated values of a multi-valued cell, whitespace collapsed in each. */
  list(field: BoundField | undefined): string[] {
    if (field === undefined) return [];
    return splitValues(this.cells[field.index], SEPARATOR_PATTERNS[field.separator], true);
  }

  date(field: BoundField | undefined, name: string): string | null {
    return field === undefined ? null : dateField(this.text(field), name, this.warnings, field.dateOrder);
  }

  /** The earliest valid date of a possibly multi-valued date cell, and all of them in order. */
  dates(field: BoundField | undefined, name: string): { earliest: string | null; all: (string | null)[] } {
    if (field === undefined) return { earliest: null, all: [] };
    const all = this.list(field).map((v) => dateField(v, name, this.warnings, field.dateOrder));
    const valid = all.filter((d): d is string => d !== null).sort();
    return { earliest: valid[0] ?? null, all };
  }

  /** A whole number; with `count` set, the number of separated values instead. */
  integer(field: BoundField | undefined, name: string): number | null {
    if (field === undefined) return null;
    if (field.count) {
      const values = this.list(field);
      return values.length === 0 ? null : values.length;
    }
    const text = this.text(field);
    if (text === null) return null;
    if (/^\d+(\.0+)?$/.test(text)) return Number.parseInt(text, 10);
    this.warnings.push({ field: name, reason: `not a whole number: "${text}"` });
    return null;
  }
}
