/** One data row of a table export: the 1-based line (CSV) or sheet row number (XLSX) and its cells. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A row that could not be parsed; reading stops after it (a CSV quote that never closes). */
export interface TableFailure {
  line: number;
  message: string;
  excerpt: string;
}

/** A table export opened for reading: its header, then its rows, streamed. */
export interface TableSource {
  header: string[];
  rows: AsyncIterable<TableRow | TableFailure>;
  /** Release the input early (the rows iterator also does it when it finishes). */
  close(): void;
}

export function isFailure(row: TableRow | TableFailure): row is TableFailure {
  return 'message' in row;
}
