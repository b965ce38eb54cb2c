import { describe, expect, it } from 'vitest';
import { dbscanHaversine, EARTH_RADIUS_KM, haversineKm, type WeightedPoint } from './dbscan-haversine.js';

/** A point `km` east of (lat, lon) along the parallel. */
function east(lat: number, lon: number, km: number, weight: number): WeightedPoint {
  return {
    lat,
    lon: lon + km / ((Math.PI / 180) * EARTH_RADIUS_KM * Math.cos((lat * Math.PI) / 180)),
    weight,
  };
}

/**
 * Textbook DBSCAN, O(n²), seeds in input order. Labels do not depend on the order neighbours come
 * in (a cluster is grown whole before the next seed), so the indexed run must match it exactly.
 */
function naive(points: WeightedPoint[], epsKm: number, minWeight: number): number[] {
  const near = points.map((p) => points.flatMap((q, j) => (haversineKm(p, q) <= epsKm ? [j] : [])));
  const core = near.map((ids) => ids.reduce((s, j) => s + (points[j]?.weight ?? 0), 0) >= minWeight);
  const labels = points.map(() => -1);
  let next = 0;
  points.forEach((_, seed) => {
    if (!core[seed] || labels[seed] !== -1) return;
    const queue = [seed];
    labels[seed] = next;
    for (let k = 0; k < queue.length; k++) {
      for (const j of near[queue[k] as number] ?? []) {
        if (labels[j] !== -1) continue;
        labels[j] = next;
        if (core[j]) queue.push(j);
      }
    }
    next++;
  });
  return labels;
}

describe('haversineKm', () => {
  it('gives the published straight-line Beijing–Shanghai distance', () => {
    // worldcountrydata.com/en/distance/beijing-to-shanghai: 1,067 km between 39.9042,116.4074 and 31.2304,121.4737.
    const d = haversineKm({ lat: 39.9042, lon: 116.4074 }, { lat: 31.2304, lon: 121.4737 });
    expect(Math.abs(d - 1067)).toBeLessThan(1);
  });

  it('gives a quarter great circle from the equator to the pole, and 0 for one point', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * 6371.0088, 6);
    expect(haversineKm({ lat: 12.5, lon: 7 }, { lat: 12.5, lon: 7 })).toBe(0);
  });

  it('measures across the 180th meridian the short way', () => {
    const d = haversineKm({ lat: 0, lon: 179.9 }, { lat: 0, lon: -179.9 });
    expect(d).toBeCloseTo((0.2 * Math.PI * 6371.0088) / 180, 6);
  });
});

describe('dbscanHaversine', () => {
  it('finds two dense blobs and leaves a lone point as noise', () => {
    const blobA = [0, 3, 6, 9].map((km) => east(48.1, 11.5, km, 1));
    const blobB = [0, 4, 8].map((km) => east(-33.9, 151.2, km, 2));
    const lone = { lat: 40, lon: -100, weight: 1 };
    const labels = [...dbscanHaversine([...blobA, lone, ...blobB], { epsKm: 5, minWeight: 3 })];
    expect(labels).toEqual([0, 0, 0, 0, -1, 1, 1, 1]);
  });

  it('breaks a chain where light points are not core, and joins it when they are', () => {
    // 10 km steps, eps 12 km: each point sees its two neighbours. Weights 5 5 5 0.5 0.5 5 5 5.
    const weights = [5, 5, 5, 0.5, 0.5, 5, 5, 5];
    const chain = weights.map((w, i) => east(0, 30, 10 * i, w));
    // Neighbourhood sums: 10 15 10.5 6 6 10.5 15 10.
    expect([...dbscanHaversine(chain, { epsKm: 12, minWeight: 5 })]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...dbscanHaversine(chain, { epsKm: 12, minWeight: 8 })]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect([...dbscanHaversine(chain, { epsKm: 12, minWeight: 11 })]).toEqual([0, 0, 0, -1, -1, 1, 1, 1]);
  });

  it('counts a point’s own weight: one heavy site is a cluster, one light site is noise', () => {
    const points = [
      { lat: 22.54, lon: 114.06, weight: 50 },
      { lat: -1.29, lon: 36.82, weight: 2 },
    ];
    expect([...dbscanHaversine(points, { epsKm: 50, minWeight: 10 })]).toEqual([0, -1]);
  });

  it('judges density by the neighbourhood: a zero-weight site between two others can be the only core', () => {
    // Sums within 10 km: 6 + 0 = 6, 6 + 0 + 5 = 11, 0 + 5 = 5.
    const points = [east(0, 0, 0, 6), east(0, 0, 8, 0), east(0, 0, 16, 5)];
    expect([...dbscanHaversine(points, { epsKm: 10, minWeight: 10 })]).toEqual([0, 0, 0]);
    expect([...dbscanHaversine(points, { epsKm: 10, minWeight: 12 })]).toEqual([-1, -1, -1]);
  });

  it('joins points across the 180th meridian', () => {
    const points = [
      { lat: -17, lon: 179.98, weight: 3 },
      { lat: -17, lon: -179.98, weight: 3 },
    ];
    expect([...dbscanHaversine(points, { epsKm: 10, minWeight: 5 })]).toEqual([0, 0]);
  });

  it('labels everything noise when nothing is dense enough, and handles no points', () => {
    const points = [0, 20, 40].map((km) => east(10, 10, km, 1));
    expect([...dbscanHaversine(points, { epsKm: 25, minWeight: 10 })]).toEqual([-1, -1, -1]);
    expect(dbscanHaversine([], { epsKm: 25, minWeight: 1 })).toHaveLength(0);
  });

  it.each([
    ['mid-latitudes', 30, 34, 110, 115, 25],
    ['the 180th meridian', -20, -16, 178, 182, 25],
    ['the north pole', 87, 90, -180, 180, 20],
  ])('agrees with a brute-force DBSCAN on random points around %s', (_, lat0, lat1, lon0, lon1, epsKm) => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const points = Array.from({ length: 600 }, () => {
      const lon = lon0 + random() * (lon1 - lon0);
      return {
        lat: lat0 + random() * (lat1 - lat0),
        lon: lon > 180 ? lon - 360 : lon,
        weight: random() < 0.1 ? 20 * random() : random(),
      };
    });
    const expected = naive(points, epsKm, 8);
    expect(new Set(expected).size).toBeGreaterThan(3);
    expect([...dbscanHaversine(points, { epsKm, minWeight: 8 })]).toEqual(expected);
  });

  it('rejects bad parameters and points', () => {
    expect(() => dbscanHaversine([], { epsKm: -1, minWeight: 1 })).toThrow(RangeError);
    expect(() => dbscanHaversine([], { epsKm: 1, minWeight: 0 })).toThrow(RangeError);
    expect(() => dbscanHaversine([{ lat: 91, lon: 0, weight: 1 }], { epsKm: 1, minWeight: 1 })).toThrow(
      /point 0/,
    );
    expect(() => dbscanHaversine([{ lat: 0, lon: 0, weight: -1 }], { epsKm: 1, minWeight: 1 })).toThrow(
      /weight/,
    );
  });
});
