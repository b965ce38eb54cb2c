import { officeCodes } from '../../geo/countries/resolve-country.js';
import type { SharedTable } from '../indicator-scope.js';
import type { IndicatorContext } from '../indicator-types.js';
import { tempTableName } from '../temp-table-name.js';

export interface FamilyFacts {
  /**
   * One row per unit: unit_id, family_size, size_basis (reported|store), home, home_basis, reported_jurisdictions,
   * offices (jurisdictions covered), pct, overseas.
   */
  facts: string;
  /** One row per (unit_id, jurisdiction), reported = the source listed it as a family member jurisdiction. */
  jurisdictions: string;
  /** Units whose jurisdictions include the source's reported family member jurisdictions. */
  reportedJurisdictionUnits: number;
}

/**
 * The family of every unit in scope (unit = family: itself; unit = publication: its publication's family) with
 * facts read from ALL the family's publications in the store, not only those in scope:
 * - size: the simple family size the source reports (largest over members), else publications of the family in
 *   the store;
 * - jurisdictions: offices of its publications, of its priority claims, and the member jurisdictions the source
 *   reports;
 * - home: the origin country with the largest weight (publication_origins), else the office of the earliest
 *   national priority, else of the earliest national publication (EP, WO and other regional offices are never
 *   a home);
 * - PCT: a WO publication, a WO priority claim or WO among the reported jurisdictions;
 * - overseas: any jurisdiction other than home (null when the home is unknown).
 */
export function createFamilyFacts(context: IndicatorContext): Promise<FamilyFacts> {
  return context.scope.shared('family-facts', () => buildFamilyFacts(context));
}

async function buildFamilyFacts(context: IndicatorContext): Promise<SharedTable<FamilyFacts>> {
  const { store, scope } = context;
  // Regional and international offices (EP, WO ...) are never a home.
  const nonNational = officeCodes()
    .map((o) => `'${o}'`)
    .join(', ');
  const unitFamily = tempTableName('ind_unit_family');
  const members = tempTableName('ind_family_members');
  const famJurisdictions = tempTableName('ind_fam_jurisdictions');
  const famFacts = tempTableName('ind_fam_facts');
  const facts = tempTableName('ind_family_facts');
  const jurisdictions = tempTableName('ind_family_jurisdictions');
  // Facts are computed once per family, then given to its units (unit = publication: many units per family).
  await store.run(`CREATE TEMP TABLE ${unitFamily} AS
    SELECT DISTINCT s.unit_id, coalesce(p.family_id, p.publication_number) AS fam
    FROM ${scope.pubs} s JOIN publications p ON p.publication_number = s.publication_number`);
  await store.run(`CREATE TEMP TABLE ${members} AS
    WITH fams AS (SELECT DISTINCT fam FROM ${unitFamily})
    SELECT f.fam, p.publication_number, p.country, p.family_size, p.family_jurisdictions,
      coalesce(p.publication_date, make_date(p.publication_year, 1, 1)) AS pub_date
    FROM publications p JOIN fams f ON f.fam = coalesce(p.family_id, p.publication_number)`);
  await store.run(`CREATE TEMP TABLE ${famJurisdictions} AS
    SELECT fam, jurisdiction, bool_or(reported) AS reported FROM (
      SELECT fam, country AS jurisdiction, false AS reported FROM ${members}
      UNION ALL SELECT fam, unnest(family_jurisdictions), true FROM ${members}
      UNION ALL SELECT m.fam, pr.country, false FROM ${members} m
        JOIN priorities pr ON pr.publication_number = m.publication_number
        WHERE regexp_full_match(pr.country, '[A-Z]{2}'))
    GROUP BY fam, jurisdiction`);
  await store.run(`CREATE TEMP TABLE ${famFacts} AS
    WITH sizes AS (
      SELECT fam, max(family_size) AS reported_size, count(DISTINCT publication_number) AS store_size,
        arg_min(country, coalesce(pub_date, DATE '9999-12-31')) FILTER (WHERE country NOT IN (${nonNational})) AS first_office
      FROM ${members} GROUP BY fam),
    origin AS (
      SELECT fam, arg_max(country_code, w) AS home FROM (
        SELECT m.fam, o.country_code, sum(o.weight) - 1e-9 * ascii(o.country_code) AS w
        FROM ${members} m JOIN publication_origins o ON o.publication_number = m.publication_number
        GROUP BY m.fam, o.country_code) GROUP BY fam),
    first_priority AS (
      SELECT m.fam, arg_min(pr.country, coalesce(pr.date, DATE '9999-12-31')) FILTER (WHERE pr.country NOT IN (${nonNational})) AS home,
        bool_or(pr.country = 'WO') AS wo_priority
      FROM ${members} m JOIN priorities pr ON pr.publication_number = m.publication_number
      WHERE pr.country IS NOT NULL GROUP BY m.fam),
    homes AS (
      SELECT s.fam, s.reported_size, s.store_size, coalesce(fp.wo_priority, false) AS wo_priority,
        coalesce(o.home, fp.home, s.first_office) AS home,
        CASE WHEN o.home IS NOT NULL THEN 'origin' WHEN fp.home IS NOT NULL THEN 'first-priority'
             WHEN s.first_office IS NOT NULL THEN 'first-publication' END AS home_basis
      FROM sizes s LEFT JOIN origin o USING (fam) LEFT JOIN first_priority fp USING (fam))
    SELECT h.fam, any_value(coalesce(h.reported_size, h.store_size))::INTEGER AS family_size,
      any_value(CASE WHEN h.reported_size IS NULL THEN 'store' ELSE 'reported' END) AS size_basis,
      any_value(h.home) AS home, any_value(h.home_basis) AS home_basis,
      coalesce(bool_or(j.reported), false) AS reported_jurisdictions, count(j.jurisdiction)::INTEGER AS offices,
      (any_value(h.wo_priority) OR coalesce(bool_or(j.jurisdiction = 'WO'), false)) AS pct,
      CASE WHEN any_value(h.home) IS NULL THEN NULL ELSE coalesce(bool_or(j.jurisdiction <> h.home), false) END AS overseas
    FROM homes h LEFT JOIN ${famJurisdictions} j USING (fam) GROUP BY h.fam`);
  await store.run(`CREATE TEMP TABLE ${facts} AS
    SELECT uf.unit_id, ff.* EXCLUDE (fam) FROM ${unitFamily} uf JOIN ${famFacts} ff USING (fam)`);
  await store.run(`CREATE TEMP TABLE ${jurisdictions} AS
    SELECT DISTINCT uf.unit_id, fj.jurisdiction, fj.reported FROM ${unitFamily} uf JOIN ${famJurisdictions} fj USING (fam)`);
  await store.run(`DROP TABLE ${unitFamily}; DROP TABLE ${famFacts}; DROP TABLE ${famJurisdictions}`);
  await store.run(`DROP TABLE ${members}`);
  const counted = await store.one<{ n: number }>(
    `SELECT count(*) AS n FROM ${facts} WHERE reported_jurisdictions`,
  );
  return {
    value: { facts, jurisdictions, reportedJurisdictionUnits: Number(counted?.n ?? 0) },
    release: async () => {
      await store.run(`DROP TABLE IF EXISTS ${facts}; DROP TABLE IF EXISTS ${jurisdictions}`);
    },
  };
}
