import { countries as countryList } from 'countries-list';

export { countryName } from './country-names.js';

export type WorldRegion =
  | 'asia'
  | 'europe'
  | 'north-america'
  | 'latin-america-caribbean'
  | 'africa'
  | 'oceania';

/** UN M49 "Northern America"; every other country of the Americas is Latin America and the Caribbean. */
const NORTHERN_AMERICA = new Set(['US', 'CA', 'BM', 'GL', 'PM']);

/** Where WIPO's grouping departs from the continent in countries-list (which puts Russia in Asia). */
const REGION_OVERRIDES: Record<string, WorldRegion> = { RU: 'europe' };

const CONTINENT_REGION: Record<string, WorldRegion | null> = {
  AF: 'africa',
  AS: 'asia',
  EU: 'europe',
  OC: 'oceania',
  SA: 'latin-america-caribbean',
  NA: 'latin-america-caribbean',
  AN: null,
};

/**
 * WIPO-style world region of an ISO alpha-2 country: Asia includes the Middle East, Russia is Europe,
 * North America is the US and Canada (with Bermuda, Greenland, Saint Pierre and Miquelon as in UN M49).
 * Null for Antarctica and unknown codes.
 */
export function worldRegion(iso2: string): WorldRegion | null {
  const code = iso2.toUpperCase();
  const override = REGION_OVERRIDES[code];
  if (override) return override;
  if (NORTHERN_AMERICA.has(code)) return 'north-america';
  const entry = (countryList as Record<string, { continent: string } | undefined>)[code];
  return entry ? (CONTINENT_REGION[entry.continent] ?? null) : null;
}
