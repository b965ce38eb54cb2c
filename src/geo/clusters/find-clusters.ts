import { type DbscanParams, dbscanHaversine, type WeightedPoint } from './dbscan-haversine.js';

export { clusterParamsFor, DEFAULT_CLUSTER_PARAMS, DEFAULT_MIN_WEIGHT_SHARE } from './cluster-params.js';

/** A weighted location with the place it stands for. */
export interface PlacePoint extends WeightedPoint {
  /** Display name, e.g. 'Shenzhen'. */
  place: string;
  country: string | null;
}

export interface Cluster {
  /** 1 = largest. */
  rank: number;
  /** The largest places joined with ' – ', at most 3, e.g. 'Shenzhen – Hong Kong – Guangzhou'. */
  name: string;
  /** Weight-weighted centroid. */
  lat: number;
  lon: number;
  /** Summed weight. */
  count: number;
  /** Of all weight, noise included. */
  share: number;
  /** Countries present, by weight descending. */
  countries: string[];
  /** Every place in the cluster, by weight descending. */
  places: { place: string; count: number }[];
  /** Indexes of the input points in the cluster, ascending. */
  members: number[];
}

export interface ClusterResult {
  clusters: Cluster[];
  totalWeight: number;
  clusteredWeight: number;
  noiseWeight: number;
  params: DbscanParams;
}

/**
 * A place after the first joins the cluster name only with at least this share of the cluster's
 * weight: GII-style names list the cities that make a cluster, not every suburb the radius reaches.
 */
export const NAME_MIN_SHARE = 0.02;
const NAME_MAX_PLACES = 3;

interface Site {
  lat: number;
  lon: number;
  weight: number;
  places: Map<string, number>;
  countries: Map<string, number>;
  inputs: number[];
}

/** Cluster weighted places with weighted haversine DBSCAN and describe the clusters, largest first. */
export function findClusters(points: readonly PlacePoint[], params: DbscanParams): ClusterResult {
  const sites = aggregateSites(points);
  const labels = dbscanHaversine(sites, params);
  const members: Site[][] = Array.from({ length: labels.reduce((m, l) => Math.max(m, l), -1) + 1 }, () => []);
  let totalWeight = 0;
  let noiseWeight = 0;
  sites.forEach((site, i) => {
    totalWeight += site.weight;
    const label = labels[i] as number;
    if (label < 0) noiseWeight += site.weight;
    else members[label]?.push(site);
  });
  const clusters = members
    .map((group) => describe(group, totalWeight))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  clusters.forEach((cluster, i) => {
    cluster.rank = i + 1;
  });
  return { clusters, totalWeight, clusteredWeight: totalWeight - noiseWeight, noiseWeight, params };
}

/** Identical coordinates become one site: DBSCAN cost grows with distinct points, not documents. */
function aggregateSites(points: readonly PlacePoint[]): Site[] {
  const byKey = new Map<string, Site>();
  points.forEach((p, index) => {
    const key = `${p.lat},${p.lon}`;
    let site = byKey.get(key);
    if (!site) {
      site = { lat: p.lat, lon: p.lon, weight: 0, places: new Map(), countries: new Map(), inputs: [] };
      byKey.set(key, site);
    }
    site.inputs.push(index);
    site.weight += p.weight;
    addTo(site.places, p.place, p.weight);
    if (p.country !== null) addTo(site.countries, p.country, p.weight);
  });
  return [...byKey.values()];
}

function describe(group: readonly Site[], totalWeight: number): Cluster {
  const places = new Map<string, number>();
  const countries = new Map<string, number>();
  let count = 0;
  for (const site of group) {
    count += site.weight;
    for (const [place, w] of site.places) addTo(places, place, w);
    for (const [country, w] of site.countries) addTo(countries, country, w);
  }
  const ranked = largestFirst(places).map(([place, w]) => ({ place, count: w }));
  const named = ranked
    .filter((p, i) => i === 0 || p.count >= NAME_MIN_SHARE * count)
    .slice(0, NAME_MAX_PLACES);
  return {
    rank: 0,
    name: named.map((p) => p.place).join(' – '),
    ...centroid(group, count),
    count,
    share: totalWeight > 0 ? count / totalWeight : 0,
    countries: largestFirst(countries).map(([country]) => country),
    places: ranked,
    members: group.flatMap((site) => site.inputs).sort((a, b) => a - b),
  };
}

/** Weighted mean of unit vectors, so a cluster across the 180th meridian is not averaged to 0°. */
function centroid(group: readonly Site[], count: number): { lat: number; lon: number } {
  const rad = Math.PI / 180;
  let x = 0;
  let y = 0;
  let z = 0;
  for (const s of group) {
    // Zero-weight clusters still get a position: every site then counts the same.
    const w = count > 0 ? s.weight : 1;
    const cosLat = Math.cos(s.lat * rad);
    x += w * cosLat * Math.cos(s.lon * rad);
    y += w * cosLat * Math.sin(s.lon * rad);
    z += w * Math.sin(s.lat * rad);
  }
  return { lat: Math.atan2(z, Math.hypot(x, y)) / rad, lon: Math.atan2(y, x) / rad };
}

function addTo(map: Map<string, number>, key: string, weight: number): void {
  map.set(key, (map.get(key) ?? 0) + weight);
}

function largestFirst(map: Map<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
