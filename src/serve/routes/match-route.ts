import type { FastifyInstance } from 'fastify';
import { PatlasError } from '../../domain/patlas-error.js';
import { readTextIndex } from '../../search/index/read-text-index.js';
import { matchNeed } from '../../search/match/match-need.js';
import type { Store } from '../../store/open-store.js';
import { HttpError } from '../http-error.js';
import { parseQuery } from '../parse-query.js';
import { matchQuerySchema } from '../query-schemas.js';
import { cacheKey } from '../result-cache.js';
import type { ServeContext } from '../serve-context.js';

/** GET /api/match: what `patlas match --json` prints for a need. */
export function registerMatchRoute(app: FastifyInstance, context: ServeContext): void {
  app.get('/api/match', async (request) => {
    const query = parseQuery(request.query, matchQuerySchema);
    return context.cache.get(cacheKey('match', query), () =>
      context.pool.use(async (store) => {
        await requireTextIndex(store);
        return matchNeed(store, query.q, { top: query.top });
      }),
    );
  });
}

/** Search needs `patlas index`: without it the server answers 503 with the hint, not a 500. */
export async function requireTextIndex(store: Store): Promise<void> {
  try {
    await readTextIndex(store);
  } catch (error) {
    if (error instanceof PatlasError) throw new HttpError(503, 'no-text-index', error.message, error.hint);
    throw error;
  }
}
