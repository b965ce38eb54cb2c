import type { Store } from '../store/open-store.js';
import { officeCodes } from './countries/resolve-country.js';
import { PLACE_JOIN_SQL } from './refresh-places.js';

export interface OriginCounts {
  publications: number;
  byBasis: Record<string, number>;
}

/**
 * Rebuild `publication_origins`: each publication's origin countries, fractional (1/k over its k parties with a
 * known country, so weights sum to 1). Applicants first; when no applicant has a country, its inventors; when
 * neither, the office of first filing: the priority office, else the publication office unless regional.
 */
export async function refreshPublicationOrigins(store: Store): Promise<OriginCounts> {
  // A publication at a regional office says nothing about where the invention comes from.
  const offices = officeCodes()
    .map((o) => `'${o}'`)
    .join(', ');
  await store.run('DELETE FROM publication_origins');
  await store.run(`
    INSERT INTO publication_origins
    WITH party_countries AS (
      SELECT pa.publication_number, pa.role, pl.country_code
      FROM parties pa JOIN places pl ON ${PLACE_JOIN_SQL('pa', 'pl')}
      WHERE pl.country_code IS NOT NULL),
    by_role AS (
      SELECT publication_number, role, country_code, count(*) AS n,
        sum(count(*)) OVER (PARTITION BY publication_number, role) AS total
      FROM party_countries GROUP BY publication_number, role, country_code),
    -- 'applicant' sorts before 'inventor': inventors only stand in when no applicant has a country.
    chosen AS (
      SELECT * FROM by_role
      QUALIFY role = min(role) OVER (PARTITION BY publication_number)),
    first_priority AS (
      SELECT publication_number, arg_min(country, seq) AS country FROM priorities
      WHERE country IS NOT NULL AND country NOT IN (${offices}) GROUP BY publication_number)
    SELECT publication_number, country_code, n / total, role FROM chosen
    UNION ALL
    SELECT p.publication_number, coalesce(fp.country, p.country), 1.0, 'office'
    FROM publications p LEFT JOIN first_priority fp USING (publication_number)
    WHERE p.publication_number NOT IN (SELECT publication_number FROM chosen)
      AND coalesce(fp.country, CASE WHEN p.country NOT IN (${offices}) THEN p.country END) IS NOT NULL`);
  const rows = await store.all<{ basis: string; n: number }>(
    'SELECT basis, count(DISTINCT publication_number) AS n FROM publication_origins GROUP BY basis',
  );
  const byBasis = Object.fromEntries(rows.map((r) => [r.basis, Number(r.n)]));
  return { publications: Object.values(byBasis).reduce((a, b) => a + b, 0), byBasis };
}
