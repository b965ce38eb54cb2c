import Fastify, { type FastifyInstance } from 'fastify';
import { bearerMatches } from './bearer-token.js';
import { type Asset, loadDashboardAssets } from './dashboard-assets.js';
import { errorResponse, HttpError } from './http-error.js';
import { openApiDocument } from './openapi-document.js';
import { ResultCache } from './result-cache.js';
import { registerIndicatorRoutes } from './routes/indicator-routes.js';
import { registerMatchRoute } from './routes/match-route.js';
import { registerPatentRoutes } from './routes/patent-routes.js';
import type { ServeContext } from './serve-context.js';
import type { StorePool } from './store-pool.js';
import { warmDefaultView } from './warm-default-view.js';

export interface AppOptions {
  pool: StorePool;
  /** When set, every request but the dashboard's own files needs `Authorization: Bearer <token>`. */
  token?: string | null;
  /** Results kept in memory (indicator runs and patent lists); 0 keeps none. */
  cacheSize?: number;
  /** Told about every 5xx (the response itself says only "internal error"). */
  onServerError?: (error: unknown) => void;
  /** Compute the dashboard's opening view (every indicator, no filters) in the background once the app is ready. */
  warm?: boolean;
}

// Scripts come from this server only and data is inserted as text; this policy would stop an injected script or
// outside image even if it were not. Inline styles are allowed: ECharts' SVG renderer writes style attributes.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The HTTP app: API routes, OpenAPI document and dashboard, with auth and errors handled in one place each. */
export function createApp(options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: 300 } });
  const context: ServeContext = { pool: options.pool, cache: new ResultCache(options.cacheSize ?? 256) };
  const token = options.token ?? null;
  const assets = loadDashboardAssets();
  if (options.warm) {
    let closing = false;
    app.addHook('onClose', async () => {
      closing = true;
    });
    app.addHook('onReady', async () => {
      // A stop while it runs interrupts it: not an error worth reporting.
      warmDefaultView(context).catch((error: unknown) => {
        if (!closing) options.onServerError?.(error);
      });
    });
  }

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('referrer-policy', 'no-referrer');
    const path = request.url.split('?')[0] ?? '';
    if (token && !isDashboardPath(path) && !bearerMatches(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'unauthorized', 'this server needs `Authorization: Bearer <token>`');
    }
  });

  app.setErrorHandler((error, _request, reply) => {
    const clientStatus = fastifyClientStatus(error);
    if (clientStatus) {
      return reply.code(clientStatus).send({
        error: {
          code: 'usage',
          message: error instanceof Error ? error.message : 'bad request',
          hint: null,
        },
      });
    }
    const { status, body } = errorResponse(error);
    if (status >= 500) options.onServerError?.(error);
    return reply.code(status).send(body);
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: {
        code: 'not-found',
        message: `no such route: ${request.method} ${request.url.split('?')[0]}`,
        hint: 'GET /openapi.json lists the routes',
      },
    }),
  );

  registerIndicatorRoutes(app, context);
  registerPatentRoutes(app, context);
  registerMatchRoute(app, context);
  const openApi = openApiDocument({ token: token !== null });
  app.get('/openapi.json', async () => openApi);
  registerDashboard(app, assets);
  return app;
}

function isDashboardPath(path: string): boolean {
  return path === '/' || path === '/favicon.ico' || path.startsWith('/assets/');
}

function registerDashboard(app: FastifyInstance, assets: Map<string, Asset> | null): void {
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (!assets && path === '/') {
      throw new HttpError(503, 'not-built', 'the dashboard is not built', 'run `npm run build`');
    }
    const asset = assets?.get(path);
    if (!asset) return reply.callNotFound();
    return reply.type(asset.type).header('cache-control', 'no-cache').send(asset.body);
  });
}

/** Fastify's own 4xx (a malformed URL or query string) keep their status. */
function fastifyClientStatus(error: unknown): number | null {
  if (error instanceof HttpError) return null;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}
