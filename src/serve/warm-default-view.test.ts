import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServeStore } from '../../test/helpers/serve-store.js';
import { INDICATORS } from '../indicators/registry.js';
import { runIndicators } from '../indicators/run-indicator.js';
import { parseIndicatorQuery } from './parse-query.js';
import { noQuerySchema } from './query-schemas.js';
import { cacheKey, ResultCache } from './result-cache.js';
import { openStorePool, type StorePool } from './store-pool.js';
import { warmDefaultView } from './warm-default-view.js';

/** Parallel sums differ in the last bits from run to run: compare numbers to 12 significant digits. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  }
  return value;
}

let pool: StorePool;
beforeAll(async () => {
  pool = await openStorePool(await makeServeStore(), 1);
});
afterAll(() => pool?.close());

describe('warmDefaultView', () => {
  it('caches every indicator of the opening view, each as its own request would compute it', async () => {
    const cache = new ResultCache(256);
    await warmDefaultView({ pool, cache });
    expect(cache.size).toBe(INDICATORS.length);
    expect(cache.misses).toBe(INDICATORS.length);
    const { params } = parseIndicatorQuery({}, noQuerySchema);
    for (const id of ['filing-trend', 'top-applicants', 'family-size', 'quality']) {
      const indicator = INDICATORS.find((i) => i.id === id);
      if (!indicator) throw new Error(id);
      const alone = await pool.use((store) => runIndicators(store, [indicator], params));
      const cached = await cache.get(cacheKey(`indicator ${id}`, params), () => {
        throw new Error(`${id} was not warmed`);
      });
      expect(rounded(cached)).toEqual(rounded(alone));
    }
    expect(cache.hits).toBe(4);
  });
});
