import type { Store } from '../../store/open-store.js';

/**
 * Each publication's distinct classification groups for the CPC boost: CPC main groups, or the IPC ones when
 * the publication has no CPC symbol; a symbol without a main group counts by its subclass.
 */
export async function readCandidateGroups(
  store: Store,
  publicationNumbers: readonly string[],
): Promise<Map<string, string[]>> {
  if (publicationNumbers.length === 0) return new Map();
  const rows = await store.all<{ publication_number: string; groups: string[] }>(
    `WITH c AS (
       SELECT publication_number, scheme, coalesce(main_group, subclass) AS grp FROM classifications
       WHERE publication_number IN (SELECT unnest(from_json(?, '["VARCHAR"]'))))
     SELECT publication_number, list(DISTINCT grp ORDER BY grp) AS groups FROM c
     WHERE scheme = 'cpc' OR NOT EXISTS (
       SELECT 1 FROM c AS cpc WHERE cpc.publication_number = c.publication_number AND cpc.scheme = 'cpc')
     GROUP BY publication_number`,
    [JSON.stringify(publicationNumbers)],
  );
  return new Map(rows.map((r) => [r.publication_number, r.groups]));
}
