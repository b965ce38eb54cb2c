import { z } from 'zod';
import { PATLAS_VERSION } from '../cli/version.js';
import { indicatorParamsSchema } from '../indicators/indicator-params.js';
import { indicatorIds } from '../indicators/registry.js';
import { chartsQuerySchema, matchQuerySchema, patentsQuerySchema } from './query-schemas.js';

type JsonObject = Record<string, unknown>;

/** OpenAPI query parameters from a zod object schema: names, types, limits and descriptions all come from zod. */
function queryParameters(schema: z.ZodType): JsonObject[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonObject>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const jsonResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const pathParameter = (name: string, description: string, schema: JsonObject = { type: 'string' }) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema,
});

/** The OpenAPI 3.1 document of the API. */
export function openApiDocument(options: { token: boolean }): JsonObject {
  const filters = queryParameters(indicatorParamsSchema);
  const indicatorId = pathParameter('id', 'an indicator id (GET /api/indicators lists them)', {
    type: 'string',
    enum: indicatorIds(),
  });
  const common = {
    400: errorResponse('a parameter is missing or wrong: the message names it'),
    ...(options.token ? { 401: errorResponse('no or wrong bearer token') } : {}),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Patlas API',
      version: PATLAS_VERSION,
      description:
        'Patent-landscape indicators, the patents behind them, a patent detail and technology-need matching, read from one store (opened read-only).',
    },
    ...(options.token ? { security: [{ bearer: [] }] } : {}),
    paths: {
      '/api/indicators': {
        get: {
          summary: 'the registered indicators (id, title, description in en and zh)',
          responses: { 200: jsonResponse('the list') },
        },
      },
      '/api/indicators/{id}': {
        get: {
          summary: 'one indicator with its definition: what `patlas indicators <id> --json` prints',
          parameters: [indicatorId, ...filters],
          responses: {
            200: jsonResponse(
              '{ indicators: { <id>: result }, store }; title, description, message, notes, cutoffExplanation and coverage.field are { en, zh }',
            ),
            ...common,
            404: errorResponse('unknown indicator'),
          },
        },
      },
      '/api/charts/{id}': {
        get: {
          summary: "an indicator's charts as ECharts options (the dashboard draws them)",
          parameters: [indicatorId, ...filters, ...queryParameters(chartsQuerySchema)],
          responses: {
            200: jsonResponse('{ definition, supported, message ({ en, zh } or null), charts }'),
            ...common,
            404: errorResponse('unknown indicator'),
          },
        },
      },
      '/api/patents': {
        get: {
          summary:
            'the units (families or publications) the indicators count for these filters, newest first',
          parameters: [...filters, ...queryParameters(patentsQuerySchema)],
          responses: { 200: jsonResponse('{ total, limit, offset, rows }'), ...common },
        },
      },
      '/api/taxonomies': {
        get: {
          summary: 'the taxonomies with labels in the store and their categories (the filter choices)',
          responses: {
            200: jsonResponse('[{ id, name, categories: [{ id, name, publications }] }]'),
            ...common,
          },
        },
      },
      '/api/patents/{number}': {
        get: {
          summary: 'one publication with everything the store holds: what `patlas show --json` prints',
          parameters: [pathParameter('number', 'a publication number in any usual spelling')],
          responses: {
            200: jsonResponse('the publication'),
            ...common,
            404: errorResponse('not in the store'),
          },
        },
      },
      '/api/match': {
        get: {
          summary: 'patents and applicants that match a technology need, each match explained',
          parameters: queryParameters(matchQuerySchema),
          responses: { 200: jsonResponse('the matches'), ...common },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'hint'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                hint: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
      ...(options.token ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
  };
}
