import type { Store } from '../../store/open-store.js';
import { tempTableName } from '../temp-table-name.js';

/** A publication number without its kind code, so that `US8926509` cited without kind finds `US8926509B2`. */
export const KINDLESS_SQL = (column: string) => `regexp_replace(${column}, '(\\d)[A-Z]\\d?$', '\\1')`;

/**
 * Patent citations whose cited document is itself in the store: (citing, cited) publication pairs, matched on
 * the publication number without kind code. Returns the table and how many links it holds.
 */
export async function createCitationLinks(store: Store): Promise<{ table: string; links: number }> {
  const table = tempTableName('ind_citation_links');
  await store.run(`CREATE TEMP TABLE ${table} AS
    WITH keyed AS (SELECT publication_number, ${KINDLESS_SQL('publication_number')} AS k FROM publications)
    SELECT DISTINCT c.publication_number AS citing, p.publication_number AS cited
    FROM citations c JOIN keyed p ON p.k = ${KINDLESS_SQL('c.cited_publication_number')}
    WHERE c.kind = 'patent' AND c.cited_publication_number IS NOT NULL AND c.publication_number <> p.publication_number`);
  const row = await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
  return { table, links: Number(row?.n ?? 0) };
}
