import type { City } from './city-table.js';

/** How much larger the first same-name city must be to be taken without further evidence. */
export const DOMINANCE_RATIO = 10;
const ADMIN_SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

/**
 * One city among same-name candidates: the only one, or the largest when it is at least ten times the
 * population of the next (Suzhou, Jiangsu 5.3 M against Suzhou, Anhui 0.2 M). An administrative seat
 * without a population (GeoNames 0) is an unknown rival, so no choice is made (Taizhou: 泰州 and 台州).
 */
export function pickCity(cities: readonly City[]): City | null {
  if (cities.length <= 1) return cities[0] ?? null;
  const sorted = [...cities].sort((a, b) => b.population - a.population);
  const [top, second] = sorted;
  if (!top || !second) return null;
  if (sorted.some((city) => city !== top && city.population === 0 && ADMIN_SEATS.has(city.featureCode)))
    return null;
  return top.population >= DOMINANCE_RATIO * second.population ? top : null;
}
