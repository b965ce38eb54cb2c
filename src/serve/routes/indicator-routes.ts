import type { FastifyInstance } from 'fastify';
import { chartsForIndicator } from '../../charts/index.js';
import { PatlasError } from '../../domain/patlas-error.js';
import type { Indicator } from '../../indicators/indicator-types.js';
import { findIndicator, INDICATORS } from '../../indicators/registry.js';
import { HttpError } from '../http-error.js';
import { parseIndicatorQuery } from '../parse-query.js';
import { chartsQuerySchema, noQuerySchema } from '../query-schemas.js';
import { indicatorDocument, type ServeContext } from '../serve-context.js';

/** GET /api/indicators, /api/indicators/:id and /api/charts/:id. */
export function registerIndicatorRoutes(app: FastifyInstance, context: ServeContext): void {
  app.get('/api/indicators', async () =>
    INDICATORS.map((i) => ({ id: i.id, title: i.spec.title, description: i.spec.description })),
  );

  app.get<{ Params: { id: string } }>('/api/indicators/:id', async (request) => {
    const indicator = registeredIndicator(request.params.id);
    const { params } = parseIndicatorQuery(request.query, noQuerySchema);
    return indicatorDocument(context, indicator, params);
  });

  app.get<{ Params: { id: string } }>('/api/charts/:id', async (request) => {
    const indicator = registeredIndicator(request.params.id);
    const { params, extra } = parseIndicatorQuery(request.query, chartsQuerySchema);
    const document = await indicatorDocument(context, indicator, params);
    const result = document.indicators[indicator.id];
    if (!result) throw new Error(`no result for ${indicator.id}`);
    return {
      definition: result.definition,
      supported: result.supported,
      message: result.message,
      charts: chartsForIndicator(result, extra.lang),
    };
  });
}

/** The indicator of a path; an unknown id is a 404 with the registry's did-you-mean. */
function registeredIndicator(id: string): Indicator {
  try {
    return findIndicator(id);
  } catch (error) {
    if (error instanceof PatlasError) throw new HttpError(404, 'not-found', error.message, error.hint);
    throw error;
  }
}
