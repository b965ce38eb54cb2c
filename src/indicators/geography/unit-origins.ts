import { aYear, BASIS_YEAR, bi } from '../bilingual.js';
import type { Bilingual, Coverage, DateBasis, IndicatorContext } from '../indicator-types.js';
import { tempTableName } from '../temp-table-name.js';

/** Origin bases from best to worst: a unit takes its origin from the best basis any of its publications has. */
export const ORIGIN_BASES = ['applicant', 'inventor', 'office'] as const;
export type OriginBasis = (typeof ORIGIN_BASES)[number];

/**
 * A table of each unit's origin countries (built once per run, shared by the origin indicators): `unit_id, year, country_code, weight, basis`.
 * A unit keeps only the publications whose origin has the unit's best basis (applicant over inventor over office,
 * so a family with one US publication naming its applicants is not diluted by the office of its CN member), and
 * weight = mean over those publications of their origin weights. Every publication's weights sum to 1, so each
 * unit's weights sum to 1 exactly: fractional counting.
 */
export async function unitOriginsTable(context: IndicatorContext): Promise<string> {
  const { scope, store } = context;
  const table = await scope.shared('unit-origins', async () => {
    const name = tempTableName('ind_unit_origins');
    await store.run(`CREATE TEMP TABLE ${name} AS WITH ranked AS (
      SELECT s.unit_id, o.publication_number, o.country_code, o.weight, o.basis,
        CASE o.basis WHEN 'applicant' THEN 1 WHEN 'inventor' THEN 2 ELSE 3 END AS basis_rank
      FROM ${scope.pubs} s JOIN publication_origins o USING (publication_number)),
    best AS (SELECT * FROM ranked QUALIFY basis_rank = min(basis_rank) OVER (PARTITION BY unit_id)),
    k AS (SELECT unit_id, count(DISTINCT publication_number) AS k FROM best GROUP BY unit_id)
    SELECT b.unit_id, u.year, b.country_code, sum(b.weight) / any_value(k.k) AS weight, any_value(b.basis) AS basis
    FROM best b JOIN k USING (unit_id) JOIN ${scope.units} u USING (unit_id)
    GROUP BY b.unit_id, u.year, b.country_code`);
    return { value: name, release: () => store.run(`DROP TABLE IF EXISTS ${name}`) };
  });
  return table;
}

export interface OriginCoverage {
  coverage: Coverage;
  /** Units whose origin comes from each basis. */
  basisMix: Record<OriginBasis, number>;
}

/** Units with an origin country, and from which basis they got it. */
export async function originCoverage(context: IndicatorContext): Promise<OriginCoverage> {
  const rows = await context.store.all<{ basis: string; n: number }>(
    `SELECT basis, count(*)::INTEGER AS n FROM (SELECT unit_id, any_value(basis) AS basis FROM ${await unitOriginsTable(context)}
     GROUP BY unit_id) GROUP BY basis`,
  );
  const basisMix: Record<OriginBasis, number> = { applicant: 0, inventor: 0, office: 0 };
  for (const r of rows) {
    if ((ORIGIN_BASES as readonly string[]).includes(r.basis)) basisMix[r.basis as OriginBasis] = Number(r.n);
  }
  const covered = basisMix.applicant + basisMix.inventor + basisMix.office;
  const units = context.scope.unitCount;
  return {
    basisMix,
    coverage: {
      field: bi('units with an origin country', '有来源国家/地区信息的专利'),
      units,
      covered,
      share: units ? covered / units : 0,
    },
  };
}

/** The basis mix in words, for the definition's notes. */
export function basisMixNote({ basisMix, coverage }: OriginCoverage): Bilingual {
  const unknown = coverage.units - coverage.covered;
  return bi(
    `origin basis: ${basisMix.applicant} units from applicant countries, ${basisMix.inventor} from inventor countries ` +
      `(no applicant country), ${basisMix.office} from the office of first filing (neither); ${unknown} units without ` +
      'any origin are left out of the counts and the shares',
    `来源国口径：${basisMix.applicant} 件专利按申请人国别，${basisMix.inventor} 件按发明人国别（无申请人国别），` +
      `${basisMix.office} 件按首次申请受理局（二者皆无）；${unknown} 件没有任何来源信息的专利不计入数量和占比`,
  );
}

/** Why a yearly origin indicator has nothing to count. */
export function noOriginWithYear(basis: DateBasis): Bilingual {
  return bi(
    `no unit in scope has both an origin country and ${aYear(basis)}`,
    `范围内没有专利同时具有来源国和${BASIS_YEAR[basis].zh}信息`,
  );
}

/** Parameters every origin-based indicator records. */
export function basisParameters({ basisMix }: OriginCoverage): Record<string, number> {
  return {
    unitsByApplicantCountry: basisMix.applicant,
    unitsByInventorCountry: basisMix.inventor,
    unitsByOfficeOfFirstFiling: basisMix.office,
  };
}
