import type { SqlParams, Store } from '../../store/open-store.js';
import { concordanceEntries } from './technology-field-of.js';

export interface TechnologyFieldCounts {
  /** Publications with at least one mapped field. */
  publications: number;
  /** (publication, field) rows written. */
  rows: number;
}

/**
 * Rebuild `technology_fields`: each publication's WIPO fields with whole and fractional weights, the same
 * rule as `fieldWeights` (classify/wipo-fields). The main-group row beats the subclass row; IPC symbols are
 * the basis, a publication's CPC symbols only when it has no IPC symbol at all (`basis = 'cpc'`). Distinct
 * symbols count, unmapped symbols do not.
 */
export async function refreshTechnologyFields(store: Store): Promise<TechnologyFieldCounts> {
  await loadConcordanceTable(store);
  await store.run('DELETE FROM technology_fields');
  await store.run(`
    INSERT INTO technology_fields
    WITH basis AS (
      SELECT publication_number, CASE WHEN bool_or(scheme = 'ipc') THEN 'ipc' ELSE 'cpc' END AS basis
      FROM classifications GROUP BY publication_number),
    symbols AS (
      SELECT DISTINCT c.publication_number, b.basis, c.symbol, c.subclass, c.main_group
      FROM classifications c JOIN basis b ON b.publication_number = c.publication_number AND b.basis = c.scheme),
    mapped AS (
      SELECT s.publication_number, s.basis, coalesce(g.field_nr, sc.field_nr) AS field_nr
      FROM symbols s
      LEFT JOIN wipo_concordance_temp g ON g.key = s.main_group
      LEFT JOIN wipo_concordance_temp sc ON sc.key = s.subclass
      WHERE coalesce(g.field_nr, sc.field_nr) IS NOT NULL),
    counted AS (
      SELECT publication_number, basis, field_nr, count(*) AS n FROM mapped GROUP BY publication_number, basis, field_nr),
    fields AS (SELECT DISTINCT field_nr, field_name, sector FROM wipo_concordance_temp)
    SELECT c.publication_number, c.field_nr, f.field_name, f.sector, 1.0,
      c.n / sum(c.n) OVER (PARTITION BY c.publication_number), c.basis
    FROM counted c JOIN fields f USING (field_nr)
    ORDER BY c.publication_number, c.field_nr`);
  await store.run('DROP TABLE wipo_concordance_temp');
  const counts = await store.one<{ publications: number; rows: number }>(
    'SELECT count(DISTINCT publication_number) AS publications, count(*) AS rows FROM technology_fields',
  );
  return { publications: Number(counts?.publications ?? 0), rows: Number(counts?.rows ?? 0) };
}

/** The validated concordance (WIPO rows + local extensions) as a temporary table keyed like `main_group`. */
async function loadConcordanceTable(store: Store): Promise<void> {
  await store.run(`CREATE OR REPLACE TEMP TABLE wipo_concordance_temp (
    key VARCHAR NOT NULL, field_nr SMALLINT NOT NULL, field_name VARCHAR NOT NULL, sector VARCHAR NOT NULL)`);
  const entries = [...concordanceEntries().values()];
  const params: SqlParams = entries.flatMap((e) => [e.key, e.fieldNr, e.fieldName, e.sector]);
  const values = entries.map(() => '(?, ?, ?, ?)').join(', ');
  await store.run(`INSERT INTO wipo_concordance_temp VALUES ${values}`, params);
}
