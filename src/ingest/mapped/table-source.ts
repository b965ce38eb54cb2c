import type { DelimitedProblem } from '../text/read-delimited.js';

/** One data row of a table export: the 1-based line (CSV) or sheet row number (XLSX) and its cells. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A table export opened for reading: its header, then its rows, streamed. */
export interface TableSource {
  header: string[];
  /** Rows in order; a problem (CSV only: a quote that never closes, an oversized record) ends the readable part. */
  rows: AsyncIterable<TableRow | DelimitedProblem>;
  /** Release the input early (the rows iterator also does it when it finishes). */
  close(): void;
}

export function isProblem(row: TableRow | DelimitedProblem): row is DelimitedProblem {
  return 'reason' in row;
}
