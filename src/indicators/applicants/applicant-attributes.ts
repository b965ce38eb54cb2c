import { PLACE_JOIN_SQL } from '../../geo/refresh-places.js';
import type { IndicatorContext } from '../indicator-types.js';
import { APPLICANT_SECTOR_SQL } from './unit-applicants.js';

export interface ApplicantAttributes {
  name: string;
  sector: string;
  country: string | null;
}

/** The most frequent value of `column` per applicant in `party_rows` (ties: alphabetical). */
const modeBy = (column: string, where = 'TRUE') =>
  `SELECT applicant_id, first(${column} ORDER BY n DESC, ${column}) AS ${column}
   FROM (SELECT applicant_id, ${column}, count(*) AS n FROM party_rows WHERE ${where} GROUP BY ALL)
   GROUP BY applicant_id`;

/**
 * Display name, sector and country of the given harmonised applicants: the display name and ISO country (from
 * places) most of their applicant party rows in scope carry, and the sector most of their names have (the same
 * sector every applicant indicator uses). Ties break alphabetically so that runs are reproducible.
 */
export async function readApplicantAttributes(
  context: IndicatorContext,
  applicantIds: readonly string[],
): Promise<Map<string, ApplicantAttributes>> {
  if (applicantIds.length === 0) return new Map();
  const rows = await context.store.all<{
    applicant_id: string;
    name: string | null;
    sector: string | null;
    country: string | null;
  }>(
    `WITH wanted AS (SELECT unnest(from_json(?::JSON, '["VARCHAR"]')) AS applicant_id),
     party_rows AS (
       SELECT an.applicant_id, an.display_name, pl.country_code
       FROM ${context.scope.pubs} s
       JOIN parties pa ON pa.publication_number = s.publication_number AND pa.role = 'applicant'
       JOIN applicant_names an ON an.name = pa.name
       LEFT JOIN places pl ON ${PLACE_JOIN_SQL('pa', 'pl')}
       WHERE an.applicant_id IN (SELECT applicant_id FROM wanted)),
     names AS (${modeBy('display_name')}),
     countries AS (${modeBy('country_code', 'country_code IS NOT NULL')}),
     sectors AS (${APPLICANT_SECTOR_SQL})
     SELECT w.applicant_id, names.display_name AS name, sectors.sector, countries.country_code AS country
     FROM wanted w LEFT JOIN names USING (applicant_id) LEFT JOIN countries USING (applicant_id)
     LEFT JOIN sectors USING (applicant_id)`,
    [JSON.stringify(applicantIds)],
  );
  return new Map(
    rows.map((r) => [
      r.applicant_id,
      { name: r.name ?? r.applicant_id, sector: r.sector ?? 'unknown', country: r.country ?? null },
    ]),
  );
}
