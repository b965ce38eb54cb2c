import { z } from 'zod';
import { PatlasError } from '../domain/patlas-error.js';

const text = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(2000, 'is longer than 2000 characters')
  .describe('the need or query, in Chinese or English');

/** `patlas match` and `GET /api/match`: the need and how many patents and applicants to return. */
export const matchParamsSchema = z.object({
  q: text,
  top: z.coerce.number().int().min(1).max(100).default(20).describe('patents and applicants to return'),
});

/** `GET /api/patents?q=`: the query and the page of hits. */
export const searchParamsSchema = z.object({
  q: text,
  top: z.coerce.number().int().min(1).max(1000).default(20).describe('hits per page'),
  offset: z.coerce.number().int().min(0).max(100_000).default(0).describe('hits to skip'),
});

export type MatchParams = z.output<typeof matchParamsSchema>;
export type SearchParams = z.output<typeof searchParamsSchema>;

function parseWith<T extends z.ZodType>(schema: T, what: string, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'} ${i.message}`);
  throw new PatlasError('usage', `bad ${what} parameters: ${problems.join('; ')}`);
}

/** Validate match input from the CLI or the API (a `usage` PatlasError: the API answers 400). */
export const parseMatchParams = (input: unknown): MatchParams => parseWith(matchParamsSchema, 'match', input);

/** Validate search input from the API (a `usage` PatlasError: the API answers 400). */
export const parseSearchParams = (input: unknown): SearchParams =>
  parseWith(searchParamsSchema, 'search', input);
