import type { Store } from '../../store/open-store.js';

export interface ScoredDoc {
  docId: number;
  /** BM25, summed over the query's terms the document holds (rounded to 9 decimals). */
  score: number;
}

export interface ScoredPage {
  /** Documents matching at least one term. */
  total: number;
  /** The page, best first; ties in publication-number order (doc ids follow it). */
  documents: ScoredDoc[];
}

/**
 * BM25 over the postings of the given term ids: each posting carries its term's impact on its document
 * (bm25.ts, computed by `patlas index`), so a document's score is the sum of its postings' impacts. One
 * statement gives the number of matching documents and the page.
 */
export async function scoreDocuments(
  store: Store,
  termIds: readonly number[],
  page: { limit: number; offset: number },
): Promise<ScoredPage> {
  if (termIds.length === 0) return { total: 0, documents: [] };
  const row = await store.one<{ total: number; page: { doc_id: number; score: number }[] | null }>(
    `WITH s AS MATERIALIZED (
       SELECT doc_id, round(sum(impact), 9) AS score FROM text_index_postings
       WHERE term_id IN (SELECT unnest(from_json(?, '["INTEGER"]'))) GROUP BY doc_id)
     SELECT (SELECT count(*) FROM s) AS total,
       (SELECT list({'doc_id': doc_id, 'score': score} ORDER BY score DESC, doc_id)
        FROM (SELECT doc_id, score FROM s ORDER BY score DESC, doc_id LIMIT ? OFFSET ?)) AS page`,
    [JSON.stringify(termIds), page.limit, page.offset],
  );
  return {
    total: row?.total ?? 0,
    documents: (row?.page ?? []).map((d) => ({ docId: d.doc_id, score: d.score })),
  };
}
