import type { Store } from '../../store/open-store.js';
import type { IndexField } from './index-fields.js';

/** Publications per batch: one range scan of `texts` each, so memory stays flat whatever the store's size. */
export const INDEX_BATCH = 20_000;

export interface IndexSource {
  publicationNumber: string;
  texts: Record<IndexField, string[]>;
}

const FIELD_OF_TEXT_TYPE: Record<string, IndexField> = {
  title: 'title',
  abstract: 'abstract',
  first_claim: 'claim',
};

export interface IndexBatch {
  sources: IndexSource[];
  /** Publications with indexable text in the whole store. */
  total: number;
}

/**
 * The indexed texts (titles, abstracts, first claims) of every publication that has any, in ascending
 * publication number, batch by batch. The batch boundaries come from one sorted pass over the distinct
 * publication numbers; each batch is then one range query over `texts` (classifications are not read).
 */
export async function* readIndexTexts(store: Store): AsyncGenerator<IndexBatch> {
  const bounds = await store.all<{ p: string; total: number }>(
    `SELECT p, total FROM (
       SELECT publication_number AS p, row_number() OVER (ORDER BY publication_number) AS n, count(*) OVER () AS total
       FROM (SELECT DISTINCT publication_number FROM texts WHERE text_type IN ('title', 'abstract', 'first_claim')))
     WHERE n % ? = 0 OR n = total ORDER BY p`,
    [INDEX_BATCH],
  );
  const total = bounds[0]?.total ?? 0;
  let after: string | null = null;
  for (const { p: upTo } of bounds) {
    const rows: { publication_number: string; text_type: string; text: string }[] = await store.all(
      `SELECT publication_number, text_type, text FROM texts
       WHERE text_type IN ('title', 'abstract', 'first_claim')
         AND (?::VARCHAR IS NULL OR publication_number > ?::VARCHAR) AND publication_number <= ?
       ORDER BY publication_number, text_type, lang`,
      [after, after, upTo],
    );
    yield { sources: groupByPublication(rows), total };
    after = upTo;
  }
}

function groupByPublication(
  rows: { publication_number: string; text_type: string; text: string }[],
): IndexSource[] {
  const sources: IndexSource[] = [];
  for (const row of rows) {
    let current = sources[sources.length - 1];
    if (current?.publicationNumber !== row.publication_number) {
      current = { publicationNumber: row.publication_number, texts: { title: [], abstract: [], claim: [] } };
      sources.push(current);
    }
    const field = FIELD_OF_TEXT_TYPE[row.text_type];
    if (field) current.texts[field].push(row.text);
  }
  return sources;
}
