/**
 * Okapi BM25 as Lucene computes it, written once here for the tests and mirrored by the SQL of score-documents.ts:
 *   idf(t)      = ln(1 + (N - df + 0.5) / (df + 0.5))
 *   score(t, d) = idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))
 * and a document's score is the sum over the need's distinct terms. tf and dl are field-weighted (BM25F-lite,
 * see index-fields.ts).
 */
export function bm25Idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

export interface Bm25TermInput {
  tf: number;
  length: number;
  avgdl: number;
  k1: number;
  b: number;
  idf: number;
}

export function bm25TermScore({ tf, length, avgdl, k1, b, idf }: Bm25TermInput): number {
  return (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avgdl));
}

/** The same formula in SQL over postings `p` (tf, length) and query terms `q` (df). */
export function bm25Sql(params: { documents: string; k1: string; b: string; avgdl: string }): string {
  const { documents, k1, b, avgdl } = params;
  return `ln(1 + (${documents} - q.df + 0.5) / (q.df + 0.5)) * p.tf * (${k1} + 1)
    / (p.tf + ${k1} * (1 - ${b} + ${b} * p.length / ${avgdl}))`;
}
