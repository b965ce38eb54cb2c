import type { TableSet } from './record-query.js';
import { SqlParams, tableScan } from './table-scan.js';

/**
 * Per child table: how many rows have a patent_id with no g_patent row, how many patents that is,
 * the first such row (1-based data row) and its patent_id. Only tables with such rows come back.
 * `null` when no child table with a patent_id was given.
 */
export function buildOrphanQuery(tables: TableSet): { sql: string; params: string[] } | null {
  const patent = tables.g_patent;
  if (!patent) throw new Error('g_patent is required');
  const params = new SqlParams();
  const branches: string[] = [];
  for (const table of Object.values(tables)) {
    if (!table || table.table === 'g_patent' || !table.columns.includes('patent_id')) continue;
    branches.push(
      `SELECT '${table.table}' AS tbl, "patent_id", row_number() OVER () AS pv_row FROM ${tableScan(table, params)}`,
    );
  }
  if (branches.length === 0) return null;
  const sql =
    `WITH ids AS (SELECT DISTINCT "patent_id" FROM ${tableScan(patent, params)}),\n` +
    `child AS (${branches.join('\nUNION ALL\n')}),\n` +
    'orphan AS (SELECT child.* FROM child ANTI JOIN ids USING (patent_id))\n' +
    'SELECT tbl, count(*) AS n_rows, count(DISTINCT patent_id) AS n_patents, min(pv_row) AS first_row, ' +
    "arg_min(coalesce(patent_id, ''), pv_row) AS first_patent_id FROM orphan GROUP BY tbl ORDER BY tbl";
  return { sql, params: params.values };
}
