import { unitsWithYear } from '../bilingual.js';
import type { Coverage, IndicatorContext } from '../indicator-types.js';

export interface YearCount {
  year: number;
  count: number;
  incomplete: boolean;
}

/**
 * Units per year of the date basis, every year from the first to the last present (a year without units is a
 * real zero), each flagged incomplete when it lies after the last complete year.
 */
export async function countUnitsByYear(context: IndicatorContext): Promise<YearCount[]> {
  const { store, scope } = context;
  const rows = await store.all<{ year: number; n: number }>(
    `SELECT year, count(*)::INTEGER AS n FROM ${scope.units} WHERE year IS NOT NULL GROUP BY year ORDER BY year`,
  );
  if (rows.length === 0) return [];
  const byYear = new Map(rows.map((r) => [Number(r.year), Number(r.n)]));
  const first = Number(rows[0]?.year);
  const last = Number(rows[rows.length - 1]?.year);
  const out: YearCount[] = [];
  for (let year = first; year <= last; year += 1) {
    out.push({ year, count: byYear.get(year) ?? 0, incomplete: isIncomplete(year, context) });
  }
  return out;
}

export function isIncomplete(year: number, context: IndicatorContext): boolean {
  const last = context.scope.lastCompleteYear;
  return last !== null && year > last;
}

/** Coverage of the date basis: units with a year. */
export function yearCoverage(context: IndicatorContext): Coverage {
  const { scope, params } = context;
  return {
    field: unitsWithYear(params.dateBasis),
    units: scope.unitCount,
    covered: scope.unitsWithYear,
    share: scope.unitCount ? scope.unitsWithYear / scope.unitCount : 0,
  };
}
