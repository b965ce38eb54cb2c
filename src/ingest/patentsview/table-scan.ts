import type { PatentsViewTable } from './patentsview-tables.js';

/** A table file the caller gave, with the columns its header has. */
export interface ResolvedTable {
  table: PatentsViewTable;
  path: string;
  /** Header columns in file order; every one matched `SAFE_COLUMN` before it got here. */
  columns: string[];
}

/** PatentsView column names are snake_case; anything else is refused before it reaches SQL. */
export const SAFE_COLUMN = /^[a-z][a-z0-9_]*$/;

/** Collects file paths as bound parameters (`$1`, `$2` ...). */
export class SqlParams {
  readonly values: string[] = [];
  add(value: string): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * `read_csv` over one table. The column list is given instead of letting DuckDB sniff, because the
 * sniffer gives up on a file whose sample holds a broken row; with explicit VARCHAR columns broken
 * rows go to DuckDB's reject tables (`store_rejects`) and are reported as rejects.
 */
export function tableScan(table: ResolvedTable, params: SqlParams): string {
  const columns = table.columns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
  return (
    `read_csv(${params.add(table.path)}, delim = '\\t', header = true, quote = '"', escape = '"', ` +
    `auto_detect = false, store_rejects = true, columns = {${columns}})`
  );
}

/** The column as a SQL expression, or a typed NULL when this release of the table lacks it. */
export function column(table: ResolvedTable, name: string, qualifier?: string): string {
  if (!table.columns.includes(name)) return 'NULL::VARCHAR';
  return qualifier ? `${qualifier}."${name}"` : `"${name}"`;
}
