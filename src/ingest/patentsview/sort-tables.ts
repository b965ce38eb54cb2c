import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PatentsViewTable } from './patentsview-tables.js';
import { CHILD_TABLES, citedCountSql, sortedTableSql, type TableSet } from './sorted-table-sql.js';

/** The Parquet files, sorted by patent_id, that the merge reads. */
export type SortedFiles = Partial<Record<PatentsViewTable | 'cited_by', string>>;

/**
 * Write every given table sorted by patent_id into `dir`, one table at a time so that each sort has
 * the whole memory budget (and spills when it needs more). Citations also give forward counts.
 */
export async function sortTables(
  connection: DuckDBConnection,
  tables: TableSet,
  dir: string,
): Promise<SortedFiles> {
  const files: SortedFiles = {};
  for (const name of ['g_patent', ...CHILD_TABLES] as const) {
    const table = tables[name];
    if (table === undefined) continue;
    const target = join(dir, `${name}.parquet`);
    const query = sortedTableSql(table, tables, target);
    await connection.run(query.sql, query.params);
    files[name] = target;
  }
  if (files.g_us_patent_citation !== undefined) {
    const target = join(dir, 'cited_by.parquet');
    const query = citedCountSql(files.g_us_patent_citation, target);
    await connection.run(query.sql, query.params);
    files.cited_by = target;
  }
  return files;
}
