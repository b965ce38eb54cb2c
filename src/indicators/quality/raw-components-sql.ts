import { FORWARD_WINDOW_YEARS } from './quality-components.js';

export interface RawComponentTables {
  /** One row per publication in scope: unit_id, uid (integer unit id), doc, fam, the publication's columns. */
  unitPubs: string;
  /** createFamilyFacts(...).facts */
  familyFacts: string;
  /** createCitationGraph(...) tables. */
  docs: string;
  links: string;
  classShares: string;
  /** Count forward citations inside the store (true) or take the source's cited-by count (false). */
  forwardInStore: boolean;
}

/**
 * OECD diversity over the 4-digit IPC classes of linked documents: 1 - sum_j (mean_i beta_ji)^2, with beta_ji
 * the share of document i's IPC symbols in class j (per document, so computed once for the whole store).
 */
function diversitySql(name: string, linked: string, classShares: string): string {
  return `${name}_docs AS (${linked}),
    ${name}_beta AS (SELECT d.uid, s.doc, s.subclass, s.beta FROM ${name}_docs d JOIN ${classShares} s ON s.doc = d.doc),
    ${name}_n AS (SELECT uid, count(DISTINCT doc) AS n FROM ${name}_beta GROUP BY uid),
    ${name} AS (
      SELECT b.uid, 1 - sum(power(b.s / n.n, 2)) AS value
      FROM (SELECT uid, subclass, sum(beta) AS s FROM ${name}_beta GROUP BY uid, subclass) b
      JOIN ${name}_n n USING (uid) GROUP BY b.uid)`;
}

/**
 * One row per unit in scope with the raw components and the cohort keys. A component is NULL where the data
 * cannot say (no claims count, a source without citations, no IPC class), never a made-up zero.
 */
export function rawComponentsSql(t: RawComponentTables): string {
  const forward = t.forwardInStore
    ? `fwd AS (
        SELECT u.uid, count(DISTINCT cd.fam) AS value
        FROM ${t.unitPubs} u JOIN ${t.links} l ON l.cited = u.doc
        JOIN ${t.docs} cd ON cd.doc = l.citing
        JOIN unit_first uf ON uf.uid = u.uid
        WHERE cd.fam <> u.fam
          AND cd.publication_date BETWEEN uf.first_pub AND uf.first_pub + INTERVAL ${FORWARD_WINDOW_YEARS} YEAR
        GROUP BY u.uid)`
    : `fwd AS (SELECT uid, max(cited_by_count) AS value FROM ${t.unitPubs} GROUP BY uid)`;
  return `WITH unit_first AS (SELECT uid, min(publication_date) AS first_pub FROM ${t.unitPubs} GROUP BY uid),
    cit_sources AS (
      SELECT p.source_file, bool_or(c.kind = 'patent') AS patent, bool_or(c.kind = 'npl') AS npl
      FROM citations c JOIN publications p ON p.publication_number = c.publication_number GROUP BY p.source_file),
    cits AS (
      SELECT u.uid,
        CASE WHEN bool_or(cs.patent) THEN count(DISTINCT coalesce(c.cited_publication_number, c.raw))
          FILTER (WHERE c.kind = 'patent') END AS bwd,
        CASE WHEN bool_or(cs.npl) THEN count(DISTINCT coalesce(c.npl_text, c.raw))
          FILTER (WHERE c.kind = 'npl') END AS npl
      FROM ${t.unitPubs} u JOIN cit_sources cs ON cs.source_file = u.source_file
      LEFT JOIN citations c ON c.publication_number = u.publication_number GROUP BY u.uid),
    scope_classes AS (
      SELECT u.uid, count(DISTINCT s.subclass) AS n
      FROM ${t.unitPubs} u JOIN ${t.classShares} s ON s.doc = u.doc
      GROUP BY u.uid),
    main_field AS (
      SELECT uid, arg_max(field_nr, w - field_nr * 1e-6) AS field_nr FROM (
        SELECT u.uid, tf.field_nr, sum(tf.fractional_weight) AS w
        FROM ${t.unitPubs} u JOIN technology_fields tf ON tf.publication_number = u.publication_number
        GROUP BY u.uid, tf.field_nr) GROUP BY uid),
    ${forward},
    ${diversitySql('generality', `SELECT DISTINCT u.uid, l.citing AS doc FROM ${t.unitPubs} u JOIN ${t.links} l ON l.cited = u.doc`, t.classShares)},
    ${diversitySql('originality', `SELECT DISTINCT u.uid, l.cited AS doc FROM ${t.unitPubs} u JOIN ${t.links} l ON l.citing = u.doc`, t.classShares)},
    base AS (
      SELECT uid, any_value(unit_id) AS unit_id, min(prio_year)::INTEGER AS cohort_year, max(claims_count) AS claims,
        min(date_diff('day', application_date, grant_date))
          FILTER (WHERE grant_date >= application_date) AS grant_lag
      FROM ${t.unitPubs} GROUP BY uid)
    SELECT b.unit_id, b.cohort_year, mf.field_nr AS cohort_field,
      ${t.forwardInStore ? 'coalesce(fwd.value, 0)' : 'fwd.value'}::DOUBLE AS fwd_cits5, ff.family_size::DOUBLE AS family_size, b.claims::DOUBLE AS claims,
      cits.bwd::DOUBLE AS bwd_cits, cits.npl::DOUBLE AS npl_cits, sc.n::DOUBLE AS patent_scope,
      b.grant_lag::DOUBLE AS grant_lag, g.value AS generality, o.value AS originality
    FROM base b LEFT JOIN main_field mf USING (uid) LEFT JOIN fwd USING (uid)
    LEFT JOIN ${t.familyFacts} ff ON ff.unit_id = b.unit_id LEFT JOIN cits USING (uid)
    LEFT JOIN scope_classes sc USING (uid) LEFT JOIN generality g USING (uid)
    LEFT JOIN originality o USING (uid)`;
}
