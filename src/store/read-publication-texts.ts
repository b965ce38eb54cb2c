import type { Store } from './open-store.js';

/** A publication's texts per field (every language, ordered by language) and its distinct IPC/CPC symbols. */
export interface PublicationTexts {
  publicationNumber: string;
  titles: string[];
  abstracts: string[];
  /** The first claim: the only claim text the store keeps. */
  claims: string[];
  codes: string[];
}

interface TextsRow extends Record<string, unknown> {
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
 * makes DuckDB hold every text until the grouping ends). Runs on the store's connection, so it also sees
 * the caller's open transaction.
 */
export async function* readPublicationTexts(
  store: Store,
  only?: readonly string[],
): AsyncGenerator<PublicationTexts[]> {
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
    yield (await readBatch(store, batch)).map((row) => ({
      publicationNumber: row.publication_number,
      titles: row.titles ?? [],
      abstracts: row.abstracts ?? [],
      claims: row.claims ?? [],
      codes: row.codes ?? [],
    }));
  }
}

async function readBatch(store: Store, batch: string[]): Promise<TextsRow[]> {
  const range = 'publication_number BETWEEN $1 AND $2';
  return store.all<TextsRow>(
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
