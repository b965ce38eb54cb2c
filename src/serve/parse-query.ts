import type { z } from 'zod';
import { didYouMean } from '../domain/did-you-mean.js';
import { type IndicatorParams, indicatorParamsSchema } from '../indicators/indicator-params.js';
import { HttpError } from './http-error.js';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/**
 * A query string checked against zod schemas, each on its own keys: an unknown or repeated parameter, or a value
 * a schema rejects, is a 400 naming the parameter. Empty values count as absent (a form's blank field).
 */
export function parseQuery<S extends ObjectSchema>(raw: unknown, schema: S): z.output<S> {
  const values = plainQuery(raw, Object.keys(schema.shape));
  return checked(schema, values);
}

/** The indicator filters (the CLI's, same schema) plus a route's own parameters. */
export function parseIndicatorQuery<S extends ObjectSchema>(
  raw: unknown,
  extra: S,
): { params: IndicatorParams; extra: z.output<S> } {
  const indicatorKeys = Object.keys(indicatorParamsSchema.shape);
  const extraKeys = Object.keys(extra.shape);
  const values = plainQuery(raw, [...indicatorKeys, ...extraKeys]);
  const pick = (keys: string[]) =>
    Object.fromEntries(Object.entries(values).filter(([key]) => keys.includes(key)));
  const filters = pick(indicatorKeys);
  if (typeof filters.includeIncomplete === 'string') {
    filters.includeIncomplete = queryBoolean('includeIncomplete', filters.includeIncomplete);
  }
  const params = checked(indicatorParamsSchema, filters) as IndicatorParams;
  return { params, extra: checked(extra, pick(extraKeys)) };
}

function plainQuery(raw: unknown, allowed: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (raw === null || typeof raw !== 'object') return values;
  for (const [key, value] of Object.entries(raw)) {
    if (!allowed.includes(key)) {
      const guess = didYouMean(key, allowed);
      throw new HttpError(
        400,
        'usage',
        `unknown parameter "${key}"${guess ? ` (did you mean ${guess}?)` : ''}`,
        allowed.length ? `parameters: ${allowed.join(', ')}` : 'this endpoint takes no parameters',
      );
    }
    if (Array.isArray(value)) throw new HttpError(400, 'usage', `parameter "${key}" given more than once`);
    if (value !== '') values[key] = value;
  }
  return values;
}

function checked<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'parameters'}: ${issue.message}`,
  );
  throw new HttpError(400, 'usage', `bad parameters: ${problems.join('; ')}`);
}

function queryBoolean(key: string, value: string): boolean {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new HttpError(400, 'usage', `bad parameters: ${key}: must be true or false`);
}
