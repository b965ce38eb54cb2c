import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReadItem } from '../../domain/read-item.js';
import { buildOrphanQuery } from './orphan-query.js';
import type { TableSet } from './record-query.js';

interface OrphanRow {
  tbl: string;
  n_rows: string;
  n_patents: string;
  first_row: string;
  first_patent_id: string;
}

/**
 * Rows of the child tables whose patent_id has no g_patent row cannot join any record. They are
 * summed up as one reject per table (a g_patent subset with full child tables would otherwise
 * give millions of rejects), pointing at the first such row.
 */
export async function orphanRejects(connection: DuckDBConnection, tables: TableSet): Promise<ReadItem[]> {
  const query = buildOrphanQuery(tables);
  if (query === null) return [];
  const result = await connection.runAndReadAll(query.sql, query.params);
  return (result.getRowObjectsJson() as unknown as OrphanRow[]).map((row) => {
    const table = tables[row.tbl as keyof TableSet];
    return {
      kind: 'reject',
      file: table?.path ?? row.tbl,
      position: { byteOffset: null, line: Number(row.first_row) + 1 },
      reason:
        `${row.n_rows} row(s) of ${row.tbl} for ${row.n_patents} patent_id(s) have no g_patent row, ` +
        `first: "${row.first_patent_id}"`,
      excerpt: row.first_patent_id,
    };
  });
}
