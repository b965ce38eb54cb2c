import type { Store } from '../../store/open-store.js';
import type { LearnedDocument } from './learned-document.js';

export interface StoredDocument {
  publicationNumber: string;
  document: LearnedDocument;
}

interface DocumentRow extends Record<string, unknown> {
  publication_number: string;
  titles: string[] | null;
  abstracts: string[] | null;
  claims: string[] | null;
  codes: string[] | null;
}

/** Publications per batch: one query each, so DuckDB groups the texts of a few thousand at a time. */
const BATCH = 4096;

/**
 * Publications with their texts and IPC/CPC symbols, in batches, in ascending publication number: all of the
 * store, or only the listed numbers. Each batch is one range query, so memory stays flat however large the
 * store: neither side ever holds more than a batch of texts (a single grouping query over the whole store
 * makes DuckDB hold every text until the grouping ends).
 */
export async function* readLearnedDocuments(
  store: Store,
  only?: readonly string[],
): AsyncGenerator<StoredDocument[]> {
  const listed = only ? [...new Set(only)].sort() : null;
  let last: string | null = null;
  for (let start = 0; ; start += BATCH) {
    const batch: string[] = listed
      ? listed.slice(start, start + BATCH)
      : (
          await store.all<{ p: string }>(
            `SELECT publication_number AS p FROM publications WHERE ?::VARCHAR IS NULL OR publication_number > ?::VARCHAR
             ORDER BY publication_number LIMIT ${BATCH}`,
            [last, last],
          )
        ).map((r) => r.p);
    if (batch.length === 0) return;
    last = batch[batch.length - 1]!;
    yield (await readBatch(store, batch)).map(toDocument);
  }
}

async function readBatch(store: Store, batch: string[]): Promise<DocumentRow[]> {
  const range = 'publication_number BETWEEN $1 AND $2';
  return store.all<DocumentRow>(
    `WITH d AS (SELECT DISTINCT unnest(from_json($3, '["VARCHAR"]')) AS publication_number)
     SELECT d.publication_number, t.titles, t.abstracts, t.claims, c.codes
     FROM d
     LEFT JOIN (
       SELECT publication_number,
         list(text ORDER BY lang) FILTER (WHERE text_type = 'title') AS titles,
         list(text ORDER BY lang) FILTER (WHERE text_type = 'abstract') AS abstracts,
         list(text ORDER BY lang) FILTER (WHERE text_type = 'first_claim') AS claims
       FROM texts WHERE ${range} AND publication_number IN (SELECT publication_number FROM d)
       GROUP BY publication_number
     ) t USING (publication_number)
     LEFT JOIN (
       SELECT publication_number, list(DISTINCT symbol ORDER BY symbol) AS codes
       FROM classifications WHERE ${range} AND publication_number IN (SELECT publication_number FROM d)
       GROUP BY publication_number
     ) c USING (publication_number)
     ORDER BY d.publication_number`,
    [batch[0]!, batch[batch.length - 1]!, JSON.stringify(batch)],
  );
}

function toDocument(row: DocumentRow): StoredDocument {
  return {
    publicationNumber: row.publication_number,
    document: {
      title: row.titles ?? [],
      abstract: row.abstracts ?? [],
      claims: row.claims ?? [],
      codes: row.codes ?? [],
    },
  };
}
