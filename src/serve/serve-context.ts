import type { IndicatorParams } from '../indicators/indicator-params.js';
import type { Indicator } from '../indicators/indicator-types.js';
import { type IndicatorsDocument, runIndicators } from '../indicators/run-indicator.js';
import { cacheKey, type ResultCache } from './result-cache.js';
import type { StorePool } from './store-pool.js';

/** What every route shares: the read-only stores and the results already computed. */
export interface ServeContext {
  pool: StorePool;
  cache: ResultCache;
}

/**
 * What `patlas indicators <id> --json` prints for these parameters, through the same function (runIndicators),
 * computed once per distinct parameters.
 */
export function indicatorDocument(
  context: ServeContext,
  indicator: Indicator,
  params: IndicatorParams,
): Promise<IndicatorsDocument> {
  return context.cache.get(cacheKey(`indicator ${indicator.id}`, params), () =>
    context.pool.use((store) => runIndicators(store, [indicator], params)),
  );
}
