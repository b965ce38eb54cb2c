import type { DbscanParams } from './dbscan-haversine.js';

/**
 * Defaults for inventor points geocoded to CITY CENTROIDS (as in PATSTAT-derived and most landscape
 * data); GII's own eps/minPts are not published in our sources (METHODS.md section 4), so these are
 * calibrated, not copied.
 *
 * - epsKm 53: with one point per city, a metropolitan region joins only if the radius spans the gap
 *   between neighbouring city centroids, 30-70 km in the Pearl River and Yangtze deltas. On the
 *   PATSTAT CN-inventor extract, 52-54 km with minWeight 0.3-0.6% of all weight is a stable range
 *   that gives GII-like shapes: Shenzhen–Guangzhou–Dongguan joined, Shanghai with Kunshan and Wuxi,
 *   Hangzhou and Nanjing apart. At <= 51 km Dongguan (51.6 km from Guangzhou) stays apart; from
 *   56 km small towns chain Hangzhou into Shanghai. Address-level geocoding wants a smaller eps.
 * - minWeight 10: an absolute floor only, so a tiny store does not call three patents a cluster;
 *   use `clusterParamsFor` to scale it with the store.
 */
export const DEFAULT_CLUSTER_PARAMS: DbscanParams = { epsKm: 53, minWeight: 10 };

/**
 * Share of all weight a neighbourhood needs to be core. An absolute minWeight that suits 66k
 * patents marks every town as core in a 10M store and no town in a 500-patent one, so the
 * threshold follows the store.
 */
export const DEFAULT_MIN_WEIGHT_SHARE = 0.005;

/** Params for a store of `totalWeight`: minWeight = max(absolute floor, share × totalWeight). */
export function clusterParamsFor(
  totalWeight: number,
  base: DbscanParams = DEFAULT_CLUSTER_PARAMS,
  minWeightShare: number = DEFAULT_MIN_WEIGHT_SHARE,
): DbscanParams {
  return { epsKm: base.epsKm, minWeight: Math.max(base.minWeight, minWeightShare * totalWeight) };
}
