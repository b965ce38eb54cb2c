import { createFamilyFacts } from '../family/family-facts.js';
import type { SharedTable } from '../indicator-scope.js';
import { YEAR_SQL } from '../indicator-scope.js';
import type { IndicatorContext } from '../indicator-types.js';
import { tempTableName } from '../temp-table-name.js';
import { createCitationGraph } from './citation-links.js';
import { normalisedSql } from './normalise-cohorts-sql.js';
import { FORWARD_WINDOW_YEARS, PUBLICATION_LAG_YEARS, QUALITY_COMPONENTS } from './quality-components.js';
import { rawComponentsSql } from './raw-components-sql.js';

export interface QualityTable {
  /**
   * A TEMP table, one row per unit in scope: unit_id; cohort_year (earliest priority year), cohort_field (main WIPO
   * field: largest summed fractional weight, null without a mapped IPC/CPC class); the raw components fwd_cits5,
   * family_size, claims, bwd_cits, npl_cits, patent_scope, grant_lag (days), generality, originality (NULL where
   * the data cannot say); the same normalised within the cohort to 0-1, higher = better (`<component>_n`);
   * quality_index (0-1, mean of the available normalised fwd_cits5, family_size, claims, generality; NULL
   * without any); fwd_window_complete (false when cohort_year + 5 + 1.5 years is after the cut-off);
   * fwd_basis ('store': citing documents in the store, 5 years from first publication; 'reported': the source's
   * cited-by count, all years). Dropped with the scope.
   */
  table: string;
  /** Components with a value for at least one unit, in QUALITY_COMPONENTS order. */
  components: string[];
}

/**
 * The OECD quality components and the composite index for the units in scope, materialised once per run (the
 * scope owns the table: quality and innovation potential share it).
 */
export function createQualityTable(context: IndicatorContext): Promise<QualityTable> {
  return context.scope.shared('quality', () => buildQualityTable(context));
}

async function buildQualityTable(context: IndicatorContext): Promise<SharedTable<QualityTable>> {
  const { store, scope } = context;
  const family = await createFamilyFacts(context);
  const graph = await createCitationGraph(store);
  const unitPubs = tempTableName('ind_quality_unit_pubs');
  const raw = tempTableName('ind_quality_raw');
  const table = tempTableName('ind_quality');
  try {
    await store.run(`CREATE TEMP TABLE ${unitPubs} AS
      SELECT s.unit_id, (dense_rank() OVER (ORDER BY s.unit_id))::INTEGER AS uid, d.doc, d.fam,
        p.publication_number, p.publication_date, p.source_file, p.claims_count, p.application_date, p.grant_date,
        p.cited_by_count, ${YEAR_SQL.priority} AS prio_year
      FROM ${scope.pubs} s JOIN publications p ON p.publication_number = s.publication_number
      JOIN ${graph.docs} d ON d.publication_number = s.publication_number`);
    const forwardInStore = graph.linkCount > 0;
    await store.run(
      `CREATE TEMP TABLE ${raw} AS ${rawComponentsSql({ unitPubs, familyFacts: family.facts, docs: graph.docs, links: graph.links, classShares: graph.classShares, forwardInStore })}`,
    );
    const counts = await store.one<Record<string, number>>(
      `SELECT ${QUALITY_COMPONENTS.map((c) => `count(${c}) AS ${c}`).join(', ')} FROM ${raw}`,
    );
    const components = QUALITY_COMPONENTS.filter((c) => Number(counts?.[c] ?? 0) > 0);
    const cutoff = scope.cutoff.date;
    // Decimal year of the cut-off: the 5-year window of cohort Y is complete when Y + 5 + 1.5 <= it.
    const windowSql = cutoff
      ? `cohort_year + ${FORWARD_WINDOW_YEARS + PUBLICATION_LAG_YEARS} <= year(CAST(? AS DATE)) + (dayofyear(CAST(? AS DATE)) - 1) / 365.25`
      : 'NULL::BOOLEAN';
    await store.run(
      `CREATE TEMP TABLE ${table} AS
      SELECT *, ${windowSql} AS fwd_window_complete, '${forwardInStore ? 'store' : 'reported'}' AS fwd_basis
      FROM (${normalisedSql(raw, components)})`,
      cutoff ? [cutoff, cutoff] : [],
    );
    return {
      value: { table, components },
      release: async () => {
        await store.run(`DROP TABLE IF EXISTS ${table}`);
      },
    };
  } finally {
    await store.run(`DROP TABLE IF EXISTS ${raw}; DROP TABLE IF EXISTS ${unitPubs}`);
    await graph.release();
  }
}
