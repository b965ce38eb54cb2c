import {
  INDEX_COMPONENTS,
  INVERTED_COMPONENTS,
  QUALITY_COMPONENTS,
  type QualityComponent,
  TRIM_SHARE,
} from './quality-components.js';

const COHORT = 'cohort_year, cohort_field';

/**
 * KIPRO-style normalisation within each cohort (filing year x main WIPO field): the values outside the cohort's
 * 1st-99th percentiles are trimmed, the rest divided by the largest remaining value; values above it are capped
 * at 1. Grant lag is inverted (shorter = better). quality_index = mean of the available index components.
 */
export function normalisedSql(raw: string, indexComponents: readonly QualityComponent[]): string {
  const bounds = QUALITY_COMPONENTS.map(
    (c) => `quantile_cont(${c}, ${TRIM_SHARE}) AS ${c}_lo, quantile_cont(${c}, ${1 - TRIM_SHARE}) AS ${c}_hi`,
  ).join(',\n      ');
  const caps = QUALITY_COMPONENTS.map(
    (c) => `max(r.${c}) FILTER (WHERE r.${c} BETWEEN b.${c}_lo AND b.${c}_hi) AS ${c}_cap`,
  ).join(',\n      ');
  const scaled = QUALITY_COMPONENTS.map((c) => {
    const share = `CASE WHEN k.${c}_cap > 0 THEN least(r.${c} / k.${c}_cap, 1) ELSE 0 END`;
    const value = INVERTED_COMPONENTS.includes(c) ? `1 - ${share}` : share;
    return `CASE WHEN r.${c} IS NULL THEN NULL ELSE ${value} END AS ${c}_n`;
  }).join(',\n    ');
  const used = indexComponents.filter((c) => INDEX_COMPONENTS.includes(c));
  const index = used.length
    ? `(${used.map((c) => `coalesce(${c}_n, 0)`).join(' + ')}) / nullif(${used.map((c) => `(${c}_n IS NOT NULL)::INTEGER`).join(' + ')}, 0)`
    : 'NULL::DOUBLE';
  return `WITH bounds AS (SELECT ${COHORT},
      ${bounds}
    FROM ${raw} GROUP BY ${COHORT}),
  caps AS (SELECT r.cohort_year, r.cohort_field,
      ${caps}
    FROM ${raw} r JOIN bounds b ON b.cohort_year IS NOT DISTINCT FROM r.cohort_year
      AND b.cohort_field IS NOT DISTINCT FROM r.cohort_field
    GROUP BY r.cohort_year, r.cohort_field),
  scaled AS (SELECT r.*,
    ${scaled}
    FROM ${raw} r JOIN caps k ON k.cohort_year IS NOT DISTINCT FROM r.cohort_year
      AND k.cohort_field IS NOT DISTINCT FROM r.cohort_field)
  SELECT *, ${index} AS quality_index FROM scaled`;
}
