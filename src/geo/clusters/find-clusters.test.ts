import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM } from './dbscan-haversine.js';
import {
  clusterParamsFor,
  DEFAULT_CLUSTER_PARAMS,
  DEFAULT_MIN_WEIGHT_SHARE,
  findClusters,
  type PlacePoint,
} from './find-clusters.js';

const KM_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_KM;

function at(place: string, country: string | null, lat: number, lon: number, weight: number): PlacePoint {
  return { place, country, lat, lon, weight };
}

describe('findClusters', () => {
  // Two metro areas and a lone town: 'Big' 100 + 'Twin' 20 km away 30 + 'Tiny' 15 km away 1;
  // 'Other' 60 + 'Other2' 10 km away 40; 'Lone' 5 far away.
  const points: PlacePoint[] = [
    at('Big', 'AA', 10, 10, 60),
    at('Big', 'AA', 10, 10, 40),
    at('Twin', 'BB', 10, 10 + 20 / (KM_PER_DEG * Math.cos((10 * Math.PI) / 180)), 30),
    at('Tiny', 'AA', 10 + 15 / KM_PER_DEG, 10, 1),
    at('Other', 'CC', -20, -50, 60),
    at('Other2', null, -20 + 10 / KM_PER_DEG, -50, 40),
    at('Lone', 'DD', 60, 100, 5),
  ];
  const result = findClusters(points, { epsKm: 25, minWeight: 20 });

  it('ranks clusters by summed weight and counts noise in the total', () => {
    expect(result.clusters.map((c) => [c.rank, c.count])).toEqual([
      [1, 131],
      [2, 100],
    ]);
    expect(result.totalWeight).toBe(236);
    expect(result.noiseWeight).toBe(5);
    expect(result.clusteredWeight).toBe(231);
    expect(result.clusters[0]?.share).toBeCloseTo(131 / 236, 12);
    expect(result.params).toEqual({ epsKm: 25, minWeight: 20 });
  });

  it('sums the places of identical coordinates and lists places and countries by weight', () => {
    const first = result.clusters[0];
    expect(first?.places).toEqual([
      { place: 'Big', count: 100 },
      { place: 'Twin', count: 30 },
      { place: 'Tiny', count: 1 },
    ]);
    expect(first?.countries).toEqual(['AA', 'BB']);
    expect(result.clusters[1]?.countries).toEqual(['CC']);
  });

  it('names a cluster after its largest places, leaving out those under the name share', () => {
    // Tiny holds 1/131 < 2% of its cluster.
    expect(result.clusters.map((c) => c.name)).toEqual(['Big – Twin', 'Other – Other2']);
  });

  it('gives the input points of each cluster, identical coordinates included, and leaves noise out', () => {
    expect(result.clusters.map((c) => c.members)).toEqual([
      [0, 1, 2, 3],
      [4, 5],
    ]);
  });

  it('puts the centroid at the weighted mean position', () => {
    const second = result.clusters[1];
    expect(second?.lon).toBeCloseTo(-50, 9);
    expect(second?.lat).toBeCloseTo(-20 + (0.4 * 10) / KM_PER_DEG, 4);
  });

  it('keeps a centroid across the 180th meridian near the meridian, not at 0°', () => {
    const pacific = findClusters([at('West', null, -17, 179.9, 1), at('East', null, -17, -179.9, 1)], {
      epsKm: 30,
      minWeight: 2,
    });
    expect(Math.abs(pacific.clusters[0]?.lon ?? 0)).toBeCloseTo(180, 6);
  });

  it('names at most three places', () => {
    const four = ['A', 'B', 'C', 'D'].map((p, i) => at(p, null, 0, i * 0.05, 10 - i));
    expect(findClusters(four, { epsKm: 10, minWeight: 5 }).clusters[0]?.name).toBe('A – B – C');
  });

  it('returns no clusters for no points', () => {
    expect(findClusters([], DEFAULT_CLUSTER_PARAMS)).toMatchObject({ clusters: [], totalWeight: 0 });
  });
});

describe('clusterParamsFor', () => {
  it('scales minWeight with the store and keeps the absolute floor for small ones', () => {
    expect(clusterParamsFor(1_000_000)).toEqual({
      epsKm: 53,
      minWeight: DEFAULT_MIN_WEIGHT_SHARE * 1_000_000,
    });
    expect(clusterParamsFor(100)).toEqual({ epsKm: 53, minWeight: 10 });
    expect(clusterParamsFor(1000, { epsKm: 20, minWeight: 1 }, 0.01)).toEqual({ epsKm: 20, minWeight: 10 });
  });
});
