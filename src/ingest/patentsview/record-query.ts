import type { PatentsViewTable } from './patentsview-tables.js';
import { column as col, type ResolvedTable, SqlParams, tableScan } from './table-scan.js';

export type TableSet = Partial<Record<PatentsViewTable, ResolvedTable>>;

const bySequence = (name: string) => `TRY_CAST("${name}" AS BIGINT)`;

/**
 * One row per g_patent row, with the other tables aggregated into lists per patent_id, in g_patent
 * file order. Missing tables give NULL lists. Returns the SQL and its bound file paths.
 */
export function buildRecordQuery(tables: TableSet): { sql: string; params: string[] } {
  const patent = tables.g_patent;
  if (!patent) throw new Error('g_patent is required');
  const params = new SqlParams();
  const ctes: string[] = [];
  const selects: string[] = [];
  const joins: string[] = [];

  ctes.push(
    `p AS (SELECT "patent_id", "patent_type", "patent_date", "patent_title", "wipo_kind", ` +
      `${col(patent, 'num_claims')} AS num_claims, ${col(patent, 'patent_abstract')} AS patent_abstract, ` +
      `row_number() OVER () AS pv_row FROM ${tableScan(patent, params)})`,
  );

  const application = tables.g_application;
  if (application) {
    ctes.push(
      `app AS (SELECT "patent_id", min("application_id") AS application_id, min("filing_date") AS filing_date ` +
        `FROM ${tableScan(application, params)} GROUP BY "patent_id")`,
    );
    joins.push('LEFT JOIN app USING (patent_id)');
    selects.push('app.application_id', 'app.filing_date');
  } else selects.push('NULL AS application_id', 'NULL AS filing_date');

  const abstract = tables.g_patent_abstract;
  if (abstract) {
    ctes.push(
      `abs AS (SELECT "patent_id", min("patent_abstract") AS patent_abstract ` +
        `FROM ${tableScan(abstract, params)} GROUP BY "patent_id")`,
    );
    joins.push('LEFT JOIN abs USING (patent_id)');
    selects.push('coalesce(p.patent_abstract, abs.patent_abstract) AS patent_abstract');
  } else selects.push('p.patent_abstract');

  const location = tables.g_location_disambiguated;
  if (location) {
    ctes.push(
      `loc AS (SELECT "location_id", "disambig_city" AS city, "disambig_state" AS state, ` +
        `"disambig_country" AS country FROM ${tableScan(location, params)})`,
    );
  }
  const place = (t: ResolvedTable) => {
    const joinable = location !== undefined && t.columns.includes('location_id');
    return {
      fields: joinable
        ? "'city': loc.city, 'state': loc.state, 'country': loc.country"
        : "'city': NULL::VARCHAR, 'state': NULL::VARCHAR, 'country': NULL::VARCHAR",
      join: joinable ? 'LEFT JOIN loc ON t."location_id" = loc.location_id' : '',
    };
  };

  const cpc = tables.g_cpc_current;
  if (cpc) {
    ctes.push(
      `cpc AS (SELECT "patent_id", list({'seq': "cpc_sequence", 'symbol': "cpc_group", ` +
        `'type': ${col(cpc, 'cpc_type')}} ORDER BY ${bySequence('cpc_sequence')}) AS items ` +
        `FROM ${tableScan(cpc, params)} GROUP BY "patent_id")`,
    );
    joins.push('LEFT JOIN cpc USING (patent_id)');
    selects.push('cpc.items AS cpc');
  } else selects.push('NULL AS cpc');

  const ipc = tables.g_ipc_at_issue;
  if (ipc) {
    ctes.push(
      `ipc AS (SELECT "patent_id", list({'seq': "ipc_sequence", 'section': "section", 'class': "ipc_class", ` +
        `'subclass': "subclass", 'main_group': "main_group", 'subgroup': "subgroup", ` +
        `'value': ${col(ipc, 'classification_value')}, 'version': ${col(ipc, 'ipc_version_indicator')}} ` +
        `ORDER BY ${bySequence('ipc_sequence')}) AS items FROM ${tableScan(ipc, params)} GROUP BY "patent_id")`,
    );
    joins.push('LEFT JOIN ipc USING (patent_id)');
    selects.push('ipc.items AS ipc');
  } else selects.push('NULL AS ipc');

  const assignee = tables.g_assignee_disambiguated;
  if (assignee) {
    const where = place(assignee);
    ctes.push(
      `asg AS (SELECT t."patent_id", list({'seq': t."assignee_sequence", ` +
        `'organization': t."disambig_assignee_organization", ` +
        `'first': ${col(assignee, 'disambig_assignee_individual_name_first', 't')}, ` +
        `'last': ${col(assignee, 'disambig_assignee_individual_name_last', 't')}, ` +
        `'type': ${col(assignee, 'assignee_type', 't')}, ${where.fields}} ` +
        `ORDER BY TRY_CAST(t."assignee_sequence" AS BIGINT)) AS items ` +
        `FROM ${tableScan(assignee, params)} AS t ${where.join} GROUP BY t."patent_id")`,
    );
    joins.push('LEFT JOIN asg USING (patent_id)');
    selects.push('asg.items AS assignees');
  } else selects.push('NULL AS assignees');

  const inventor = tables.g_inventor_disambiguated;
  if (inventor) {
    const where = place(inventor);
    ctes.push(
      `inv AS (SELECT t."patent_id", list({'seq': t."inventor_sequence", ` +
        `'first': t."disambig_inventor_name_first", 'last': t."disambig_inventor_name_last", ${where.fields}} ` +
        `ORDER BY TRY_CAST(t."inventor_sequence" AS BIGINT)) AS items ` +
        `FROM ${tableScan(inventor, params)} AS t ${where.join} GROUP BY t."patent_id")`,
    );
    joins.push('LEFT JOIN inv USING (patent_id)');
    selects.push('inv.items AS inventors');
  } else selects.push('NULL AS inventors');

  const citation = tables.g_us_patent_citation;
  if (citation) {
    ctes.push(
      `cit_rows AS MATERIALIZED (SELECT "patent_id", "citation_sequence", "citation_patent_id", ` +
        `${col(citation, 'wipo_kind')} AS wipo_kind, ${col(citation, 'citation_category')} AS citation_category ` +
        `FROM ${tableScan(citation, params)})`,
      `cit AS (SELECT "patent_id", list({'id': "citation_patent_id", 'kind': wipo_kind, ` +
        `'category': citation_category} ORDER BY ${bySequence('citation_sequence')}) AS items ` +
        `FROM cit_rows GROUP BY "patent_id")`,
      `cited AS (SELECT "citation_patent_id" AS patent_id, count(*) AS n FROM cit_rows GROUP BY 1)`,
    );
    joins.push('LEFT JOIN cit USING (patent_id)', 'LEFT JOIN cited USING (patent_id)');
    selects.push('cit.items AS citations', 'cited.n AS cited_by');
  } else selects.push('NULL AS citations', 'NULL AS cited_by');

  const sql =
    `WITH ${ctes.join(',\n')}\n` +
    'SELECT p.pv_row, p.patent_id, p.patent_type, p.patent_date, p.patent_title, p.wipo_kind, p.num_claims, ' +
    `${selects.join(', ')}\nFROM p ${joins.join(' ')}\nORDER BY p.pv_row`;
  return { sql, params: params.values };
}
