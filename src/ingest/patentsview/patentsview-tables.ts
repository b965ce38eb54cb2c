/**
 * The PatentsView bulk tables Patlas joins, with the columns it reads from each.
 * Column names are the ones of PatentsView's export views (PatentsView-DB
 * `resources/create_export_views.sql`); see docs/column-mapping.md for the sources.
 */
export const PATENTSVIEW_TABLES = [
  'g_patent',
  'g_application',
  'g_cpc_current',
  'g_ipc_at_issue',
  'g_assignee_disambiguated',
  'g_inventor_disambiguated',
  'g_location_disambiguated',
  'g_us_patent_citation',
  'g_patent_abstract',
] as const;
export type PatentsViewTable = (typeof PATENTSVIEW_TABLES)[number];

export interface PatentsViewTableSpec {
  /** Columns that identify the table; all must be in the header. */
  required: readonly string[];
  /** Columns read when present (older or newer releases differ). */
  optional: readonly string[];
  /** Columns whose presence means it is another table with a similar header. */
  excluded: readonly string[];
}

export const TABLE_SPECS: Record<PatentsViewTable, PatentsViewTableSpec> = {
  g_patent: {
    required: ['patent_id', 'patent_type', 'patent_date', 'patent_title', 'wipo_kind'],
    // patent_abstract was part of g_patent until PatentsView split it into g_patent_abstract.
    optional: ['num_claims', 'patent_abstract'],
    excluded: [],
  },
  g_application: {
    required: ['application_id', 'patent_id', 'filing_date'],
    optional: ['patent_application_type', 'series_code'],
    excluded: [],
  },
  g_cpc_current: {
    required: ['patent_id', 'cpc_sequence', 'cpc_group'],
    optional: ['cpc_type'],
    // g_cpc_at_issue has the same columns plus these.
    excluded: ['cpc_action_date', 'cpc_version_indicator'],
  },
  g_ipc_at_issue: {
    required: ['patent_id', 'ipc_sequence', 'section', 'ipc_class', 'subclass', 'main_group', 'subgroup'],
    optional: ['classification_value', 'ipc_version_indicator'],
    excluded: [],
  },
  g_assignee_disambiguated: {
    required: ['patent_id', 'assignee_sequence', 'assignee_id', 'disambig_assignee_organization'],
    optional: [
      'disambig_assignee_individual_name_first',
      'disambig_assignee_individual_name_last',
      'assignee_type',
      'location_id',
    ],
    excluded: [],
  },
  g_inventor_disambiguated: {
    required: [
      'patent_id',
      'inventor_sequence',
      'inventor_id',
      'disambig_inventor_name_first',
      'disambig_inventor_name_last',
    ],
    optional: ['location_id'],
    excluded: [],
  },
  g_location_disambiguated: {
    required: ['location_id', 'disambig_city', 'disambig_state', 'disambig_country'],
    optional: [],
    excluded: ['patent_id'],
  },
  g_us_patent_citation: {
    required: ['patent_id', 'citation_sequence', 'citation_patent_id'],
    optional: ['wipo_kind', 'citation_category'],
    excluded: [],
  },
  g_patent_abstract: {
    required: ['patent_id', 'patent_abstract'],
    optional: [],
    excluded: ['patent_title'],
  },
};

/** Header cell as PatentsView writes it: quoted, sometimes with a BOM on the first one. */
export function normaliseHeaderCell(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim()
    .toLowerCase();
}

/**
 * Which PatentsView table a header belongs to, or `null` when it is none of those Patlas reads.
 * @example identifyPatentsViewTable(['patent_id', 'patent_type', 'patent_date', 'patent_title', 'wipo_kind'])
 * // 'g_patent'
 */
export function identifyPatentsViewTable(header: string[]): PatentsViewTable | null {
  const columns = new Set(header.map(normaliseHeaderCell));
  for (const table of PATENTSVIEW_TABLES) {
    const spec = TABLE_SPECS[table];
    if (!spec.required.every((c) => columns.has(c))) continue;
    if (spec.excluded.some((c) => columns.has(c))) continue;
    return table;
  }
  return null;
}
