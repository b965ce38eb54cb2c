import type { IndicatorScope } from '../indicators/indicator-scope.js';
import type { SqlParams, Store } from '../store/open-store.js';

/** One counted unit of a scope, shown by one of its publications (the lowest number among those in scope). */
export interface PatentRow {
  publicationNumber: string;
  /** The family (or the publication itself when counting publications) the indicators counted. */
  unitId: string;
  /** Publications of the unit in scope. */
  publications: number;
  /** The unit's year on the run's date basis (a family's earliest), null when unknown. */
  year: number | null;
  titles: Record<string, string>;
  applicants: string[];
  legalStatus: string | null;
}

export interface PatentPage {
  /** Units in scope: the number the indicators counted for these filters. */
  total: number;
  limit: number;
  offset: number;
  rows: PatentRow[];
}

/**
 * The units an indicator run with the same filters counts, newest first, one page at a time. `only`, when
 * given (full-text hits, best first), keeps the units with a publication in it, ranked by their best hit.
 */
export async function listScopePatents(
  store: Store,
  scope: IndicatorScope,
  page: { limit: number; offset: number; only?: readonly string[] },
): Promise<PatentPage> {
  // The hits travel as one JSON string parameter: bound like any other value, whatever their number.
  const hits = page.only
    ? `hits AS (SELECT unnest(l) AS publication_number, generate_subscripts(l, 1) AS rank
         FROM (SELECT from_json(?::JSON, '["VARCHAR"]') AS l)),`
    : '';
  const hitValues: SqlParams = page.only ? [JSON.stringify(page.only)] : [];
  const units = page.only
    ? `SELECT s.unit_id, min(s.publication_number) AS publication_number, count(*)::INTEGER AS publications,
         min(h.rank) AS rank
       FROM ${scope.pubs} s JOIN hits h USING (publication_number) GROUP BY s.unit_id`
    : `SELECT s.unit_id, min(s.publication_number) AS publication_number, count(*)::INTEGER AS publications,
         NULL::INTEGER AS rank
       FROM ${scope.pubs} s GROUP BY s.unit_id`;
  const total = page.only
    ? Number(
        (
          await store.one<{ n: number }>(
            `WITH ${hits} u AS (${units}) SELECT count(*) AS n FROM u`,
            hitValues,
          )
        )?.n ?? 0,
      )
    : scope.unitCount;
  const rows = await store.all<{
    publication_number: string;
    unit_id: string;
    publications: number;
    year: number | null;
    legal_status: string | null;
    titles: { lang: string; text: string }[] | null;
    applicants: string[] | null;
  }>(
    `WITH ${hits} page AS (
       SELECT u.*, un.year FROM (${units}) u JOIN ${scope.units} un USING (unit_id)
       ORDER BY u.rank NULLS LAST, un.year DESC NULLS LAST, u.publication_number LIMIT ? OFFSET ?
     )
     SELECT page.publication_number, page.unit_id, page.publications, page.year, p.legal_status,
       (SELECT list({'lang': t.lang, 'text': t.text} ORDER BY t.lang) FROM texts t
        WHERE t.publication_number = page.publication_number AND t.text_type = 'title') AS titles,
       (SELECT list(pa.name ORDER BY pa.seq) FROM parties pa
        WHERE pa.publication_number = page.publication_number AND pa.role = 'applicant') AS applicants
     FROM page JOIN publications p USING (publication_number)
     ORDER BY page.rank NULLS LAST, page.year DESC NULLS LAST, page.publication_number`,
    [...hitValues, page.limit, page.offset],
  );
  return {
    total,
    limit: page.limit,
    offset: page.offset,
    rows: rows.map((r) => ({
      publicationNumber: r.publication_number,
      unitId: r.unit_id,
      publications: Number(r.publications),
      year: r.year === null ? null : Number(r.year),
      titles: Object.fromEntries((r.titles ?? []).map((t) => [t.lang, t.text])),
      applicants: r.applicants ?? [],
      legalStatus: r.legal_status,
    })),
  };
}
