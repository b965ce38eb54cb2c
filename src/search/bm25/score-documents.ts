import type { Store } from '../../store/open-store.js';
import { fieldsOfMask, type IndexField } from '../index/index-fields.js';
import type { TextIndexInfo } from '../index/read-text-index.js';
import { bm25Sql } from './bm25.js';

export interface MatchedTerm {
  /** The index term (stemmed). */
  term: string;
  /** The need's word it came from, as typed. */
  word: string;
  /** The fields of the publication the term occurs in. */
  fields: IndexField[];
}

export interface ScoredDocument {
  publicationNumber: string;
  score: number;
  matchedTerms: MatchedTerm[];
}

export interface ScoredPage {
  /** Publications matching at least one term. */
  total: number;
  documents: ScoredDocument[];
}

interface ScoredRow extends Record<string, unknown> {
  doc_id: number;
  score: number;
  total: number;
}

interface MatchedRow extends Record<string, unknown> {
  doc_id: number;
  publication_number: string;
  matched: { term: string; fields: number }[];
}

/**
 * BM25 over the postings of the given (distinct, tokenised) terms, best first; ties in publication-number order
 * (doc ids follow it). Only the page's documents are then looked up for their publication number and matched
 * terms. Everything the user typed arrives as bound parameters.
 */
export async function scoreDocuments(
  store: Store,
  index: TextIndexInfo,
  terms: readonly string[],
  page: { limit: number; offset: number },
  words: Readonly<Record<string, string>> = {},
): Promise<ScoredPage> {
  const termList = JSON.stringify(terms);
  const scored = await store.all<ScoredRow>(
    `WITH q AS (SELECT term_id, df FROM text_index_terms WHERE term IN (SELECT unnest(from_json($1, '["VARCHAR"]')))),
     s AS MATERIALIZED (
       SELECT p.doc_id, round(sum(${bm25Sql({ documents: '$2', k1: '$3', b: '$4', avgdl: '$5' })}), 9) AS score
       FROM text_index_postings p JOIN q USING (term_id) GROUP BY p.doc_id)
     SELECT doc_id, score, (SELECT count(*) FROM s) AS total FROM s
     ORDER BY score DESC, doc_id LIMIT $6 OFFSET $7`,
    [termList, index.documents, index.k1, index.b, index.avgdl, page.limit, page.offset],
  );
  if (scored.length === 0) return { total: await countMatching(store, termList, page.offset), documents: [] };
  const matched = await store.all<MatchedRow>(
    `WITH h AS (SELECT unnest(from_json($2, '["INTEGER"]')) AS doc_id)
     SELECT d.doc_id, d.publication_number, list({'term': t.term, 'fields': p.fields} ORDER BY t.df, t.term) AS matched
     FROM text_index_postings p JOIN text_index_terms t USING (term_id) JOIN text_index_docs d USING (doc_id)
     WHERE t.term IN (SELECT unnest(from_json($1, '["VARCHAR"]'))) AND p.doc_id IN (SELECT doc_id FROM h)
       AND d.doc_id IN (SELECT doc_id FROM h)
     GROUP BY d.doc_id, d.publication_number`,
    [termList, JSON.stringify(scored.map((s) => s.doc_id))],
  );
  const byDoc = new Map(matched.map((m) => [m.doc_id, m]));
  return {
    total: scored[0]?.total ?? 0,
    documents: scored.flatMap((s) => {
      const m = byDoc.get(s.doc_id);
      if (!m) return [];
      return [
        {
          publicationNumber: m.publication_number,
          score: s.score,
          matchedTerms: m.matched.map((x) => ({
            term: x.term,
            word: words[x.term] ?? x.term,
            fields: fieldsOfMask(Number(x.fields)),
          })),
        },
      ];
    }),
  };
}

/** The number of matching publications when the page is past the last one (the scoring query gave no row). */
async function countMatching(store: Store, termList: string, offset: number): Promise<number> {
  if (offset === 0) return 0;
  const row = await store.one<{ n: number }>(
    `SELECT count(DISTINCT p.doc_id) AS n FROM text_index_postings p JOIN text_index_terms t USING (term_id)
     WHERE t.term IN (SELECT unnest(from_json(?, '["VARCHAR"]')))`,
    [termList],
  );
  return row?.n ?? 0;
}
