import { YEAR_SQL } from '../indicator-scope.js';
import { FORWARD_WINDOW_YEARS } from './quality-components.js';

export interface RawComponentTables {
  /** scope.pubs */
  pubs: string;
  /** createFamilyFacts(...).facts */
  familyFacts: string;
  /** createCitationLinks(...).table */
  links: string;
  /** Count forward citations inside the store (true) or take the source's cited-by count (false). */
  forwardInStore: boolean;
}

/** OECD diversity over the 4-digit IPC classes of linked documents: 1 - sum_j (mean_i beta_ji)^2. */
function diversitySql(name: string, linked: string): string {
  return `${name}_docs AS (${linked}),
    ${name}_beta AS (
      SELECT d.unit_id, d.doc, c.subclass, count(*) / sum(count(*)) OVER (PARTITION BY d.unit_id, d.doc) AS beta
      FROM ${name}_docs d JOIN classifications c ON c.publication_number = d.doc AND c.scheme = 'ipc'
      GROUP BY d.unit_id, d.doc, c.subclass),
    ${name}_n AS (SELECT unit_id, count(DISTINCT doc) AS n FROM ${name}_beta GROUP BY unit_id),
    ${name} AS (
      SELECT b.unit_id, 1 - sum(power(b.s / n.n, 2)) AS value
      FROM (SELECT unit_id, subclass, sum(beta) AS s FROM ${name}_beta GROUP BY unit_id, subclass) b
      JOIN ${name}_n n USING (unit_id) GROUP BY b.unit_id)`;
}

/**
 * One row per unit in scope with the raw components and the cohort keys. A component is NULL where the data
 * cannot say (no claims count, a source without citations, no IPC class), never a made-up zero.
 */
export function rawComponentsSql(t: RawComponentTables): string {
  const forward = t.forwardInStore
    ? `fwd AS (
        SELECT u.unit_id, count(DISTINCT coalesce(cp.family_id, cp.publication_number)) AS value
        FROM unit_pub u JOIN ${t.links} l ON l.cited = u.publication_number
        JOIN publications cp ON cp.publication_number = l.citing
        JOIN unit_first uf ON uf.unit_id = u.unit_id
        WHERE coalesce(cp.family_id, cp.publication_number) <> u.fam
          AND cp.publication_date BETWEEN uf.first_pub AND uf.first_pub + INTERVAL ${FORWARD_WINDOW_YEARS} YEAR
        GROUP BY u.unit_id)`
    : 'fwd AS (SELECT unit_id, max(cited_by_count) AS value FROM unit_pub GROUP BY unit_id)';
  return `WITH unit_pub AS (
      SELECT s.unit_id, p.*, coalesce(p.family_id, p.publication_number) AS fam,
        ${YEAR_SQL.priority} AS prio_year
      FROM ${t.pubs} s JOIN publications p ON p.publication_number = s.publication_number),
    unit_first AS (SELECT unit_id, min(publication_date) AS first_pub FROM unit_pub GROUP BY unit_id),
    cit_sources AS (
      SELECT p.source_file, bool_or(c.kind = 'patent') AS patent, bool_or(c.kind = 'npl') AS npl
      FROM citations c JOIN publications p ON p.publication_number = c.publication_number GROUP BY p.source_file),
    cits AS (
      SELECT u.unit_id,
        CASE WHEN bool_or(cs.patent) THEN count(DISTINCT coalesce(c.cited_publication_number, c.raw))
          FILTER (WHERE c.kind = 'patent') END AS bwd,
        CASE WHEN bool_or(cs.npl) THEN count(DISTINCT coalesce(c.npl_text, c.raw))
          FILTER (WHERE c.kind = 'npl') END AS npl
      FROM unit_pub u JOIN cit_sources cs ON cs.source_file = u.source_file
      LEFT JOIN citations c ON c.publication_number = u.publication_number GROUP BY u.unit_id),
    scope_classes AS (
      SELECT u.unit_id, count(DISTINCT c.subclass) AS n
      FROM unit_pub u JOIN classifications c ON c.publication_number = u.publication_number AND c.scheme = 'ipc'
      GROUP BY u.unit_id),
    main_field AS (
      SELECT unit_id, arg_max(field_nr, w - field_nr * 1e-6) AS field_nr FROM (
        SELECT u.unit_id, tf.field_nr, sum(tf.fractional_weight) AS w
        FROM unit_pub u JOIN technology_fields tf ON tf.publication_number = u.publication_number
        GROUP BY u.unit_id, tf.field_nr) GROUP BY unit_id),
    ${forward},
    ${diversitySql('generality', `SELECT DISTINCT u.unit_id, l.citing AS doc FROM unit_pub u JOIN ${t.links} l ON l.cited = u.publication_number`)},
    ${diversitySql('originality', `SELECT DISTINCT u.unit_id, l.cited AS doc FROM unit_pub u JOIN ${t.links} l ON l.citing = u.publication_number`)},
    base AS (
      SELECT unit_id, min(prio_year)::INTEGER AS cohort_year, max(claims_count) AS claims,
        min(date_diff('day', application_date, grant_date))
          FILTER (WHERE grant_date >= application_date) AS grant_lag
      FROM unit_pub GROUP BY unit_id)
    SELECT b.unit_id, b.cohort_year, mf.field_nr AS cohort_field,
      ${t.forwardInStore ? 'coalesce(fwd.value, 0)' : 'fwd.value'}::DOUBLE AS fwd_cits5, ff.family_size::DOUBLE AS family_size, b.claims::DOUBLE AS claims,
      cits.bwd::DOUBLE AS bwd_cits, cits.npl::DOUBLE AS npl_cits, sc.n::DOUBLE AS patent_scope,
      b.grant_lag::DOUBLE AS grant_lag, g.value AS generality, o.value AS originality
    FROM base b LEFT JOIN main_field mf USING (unit_id) LEFT JOIN fwd USING (unit_id)
    LEFT JOIN ${t.familyFacts} ff USING (unit_id) LEFT JOIN cits USING (unit_id)
    LEFT JOIN scope_classes sc USING (unit_id) LEFT JOIN generality g USING (unit_id)
    LEFT JOIN originality o USING (unit_id)`;
}
