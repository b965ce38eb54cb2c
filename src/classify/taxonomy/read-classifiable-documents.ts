import type { Store } from '../../store/open-store.js';
import type { ClassifiableDocument } from './classifiable-document.js';

interface DocumentRow extends Record<string, unknown> {
  publication_number: string;
  titles: string[] | null;
  abstracts: string[] | null;
  claims: string[] | null;
  codes: string[] | null;
}

/**
 * Every publication of the store with its texts and IPC/CPC symbols, in chunks of about 2,048. DuckDB
 * groups the texts (spilling to disk past its memory limit); this side holds one chunk at a time.
 */
export async function* readClassifiableDocuments(store: Store): AsyncGenerator<ClassifiableDocument[]> {
  const rows = store.stream<DocumentRow>(`
    SELECT p.publication_number, t.titles, t.abstracts, t.claims, c.codes
    FROM publications p
    LEFT JOIN (
      SELECT publication_number,
        list(text) FILTER (WHERE text_type = 'title') AS titles,
        list(text) FILTER (WHERE text_type = 'abstract') AS abstracts,
        list(text) FILTER (WHERE text_type = 'first_claim') AS claims
      FROM texts GROUP BY publication_number) t USING (publication_number)
    LEFT JOIN (
      SELECT publication_number, list(DISTINCT symbol) AS codes
      FROM classifications GROUP BY publication_number) c USING (publication_number)`);
  for await (const chunk of rows) {
    yield chunk.map((row) => ({
      publicationNumber: row.publication_number,
      texts: { title: row.titles ?? [], abstract: row.abstracts ?? [], claims: row.claims ?? [] },
      codes: row.codes ?? [],
    }));
  }
}
