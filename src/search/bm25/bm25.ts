/**
 * Okapi BM25 as Lucene computes it, written once here for the tests and mirrored by bm25Sql, which `patlas index`
 * uses to store each posting's impact (text-index-tables.ts):
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

/** The same formula in SQL over a posting's `tf`, its document's `length` and its term's `df`. */
export function bm25Sql(params: {
  documents: string;
  k1: string;
  b: string;
  avgdl: string;
  tf: string;
  length: string;
  df: string;
}): string {
  const { documents, k1, b, avgdl, tf, length, df } = params;
  return `ln(1 + (${documents} - ${df} + 0.5) / (${df} + 0.5)) * ${tf} * (${k1} + 1)
    / (${tf} + ${k1} * (1 - ${b} + ${b} * ${length} / ${avgdl}))`;
}
