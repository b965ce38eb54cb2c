import { createIndicatorScope } from '../indicators/indicator-scope.js';
import { INDICATORS } from '../indicators/registry.js';
import { type IndicatorsDocument, runIndicator } from '../indicators/run-indicator.js';
import { parseIndicatorQuery } from './parse-query.js';
import { noQuerySchema } from './query-schemas.js';
import { cacheKey } from './result-cache.js';
import type { ServeContext } from './serve-context.js';

interface Pending {
  resolve(document: IndicatorsDocument): void;
  reject(error: unknown): void;
}

/**
 * Compute every indicator for the view the dashboard opens with (no filters) over ONE scope, and put each result
 * in the cache under the key its own request uses, as soon as it is computed. One scope shares its working tables
 * (family facts, quality components ...), which 25 separate first requests would each rebuild; a request that
 * arrives meanwhile waits for its own indicator, not for the whole run. Each entry holds what
 * `runIndicators(store, [indicator])` returns: an indicator's result does not depend on the others in its run.
 */
export async function warmDefaultView(context: ServeContext): Promise<void> {
  const { params } = parseIndicatorQuery({}, noQuerySchema);
  const pending = new Map<string, Pending>();
  for (const indicator of INDICATORS) {
    void context.cache.get(
      cacheKey(`indicator ${indicator.id}`, params),
      () =>
        new Promise<IndicatorsDocument>((resolve, reject) => pending.set(indicator.id, { resolve, reject })),
    );
  }
  try {
    await context.pool.use(async (store) => {
      const scope = await createIndicatorScope(store, params);
      try {
        const counts = { path: store.path, publications: scope.publicationCount, units: scope.unitCount };
        for (const indicator of INDICATORS) {
          const entry = pending.get(indicator.id);
          if (!entry) continue;
          const result = await runIndicator(store, indicator, params, scope);
          entry.resolve({ indicators: { [indicator.id]: result }, store: counts });
          pending.delete(indicator.id);
        }
      } finally {
        await scope.release();
      }
    });
  } catch (error) {
    for (const entry of pending.values()) entry.reject(error);
    throw error;
  }
}
