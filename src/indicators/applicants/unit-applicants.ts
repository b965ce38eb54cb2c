import type { IndicatorContext } from '../indicator-types.js';

/**
 * SQL (a subquery) for the distinct (unit_id, applicant_id) pairs of the scope: every applicant party of a unit's
 * publications, harmonised through applicant_names. A unit's applicants are the union over its publications.
 */
export function unitApplicantsSql(context: IndicatorContext): string {
  return `SELECT DISTINCT s.unit_id, an.applicant_id
    FROM ${context.scope.pubs} s
    JOIN parties pa ON pa.publication_number = s.publication_number AND pa.role = 'applicant'
    JOIN applicant_names an ON an.name = pa.name`;
}

/** SQL for one sector per applicant id: the sector most of its names have (ties: alphabetical). */
export const APPLICANT_SECTOR_SQL = `SELECT applicant_id, first(sector ORDER BY n DESC, sector) AS sector
  FROM (SELECT applicant_id, sector, count(*) AS n FROM applicant_names GROUP BY applicant_id, sector)
  GROUP BY applicant_id`;

/** Units in scope, and units with at least one harmonised applicant. */
export async function applicantCoverage(context: IndicatorContext) {
  const row = await context.store.one<{ covered: number }>(
    `SELECT count(DISTINCT unit_id)::INTEGER AS covered FROM (${unitApplicantsSql(context)})`,
  );
  const covered = Number(row?.covered ?? 0);
  const units = context.scope.unitCount;
  return { field: 'units with at least one applicant', units, covered, share: units ? covered / units : 0 };
}

export const NO_APPLICANTS = 'no unit in scope has an applicant (the source files carry no applicant names)';
