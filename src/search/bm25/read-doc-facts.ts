import type { Store } from '../../store/open-store.js';

export interface HitApplicant {
  /** The harmonised applicant (corporate group id, else the name's match key). */
  id: string;
  name: string;
}

/** What the index stores of a document beside its details (text-index-tables.ts). */
export interface DocFacts {
  publicationNumber: string;
  /** Harmonised applicants, by name. */
  applicants: HitApplicant[];
  /** Countries of origin of the applicants (publication_origins), largest share first. */
  originCountries: string[];
  /** Its CPC main groups (IPC when it has no CPC), sorted; only read when asked for. */
  cpcGroups: string[];
}

interface FactsRow extends Record<string, unknown> {
  doc_id: number;
  publication_number: string;
  applicants: HitApplicant[] | null;
  origins: string[] | null;
  groups?: string[] | null;
}

/**
 * The publication numbers, applicants, origins and (when `groups`) CPC groups of the given documents, in one
 * statement: the numbers by point lookups in `text_index_docs` (its doc_id index), the rest from the index's
 * per-document tables (narrow rows in doc_id order: a few hundred candidates cost one scan of each).
 */
export async function readDocFacts(
  store: Store,
  docIds: readonly number[],
  options: { groups: boolean },
): Promise<Map<number, DocFacts>> {
  if (docIds.length === 0) return new Map();
  const groups = options.groups
    ? `, g AS MATERIALIZED (SELECT doc_id, list(cpc_group ORDER BY cpc_group) AS groups
         FROM text_index_doc_groups WHERE doc_id IN (SELECT doc_id FROM h) GROUP BY doc_id)`
    : '';
  const rows = await store.all<FactsRow>(
    `WITH h AS (SELECT DISTINCT unnest(from_json(?, '["INTEGER"]')) AS doc_id),
     a AS MATERIALIZED (SELECT doc_id, list({'id': applicant_id, 'name': display_name}) AS applicants
       FROM text_index_doc_applicants WHERE doc_id IN (SELECT doc_id FROM h) GROUP BY doc_id),
     o AS MATERIALIZED (SELECT doc_id, list(country_code ORDER BY seq) AS origins
       FROM text_index_doc_origins WHERE doc_id IN (SELECT doc_id FROM h) GROUP BY doc_id)${groups}
     SELECT n.doc_id, n.publication_number, a.applicants, o.origins${options.groups ? ', g.groups' : ''}
     FROM text_index_docs n LEFT JOIN a USING (doc_id) LEFT JOIN o USING (doc_id)${options.groups ? ' LEFT JOIN g USING (doc_id)' : ''}
     WHERE n.doc_id IN (${docIds.map(() => '?').join(', ')})`,
    [JSON.stringify(docIds), ...docIds],
  );
  return new Map(
    rows.map((r) => [
      r.doc_id,
      {
        publicationNumber: r.publication_number,
        applicants: (r.applicants ?? []).sort((x, y) => x.name.localeCompare(y.name)),
        originCountries: r.origins ?? [],
        cpcGroups: r.groups ?? [],
      },
    ]),
  );
}
