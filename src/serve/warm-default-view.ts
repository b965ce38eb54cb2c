import { INDICATORS } from '../indicators/registry.js';
import { type IndicatorsDocument, runIndicators } from '../indicators/run-indicator.js';
import { parseIndicatorQuery } from './parse-query.js';
import { noQuerySchema } from './query-schemas.js';
import { cacheKey } from './result-cache.js';
import type { ServeContext } from './serve-context.js';

/**
 * Compute every indicator for the view the dashboard opens with (no filters) in ONE run, and put each result in
 * the cache under the key its own request uses. One run shares the scope and its working tables (family facts,
 * quality components ...), which 25 separate first requests would each rebuild; requests that arrive meanwhile
 * wait for this run instead of starting their own. Each entry holds what `runIndicators(store, [indicator])`
 * returns: the same rows and definition, since an indicator's result does not depend on the others in its run.
 */
export async function warmDefaultView(context: ServeContext): Promise<IndicatorsDocument> {
  const { params } = parseIndicatorQuery({}, noQuerySchema);
  const all = context.pool.use((store) => runIndicators(store, INDICATORS, params));
  for (const indicator of INDICATORS) {
    void context.cache.get(cacheKey(`indicator ${indicator.id}`, params), async () => {
      const document = await all;
      const result = document.indicators[indicator.id];
      if (!result) throw new Error(`the warm-up run has no result for ${indicator.id}`);
      return { indicators: { [indicator.id]: result }, store: document.store };
    });
  }
  return all;
}
