import { z } from 'zod';

/** The parameters of the API routes beyond the indicator filters (indicatorParamsSchema), with their meaning. */
export const chartsQuerySchema = z.object({
  lang: z
    .enum(['zh', 'en'], { error: 'must be zh or en' })
    .default('en')
    .describe('language of the chart titles and labels'),
});

export const patentsQuerySchema = z.object({
  q: z.string().trim().min(1).max(500).optional().describe('full-text search within the filtered units'),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(50)
    .describe('rows per page'),
  offset: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(10_000_000, 'must be at most 10000000')
    .default(0)
    .describe('rows to skip'),
});

export const matchQuerySchema = z.object({
  q: z
    .string({ error: 'is required: the need, in Chinese or English' })
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(2000, 'must be at most 2000 characters')
    .describe('the technology need, in Chinese or English'),
  top: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(20)
    .describe('matches to return'),
});

export const noQuerySchema = z.object({});
