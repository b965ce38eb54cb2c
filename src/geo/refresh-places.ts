import { type AppendCell, appendRows } from '../store/append-rows.js';
import type { Store } from '../store/open-store.js';
import { type ChinaPlace, resolveChinaPlace } from './china/resolve-china-place.js';
import { type CountryResolution, resolveCountry } from './countries/resolve-country.js';
import { type Gazetteer, loadGazetteer } from './gazetteer/gazetteer.js';

interface PartyPlace {
  country: string | null;
  city: string | null;
  state: string | null;
  address: string | null;
  postcode: string | null;
}

export interface PlaceCounts {
  places: number;
  withCountry: number;
  geocoded: number;
  chinese: number;
}

/** The columns that identify a party's place, joined with IS NOT DISTINCT FROM (any of them may be null). */
export const PLACE_JOIN_SQL = (party: string, place: string): string =>
  ['country', 'city', 'state', 'address', 'postcode']
    .map((c) => `${party}.${c} IS NOT DISTINCT FROM ${place}.${c}`)
    .join(' AND ');

/**
 * Rebuild `places`: every distinct place of an applicant or inventor resolved once to an ISO country, a Chinese
 * province and city (GB/T 2260) and coordinates from the offline gazetteer. Unresolved parts stay null.
 */
export async function refreshPlaces(
  store: Store,
  gazetteer: Gazetteer = loadGazetteer(),
): Promise<PlaceCounts> {
  const places = await store.all<PartyPlace & Record<string, unknown>>(
    `SELECT DISTINCT country, city, state, address, postcode FROM parties
     WHERE country IS NOT NULL OR city IS NOT NULL OR state IS NOT NULL OR address IS NOT NULL OR postcode IS NOT NULL`,
  );
  await store.run('DELETE FROM places');
  const counts: PlaceCounts = { places: places.length, withCountry: 0, geocoded: 0, chinese: 0 };
  const rows: AppendCell[][] = places.map((place) => {
    const country = placeCountry(place);
    const china =
      country.code === null || ['CN', 'HK', 'MO', 'TW'].includes(country.code)
        ? resolveChinaPlace(place)
        : null;
    const code = country.code ?? (china ? chinaCountry(china) : null);
    const method = country.code ? country.method : china ? `china-${china.method}` : null;
    const geocoded = code
      ? gazetteer.geocode({ country: code, city: place.city, state: place.state, chinaPlace: china })
      : null;
    if (code) counts.withCountry += 1;
    if (geocoded) counts.geocoded += 1;
    if (china) counts.chinese += 1;
    return [
      place.country,
      place.city,
      place.state,
      place.address,
      place.postcode,
      code,
      method,
      china?.provinceCode ?? null,
      china?.cityCode ?? null,
      geocoded?.name ?? china?.city?.en ?? place.city,
      geocoded?.lat ?? null,
      geocoded?.lon ?? null,
      geocoded?.method ?? null,
    ];
  });
  await appendRows(store, 'places', rows);
  return counts;
}

/** The country column, else a country named at the end of the city ("beijing, china") or the address. */
function placeCountry(place: PartyPlace): CountryResolution {
  const direct = resolveCountry(place.country);
  if (direct.code !== null || direct.reason === 'office') return direct;
  for (const text of [place.city, place.address]) {
    const last = text?.split(',').pop()?.trim();
    if (!last) continue;
    const named = resolveCountry(last);
    if (named.code !== null) return named;
  }
  return direct;
}

/** GB/T 2260: 71 Taiwan, 81 Hong Kong, 82 Macao; everything else is mainland China. */
function chinaCountry(place: ChinaPlace): string {
  return place.provinceCode === '71'
    ? 'TW'
    : place.provinceCode === '81'
      ? 'HK'
      : place.provinceCode === '82'
        ? 'MO'
        : 'CN';
}
