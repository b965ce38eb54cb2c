import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/open-store.js';
import { resolveCountry } from '../countries/resolve-country.js';
import { type Gazetteer, loadGazetteer } from './gazetteer.js';

const INVENTORS = fileURLToPath(
  new URL('../../../../shared/data/cn-inventors-patstat/CN_inventor.parquet', import.meta.url),
);
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
const CA_PROVINCES = new Set('AB BC MB NB NL NS ON PE QC SK YT NT NU'.split(' '));

interface PlaceRow extends Record<string, unknown> {
  city: string;
  lon: number;
  lat: number;
  n: number;
}

/** PATSTAT's 'city, country' / 'city, ST' (US state or Canadian province) / 'city, region, country'. */
function splitPlace(value: string): { country: string | null; city: string; state: string | null } {
  const parts = value.split(',').map((p) => p.trim());
  const last = parts.length > 1 ? (parts.at(-1) ?? '') : '';
  const upper = last.toUpperCase();
  if (US_STATES.has(upper)) return { country: 'US', city: parts[0] ?? '', state: upper };
  if (CA_PROVINCES.has(upper)) return { country: 'CA', city: parts[0] ?? '', state: upper };
  const country = last ? resolveCountry(last).code : null;
  return { country, city: parts[0] ?? '', state: parts.length > 2 ? (parts[1] ?? null) : null };
}

function kilometres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('gazetteer on the PATSTAT Chinese-inventor extract', () => {
  let store: Store;
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    store = await openStore(':memory:', { create: true });
    gazetteer = loadGazetteer();
  });
  afterAll(() => store.close());

  it('puts at least 96% of inventors within 30 km of PATSTAT’s coordinates', async () => {
    const rows = await store.all<PlaceRow>(
      'SELECT city, lon, lat, count(*) n FROM read_parquet(?) GROUP BY ALL',
      [INVENTORS],
    );
    let total = 0;
    let near = 0;
    let unresolved = 0;
    const misses: { city: string; n: number; km: number | null }[] = [];
    for (const row of rows) {
      total += row.n;
      const place = gazetteer.geocode(splitPlace(row.city));
      const km = place ? kilometres(place.lat, place.lon, row.lat, row.lon) : null;
      if (km !== null && km <= 30) near += row.n;
      else misses.push({ city: row.city, n: row.n, km: km === null ? null : Math.round(km) });
      if (!place) unresolved += row.n;
    }
    expect(total).toBe(83038);
    const share = near / total;
    if (process.env.PATLAS_GEO_REPORT) {
      misses.sort((a, b) => b.n - a.n);
      console.log({ share, unresolved: unresolved / total, misses: misses.slice(0, 25) });
    }
    expect(share).toBeGreaterThanOrEqual(0.96);
  });
});
