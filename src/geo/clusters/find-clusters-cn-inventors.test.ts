import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/open-store.js';
import { haversineKm } from './dbscan-haversine.js';
import { type ClusterResult, clusterParamsFor, findClusters, type PlacePoint } from './find-clusters.js';

// PATSTAT extract (DATA.md): US/EP priority filings 2000-2015 with Chinese inventors, 66,266 patents.
const DIR = new URL('../../../../shared/data/cn-inventors-patstat/', import.meta.url);
const EDGES = fileURLToPath(new URL('CN_el_inventor_patent.parquet', DIR));
const INVENTORS = fileURLToPath(new URL('CN_inventor.parquet', DIR));
const PATENTS = fileURLToPath(new URL('CN_patent.parquet', DIR));

/** 'north point, china' -> 'North Point'; the last part is the country, when there is one. */
function placeOf(city: string): { place: string; country: string | null } {
  const parts = city.split(',').map((p) => p.trim());
  const place = (parts[0] ?? '').replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return { place, country: parts.length > 1 ? (parts.at(-1) ?? null) : null };
}

let store: Store;
let points: PlacePoint[];
let citySums: Map<string, number>;
let result: ClusterResult;

beforeAll(async () => {
  store = await openStore(':memory:', { create: true });
  // Fractional counting: each patent split equally over its inventor links (1/n, n = links of
  // the patent in the edge list), so the weights add up to the number of patents.
  const rows = await store.all<{ city: string; lat: number; lon: number; weight: number }>(
    `WITH links AS (
       SELECT person_id, 1.0 / count(*) OVER (PARTITION BY appln_id) AS weight FROM read_parquet(?)
     )
     SELECT i.city, i.lat, i.lon, sum(l.weight) AS weight
     FROM links l JOIN read_parquet(?) i USING (person_id) GROUP BY i.city, i.lat, i.lon`,
    [EDGES, INVENTORS],
  );
  points = rows.map((r) => ({ lat: r.lat, lon: r.lon, weight: r.weight, ...placeOf(r.city) }));
  // The expectations: plain per-city sums, computed apart from the clustering.
  const sums = await store.all<{ city: string; patents: number }>(
    `WITH per_patent AS (SELECT appln_id, count(*) AS n FROM read_parquet(?) GROUP BY appln_id)
     SELECT i.city, sum(1 / p.n) AS patents
     FROM read_parquet(?) e JOIN per_patent p USING (appln_id) JOIN read_parquet(?) i USING (person_id)
     GROUP BY i.city ORDER BY patents DESC`,
    [EDGES, EDGES, INVENTORS],
  );
  citySums = new Map();
  for (const s of sums) {
    const { place } = placeOf(s.city);
    citySums.set(place, (citySums.get(place) ?? 0) + s.patents);
  }
  const total = points.reduce((sum, p) => sum + p.weight, 0);
  result = findClusters(points, clusterParamsFor(total));
});

afterAll(() => store.close());

describe('S&T clusters of the PATSTAT Chinese-inventor extract', () => {
  it('splits each patent over its inventor links, so the weights add up to the patents', async () => {
    const patents = await store.one<{ n: number }>('SELECT count(*) AS n FROM read_parquet(?)', [PATENTS]);
    expect(patents?.n).toBe(66266);
    expect(Math.abs(result.totalWeight - 66266)).toBeLessThan(1e-6);
    expect(Math.abs(result.clusteredWeight + result.noiseWeight - result.totalWeight)).toBeLessThan(1e-6);
  });

  it('uses the edge-list links, not nb_inventors, which counts inventors the extract does not hold', async () => {
    const check = await store.one<{ more: number; fewer: number }>(
      `WITH links AS (SELECT appln_id, count(*) AS n FROM read_parquet(?) GROUP BY appln_id)
       SELECT count(*) FILTER (WHERE p.nb_inventors > l.n) AS more,
              count(*) FILTER (WHERE p.nb_inventors < l.n) AS fewer
       FROM links l JOIN read_parquet(?) p USING (appln_id)`,
      [EDGES, PATENTS],
    );
    expect(check).toEqual({ more: 18302, fewer: 0 });
  });

  it('leads with the three largest cities, in the order of their own patent sums', () => {
    const topCities = [...citySums.keys()].slice(0, 3);
    expect(topCities).toEqual(['Shenzhen', 'Beijing', 'Shanghai']);
    expect(result.clusters.slice(0, 3).map((c) => c.places[0]?.place)).toEqual(topCities);
    for (const cluster of result.clusters.slice(0, 3)) {
      expect(cluster.count).toBeGreaterThanOrEqual(citySums.get(cluster.places[0]?.place ?? '') ?? Infinity);
    }
  });

  it('joins the Pearl River Delta and Hong Kong Island to Shenzhen, and Kunshan and Wuxi to Shanghai', () => {
    // City sums: Guangzhou 844 > Dongguan 582 (2.4% of the cluster) > Zhongshan 242; Kunshan 996 >
    // Wuxi 314 (2.3%); Chuzhou 24 of Nanjing's 1,056 is 2.3%, over the 2% name share.
    expect(result.clusters.slice(0, 5).map((c) => c.name)).toEqual([
      'Shenzhen – Guangzhou – Dongguan',
      'Beijing',
      'Shanghai – Kunshan – Wuxi',
      'Hangzhou',
      'Nanjing – Chuzhou',
    ]);
    const shenzhen = result.clusters[0]?.places.map((p) => p.place);
    expect(shenzhen).toEqual(expect.arrayContaining(['Foshan', 'Zhuhai', 'Zhongshan', 'North Point']));
  });

  it('keeps the data’s "Suzhou" out of Shanghai: it is geocoded to Suzhou, Anhui, not Suzhou, Jiangsu', () => {
    const suzhou = points.find((p) => p.place === 'Suzhou');
    const shanghai = points.find((p) => p.place === 'Shanghai');
    expect(suzhou && shanghai && haversineKm(suzhou, shanghai)).toBeGreaterThan(300);
    expect(result.clusters[2]?.places.some((p) => p.place === 'Suzhou')).toBe(false);
  });

  it('counts each place in a cluster with exactly its own fractional patents', () => {
    for (const cluster of result.clusters) {
      for (const p of cluster.places) expect(p.count).toBeCloseTo(citySums.get(p.place) ?? Number.NaN, 9);
      const sum = cluster.places.reduce((s, p) => s + p.count, 0);
      expect(cluster.count).toBeCloseTo(sum, 9);
      expect(cluster.share).toBeCloseTo(cluster.count / result.totalWeight, 12);
    }
  });

  it('leaves small sites abroad as noise (Macau is geocoded to Macau, Gironde)', () => {
    const clustered = new Set(result.clusters.flatMap((c) => c.places.map((p) => p.place)));
    expect(clustered.has('Macau')).toBe(false);
    expect(result.clusters.every((c) => c.countries.every((country) => country === 'china'))).toBe(true);
  });
});
