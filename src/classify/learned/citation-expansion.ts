import type { Store } from '../../store/open-store.js';
import type { LearnedTable } from './learned-tables.js';

export interface CitationGraph {
  /** Publications with a family id: their family is the graph's node; the others are nodes of their own. */
  publicationsWithFamily: number;
  publications: number;
  /** Citing -> cited links between nodes, both ends in the store. */
  links: number;
}

/**
 * Build the citation graph the expansions walk (temp tables `learned_node`, `learned_link`). Abood &
 * Feltenberger link families: a publication with a family id stands for its family, one without stands
 * for itself. A cited number matches a stored publication whatever its kind (`US7430477B` -> `US7430477B2`).
 */
export async function buildCitationGraph(store: Store): Promise<CitationGraph> {
  await store.run(
    `CREATE OR REPLACE TEMP TABLE learned_node AS
     SELECT publication_number, country || doc_number AS number_key,
       coalesce('family:' || family_id, 'publication:' || country || doc_number) AS node
     FROM publications`,
  );
  await store.run(
    `CREATE OR REPLACE TEMP TABLE learned_link AS
     SELECT DISTINCT citing.node AS source, cited.node AS target
     FROM citations c
     JOIN learned_node citing ON citing.publication_number = c.publication_number
     JOIN learned_node cited ON cited.number_key = regexp_replace(c.cited_publication_number, '([0-9])[A-Z][0-9]?$', '\\1')
     WHERE c.kind = 'patent' AND c.cited_publication_number IS NOT NULL AND citing.node <> cited.node`,
  );
  const counts = await store.one<{ publications: number; with_family: number; links: number }>(
    `SELECT count(*) AS publications, count(family_id) AS with_family, (SELECT count(*) FROM learned_link) AS links
     FROM publications`,
  );
  return {
    publications: counts?.publications ?? 0,
    publicationsWithFamily: counts?.with_family ?? 0,
    links: counts?.links ?? 0,
  };
}

/**
 * One hop along citations, both directions, from the publications of table `from`: the publications of
 * every node that cites or is cited by one of theirs, and the other members of their own families, minus
 * those in `exclude` tables. The result goes to the temp table `into`; returns its size.
 */
export async function expandByCitations(
  store: Store,
  from: LearnedTable,
  into: LearnedTable,
  exclude: readonly LearnedTable[],
): Promise<number> {
  const excluded = exclude.map((t) => `AND publication_number NOT IN (SELECT publication_number FROM ${t})`);
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${into} AS
     WITH start AS (SELECT DISTINCT node FROM learned_node WHERE publication_number IN (SELECT publication_number FROM ${from})),
     reached AS (
       SELECT node FROM start
       UNION SELECT target FROM learned_link WHERE source IN (SELECT node FROM start)
       UNION SELECT source FROM learned_link WHERE target IN (SELECT node FROM start))
     SELECT DISTINCT publication_number FROM learned_node
     WHERE node IN (SELECT node FROM reached) ${excluded.join(' ')}`,
  );
  return (await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${into}`))?.n ?? 0;
}
