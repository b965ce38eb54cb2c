import type { PatentsViewTable } from './patentsview-tables.js';
import { column as col, type ResolvedTable, SqlParams, tableScan } from './table-scan.js';

export type TableSet = Partial<Record<PatentsViewTable, ResolvedTable>>;

/** The tables whose rows are grouped under a g_patent row, and the item fields each gives. */
export const CHILD_TABLES = [
  'g_application',
  'g_patent_abstract',
  'g_cpc_current',
  'g_ipc_at_issue',
  'g_assignee_disambiguated',
  'g_inventor_disambiguated',
  'g_us_patent_citation',
] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];

const id = `trim("patent_id") AS patent_id`;
const seq = (name: string, q = '') => `TRY_CAST(${q}"${name}" AS BIGINT) AS seq`;
const row = 'row_number() OVER () AS pv_row';

/**
 * SQL that writes one table to Parquet sorted by patent_id (then sequence, then file row), with
 * the data row number kept as `pv_row`. Sorting spills to disk where DuckDB's list() aggregate
 * would not, so grouping per patent happens while merging the sorted files.
 */
export function sortedTableSql(
  table: ResolvedTable,
  tables: TableSet,
  target: string,
): { sql: string; params: string[] } {
  const params = new SqlParams();
  const scan = tableScan(table, params);
  const order = 'ORDER BY patent_id, seq, pv_row';
  let select: string;
  switch (table.table) {
    case 'g_patent':
      select =
        `SELECT ${id}, 0 AS seq, "patent_type", "patent_date", "patent_title", "wipo_kind", ` +
        `${col(table, 'num_claims')} AS num_claims, ${col(table, 'patent_abstract')} AS patent_abstract, ${row} FROM ${scan}`;
      break;
    case 'g_application':
      select = `SELECT ${id}, 0 AS seq, "application_id", "filing_date", ${row} FROM ${scan}`;
      break;
    case 'g_patent_abstract':
      select = `SELECT ${id}, 0 AS seq, "patent_abstract", ${row} FROM ${scan}`;
      break;
    case 'g_cpc_current':
      select = `SELECT ${id}, ${seq('cpc_sequence')}, "cpc_group" AS symbol, ${col(table, 'cpc_type')} AS type, ${row} FROM ${scan}`;
      break;
    case 'g_ipc_at_issue':
      select =
        `SELECT ${id}, ${seq('ipc_sequence')}, "section", "ipc_class" AS class, "subclass", "main_group", "subgroup", ` +
        `${col(table, 'classification_value')} AS value, ${col(table, 'ipc_version_indicator')} AS version, ${row} FROM ${scan}`;
      break;
    case 'g_us_patent_citation':
      select =
        `SELECT ${id}, ${seq('citation_sequence')}, "citation_patent_id" AS id, ${col(table, 'wipo_kind')} AS kind, ` +
        `${col(table, 'citation_category')} AS category, ${row} FROM ${scan}`;
      break;
    case 'g_assignee_disambiguated':
    case 'g_inventor_disambiguated':
      select = partySelect(table, tables.g_location_disambiguated, scan, params);
      break;
    default:
      throw new Error(`${table.table} is not sorted by patent`);
  }
  return {
    sql: `COPY (${select} ${order}) TO ${params.add(target)} (FORMAT parquet)`,
    params: params.values,
  };
}

function partySelect(
  table: ResolvedTable,
  location: ResolvedTable | undefined,
  scan: string,
  params: SqlParams,
): string {
  const assignee = table.table === 'g_assignee_disambiguated';
  const names = assignee
    ? `t."disambig_assignee_organization" AS organization, ` +
      `${col(table, 'disambig_assignee_individual_name_first', 't')} AS first, ` +
      `${col(table, 'disambig_assignee_individual_name_last', 't')} AS last, ${col(table, 'assignee_type', 't')} AS type`
    : `t."disambig_inventor_name_first" AS first, t."disambig_inventor_name_last" AS last`;
  const sequence = seq(assignee ? 'assignee_sequence' : 'inventor_sequence', 't.');
  const rows = `(SELECT *, ${row} FROM ${scan}) AS t`;
  if (location === undefined || !table.columns.includes('location_id')) {
    return `SELECT trim(t."patent_id") AS patent_id, ${sequence}, ${names}, NULL AS city, NULL AS state, NULL AS country, t.pv_row FROM ${rows}`;
  }
  const places =
    `(SELECT "location_id", "disambig_city" AS city, "disambig_state" AS state, "disambig_country" AS country ` +
    `FROM ${tableScan(location, params)}) AS loc`;
  return (
    `SELECT trim(t."patent_id") AS patent_id, ${sequence}, ${names}, loc.city, loc.state, loc.country, t.pv_row ` +
    `FROM ${rows} LEFT JOIN ${places} ON t."location_id" = loc."location_id"`
  );
}

/** Forward citations per cited patent, from the sorted citation file, sorted like the others. */
export function citedCountSql(citations: string, target: string): { sql: string; params: string[] } {
  const params = new SqlParams();
  const sql =
    `COPY (SELECT trim(id) AS patent_id, count(*) AS n FROM read_parquet(${params.add(citations)}) ` +
    `WHERE id IS NOT NULL GROUP BY 1 ORDER BY 1) TO ${params.add(target)} (FORMAT parquet)`;
  return { sql, params: params.values };
}
