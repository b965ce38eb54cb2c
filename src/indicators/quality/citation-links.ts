import type { Store } from '../../store/open-store.js';
import { tempTableName } from '../temp-table-name.js';

/** A publication number without its kind code, so that `US8926509` cited without kind finds `US8926509B2`. */
const KINDLESS_SQL = (column: string) => `regexp_replace(${column}, '(\\d)[A-Z]\\d?$', '\\1')`;

export interface CitationGraph {
  /**
   * Every publication of the store with a dense integer `doc` id (joins on integers are several times faster
   * than on publication numbers at a million documents), its family key `fam` and `publication_date`.
   */
  docs: string;
  /** (citing, cited) `doc` pairs, both in the store, matched on the publication number without kind code. */
  links: string;
  /** How many links there are. */
  linkCount: number;
  /** Per `doc`: the share `beta` of its IPC symbols in each 4-digit `subclass` (sums to 1 per document). */
  classShares: string;
  release(): Promise<void>;
}

/** The in-store citation graph the quality components need, as temp tables keyed by integer document ids. */
export async function createCitationGraph(store: Store): Promise<CitationGraph> {
  const docs = tempTableName('ind_citation_docs');
  const links = tempTableName('ind_citation_links');
  const classShares = tempTableName('ind_class_shares');
  const release = async () => {
    await store.run(
      `DROP TABLE IF EXISTS ${docs}; DROP TABLE IF EXISTS ${links}; DROP TABLE IF EXISTS ${classShares}`,
    );
  };
  try {
    await store.run(`CREATE TEMP TABLE ${docs} AS
      SELECT (row_number() OVER ())::INTEGER AS doc, publication_number, ${KINDLESS_SQL('publication_number')} AS k,
        coalesce(family_id, publication_number) AS fam, publication_date
      FROM publications`);
    await store.run(`CREATE TEMP TABLE ${links} AS
      SELECT DISTINCT c.doc AS citing, p.doc AS cited
      FROM (SELECT d.doc, ${KINDLESS_SQL('c.cited_publication_number')} AS k
            FROM citations c JOIN ${docs} d ON d.publication_number = c.publication_number
            WHERE c.kind = 'patent' AND c.cited_publication_number IS NOT NULL) c
      JOIN ${docs} p ON p.k = c.k
      WHERE c.doc <> p.doc`);
    await store.run(`CREATE TEMP TABLE ${classShares} AS
      SELECT d.doc, c.subclass, count(*) / sum(count(*)) OVER (PARTITION BY d.doc) AS beta
      FROM classifications c JOIN ${docs} d ON d.publication_number = c.publication_number
      WHERE c.scheme = 'ipc' GROUP BY d.doc, c.subclass`);
    const row = await store.one<{ n: number }>(`SELECT count(*) AS n FROM ${links}`);
    return { docs, links, linkCount: Number(row?.n ?? 0), classShares, release };
  } catch (error) {
    await release();
    throw error;
  }
}
