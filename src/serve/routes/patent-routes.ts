import type { FastifyInstance } from 'fastify';
import { createIndicatorScope } from '../../indicators/indicator-scope.js';
import { searchPatents } from '../../search/bm25/search-patents.js';
import { findPublication } from '../../store/find-publication.js';
import type { Store } from '../../store/open-store.js';
import { listScopePatents } from '../list-scope-patents.js';
import { parseIndicatorQuery, parseQuery } from '../parse-query.js';
import { noQuerySchema, patentsQuerySchema } from '../query-schemas.js';
import { readTaxonomyOptions } from '../read-taxonomy-options.js';
import { cacheKey } from '../result-cache.js';
import type { ServeContext } from '../serve-context.js';
import { requireTextIndex } from './match-route.js';

async function searchHitNumbers(store: Store, q: string): Promise<string[]> {
  await requireTextIndex(store);
  const result = await searchPatents(store, q, { top: MAX_SEARCH_HITS, offset: 0 });
  return result.hits.map((hit) => hit.publicationNumber);
}

/** The best full-text hits a patent list narrows to (search ranks at most this many). */
const MAX_SEARCH_HITS = 1000;

/**
 * GET /api/patents (the units behind a chart, optionally narrowed by full text), /api/patents/:number (what
 * `patlas show --json` prints) and /api/taxonomies (the filter choices).
 */
export function registerPatentRoutes(app: FastifyInstance, context: ServeContext): void {
  app.get('/api/patents', async (request) => {
    const { params, extra } = parseIndicatorQuery(request.query, patentsQuerySchema);
    return context.cache.get(cacheKey('patents', { ...params, ...extra }), () =>
      context.pool.use(async (store) => {
        const only = extra.q ? await searchHitNumbers(store, extra.q) : undefined;
        const scope = await createIndicatorScope(store, params);
        try {
          return await listScopePatents(store, scope, {
            limit: extra.limit,
            offset: extra.offset,
            ...(only ? { only } : {}),
          });
        } finally {
          await scope.release();
        }
      }),
    );
  });

  app.get('/api/taxonomies', async (request) => {
    parseQuery(request.query, noQuerySchema);
    return context.cache.get('taxonomies', () => context.pool.use(readTaxonomyOptions));
  });

  app.get<{ Params: { number: string } }>('/api/patents/:number', async (request) => {
    parseQuery(request.query, noQuerySchema);
    return context.pool.use((store) => findPublication(store, request.params.number, 'the store'));
  });
}
