import { bi } from '../bilingual.js';
import type { IndicatorContext } from '../indicator-types.js';
import { tempTableName } from '../temp-table-name.js';

/**
 * SQL (a subquery) for the distinct (unit_id, applicant_id) pairs of the scope: every applicant party of a unit's
 * publications, harmonised through applicant_names. A unit's applicants are the union over its publications.
 * The pairs are materialised once per run and shared by every applicant indicator.
 */
export async function unitApplicantsSql(context: IndicatorContext): Promise<string> {
  const table = await context.scope.shared('unit-applicants', async () => {
    const name = tempTableName('ind_unit_applicants');
    await context.store.run(`CREATE TEMP TABLE ${name} AS
      SELECT DISTINCT s.unit_id, an.applicant_id
      FROM ${context.scope.pubs} s
      JOIN parties pa ON pa.publication_number = s.publication_number AND pa.role = 'applicant'
      JOIN applicant_names an ON an.name = pa.name`);
    return { value: name, release: () => context.store.run(`DROP TABLE IF EXISTS ${name}`) };
  });
  return `SELECT unit_id, applicant_id FROM ${table}`;
}

/** SQL for one sector per applicant id: the sector most of its names have (ties: alphabetical). */
export const APPLICANT_SECTOR_SQL = `SELECT applicant_id, first(sector ORDER BY n DESC, sector) AS sector
  FROM (SELECT applicant_id, sector, count(*) AS n FROM applicant_names GROUP BY applicant_id, sector)
  GROUP BY applicant_id`;

/** Units in scope, and units with at least one harmonised applicant. */
export async function applicantCoverage(context: IndicatorContext) {
  const row = await context.store.one<{ covered: number }>(
    `SELECT count(DISTINCT unit_id)::INTEGER AS covered FROM (${await unitApplicantsSql(context)})`,
  );
  const covered = Number(row?.covered ?? 0);
  const units = context.scope.unitCount;
  return {
    field: bi('units with at least one applicant', '有申请人信息的专利'),
    units,
    covered,
    share: units ? covered / units : 0,
  };
}

export const NO_APPLICANTS = bi(
  'no unit in scope has an applicant (the source files carry no applicant names)',
  '范围内没有专利带有申请人信息（源数据未提供申请人名称）',
);

export const NO_CO_APPLICANTS = bi(
  'no unit in scope has two or more distinct applicants',
  '范围内没有专利有两个及以上不同的申请人（无合作申请）',
);
