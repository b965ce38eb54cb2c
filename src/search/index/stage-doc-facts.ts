import type { Store } from '../../store/open-store.js';
import { STAGE } from './text-index-tables.js';

/**
 * Documents per slice: a list aggregation over all publications at once runs out of memory on large stores
 * (DuckDB memory_limit 512MB), so the facts are staged slice by slice of doc ids. Doc ids follow the publication
 * number, so a slice is also a range of publication numbers, which every statement filters on first. Each
 * statement still scans its whole table for the range, so a large store gets larger slices (at most
 * MAX_SLICES of them) rather than ever more scans.
 */
export const FACT_SLICE = 100_000;
const MAX_SLICES = 20;

/**
 * Per slice, parameters: first and last publication number, first and last doc id. Each statement reads one
 * store table in the slice's range and keeps the publications that have a doc id. The selections are the
 * ones search and match showed before they were stored (see read-doc-facts.ts for how they are read back).
 */
const STAGE_SLICE_SQL = [
  // What a hit shows: office, legal status, years and every title with its language (unordered: an ordered
  // list aggregate costs several times more, and the reader picks one title anyway).
  `INSERT INTO ${STAGE.details}
   WITH t AS (SELECT publication_number, list({'lang': lang, 'text': text}) AS titles
              FROM texts WHERE text_type = 'title' AND publication_number BETWEEN $1 AND $2
              GROUP BY publication_number)
   SELECT d.doc_id, p.country, p.legal_status,
     coalesce(year(p.priority_date), p.priority_year), coalesce(year(p.publication_date), p.publication_year),
     t.titles
   FROM publications p JOIN ${STAGE.docs} d USING (publication_number) LEFT JOIN t USING (publication_number)
   WHERE p.publication_number BETWEEN $1 AND $2 AND d.doc_id BETWEEN $3 AND $4`,
  // The CPC boost's groups: CPC main groups, IPC (any other scheme) when the publication has no CPC symbol;
  // a symbol without a main group counts by its subclass.
  `INSERT INTO ${STAGE.groups}
   WITH c AS (SELECT publication_number, scheme = 'cpc' AS is_cpc, coalesce(main_group, subclass) AS cpc_group
              FROM classifications WHERE publication_number BETWEEN $1 AND $2),
   k AS (SELECT publication_number, bool_or(is_cpc) AS has_cpc FROM c GROUP BY publication_number)
   SELECT DISTINCT d.doc_id, c.cpc_group
   FROM c JOIN k USING (publication_number) JOIN ${STAGE.docs} d USING (publication_number)
   WHERE (c.is_cpc OR NOT k.has_cpc) AND d.doc_id BETWEEN $3 AND $4`,
  // Harmonised applicants (applicant_names); a name without a row there stands for itself.
  `INSERT INTO ${STAGE.applicants}
   SELECT DISTINCT d.doc_id, coalesce(an.applicant_id, pa.name), coalesce(an.display_name, pa.name)
   FROM parties pa JOIN ${STAGE.docs} d USING (publication_number) LEFT JOIN applicant_names an USING (name)
   WHERE pa.role = 'applicant' AND pa.publication_number BETWEEN $1 AND $2 AND d.doc_id BETWEEN $3 AND $4`,
  // Countries of origin, largest share first.
  `INSERT INTO ${STAGE.origins}
   SELECT d.doc_id, row_number() OVER (PARTITION BY d.doc_id ORDER BY o.weight DESC, o.country_code)::INTEGER,
     o.country_code
   FROM publication_origins o JOIN ${STAGE.docs} d USING (publication_number)
   WHERE o.publication_number BETWEEN $1 AND $2 AND d.doc_id BETWEEN $3 AND $4`,
];

/** Stage every indexed document's facts (run after the documents are staged, inside the build's transaction). */
export async function stageDocFacts(store: Store, sliceSize?: number): Promise<void> {
  const docs = (await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${STAGE.docs}`))?.n ?? 0;
  const size = sliceSize ?? Math.max(FACT_SLICE, Math.ceil(docs / MAX_SLICES));
  const slices = await store.all<{
    first_number: string;
    last_number: string;
    first_doc: number;
    last_doc: number;
  }>(
    `SELECT min(publication_number) AS first_number, max(publication_number) AS last_number,
       min(doc_id) AS first_doc, max(doc_id) AS last_doc
     FROM ${STAGE.docs} GROUP BY (doc_id - 1) // ? ORDER BY first_doc`,
    [size],
  );
  for (const s of slices) {
    for (const sql of STAGE_SLICE_SQL) {
      await store.run(sql, [s.first_number, s.last_number, s.first_doc, s.last_doc]);
    }
  }
}
