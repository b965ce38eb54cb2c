import type { IndicatorContext } from '../indicator-types.js';
import { unitOriginsTable } from './unit-origins.js';

export interface CountryYear {
  country: string;
  year: number;
  count: number;
}

/** Fractional units per origin country and year of the date basis (units without a year are left out). */
export async function originsByYear(context: IndicatorContext): Promise<CountryYear[]> {
  const rows = await context.store.all<{ country_code: string; year: number; n: number }>(
    `SELECT country_code, year, sum(weight) AS n FROM ${await unitOriginsTable(context)}
     WHERE year IS NOT NULL GROUP BY country_code, year ORDER BY year, country_code`,
  );
  return rows.map((r) => ({ country: r.country_code, year: Number(r.year), count: Number(r.n) }));
}

/** Every year from the first to the last present: a year without units is a real zero. */
export function yearSpan(rows: readonly { year: number }[]): number[] {
  if (rows.length === 0) return [];
  const years = rows.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
