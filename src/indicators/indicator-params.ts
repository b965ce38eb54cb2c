import { z } from 'zod';
import { PatlasError } from '../domain/patlas-error.js';
import type { CountingUnit, DateBasis } from './indicator-types.js';

const year = z.coerce
  .number({ error: 'must be a year' })
  .int('must be a whole year')
  .min(1900, 'must be 1900 or later')
  .max(2100, 'must be 2100 or earlier');

/**
 * The filters and options every indicator takes, as they arrive from the CLI or a query string (strings), checked
 * once here. The store-dependent checks (does the taxonomy exist?) happen when the scope is built.
 */
export const indicatorParamsSchema = z
  .object({
    taxonomy: z.string().trim().min(1).optional().describe('only units labelled by this taxonomy (its id)'),
    category: z.string().trim().min(1).optional().describe('only units in this category of the taxonomy'),
    from: year.optional().describe('first year (of the date basis) to include'),
    to: year.optional().describe('last year (of the date basis) to include'),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code')
      .transform((c) => c.toUpperCase())
      .optional()
      .describe('only units whose origin (applicant country) is this country'),
    applicant: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('only units of this applicant (group id or name)'),
    dateBasis: z
      .enum(['priority', 'application', 'publication'], {
        error: 'must be priority, application or publication',
      })
      .default('priority')
      .describe('the year a unit is counted in'),
    unit: z
      .enum(['family', 'publication'], { error: 'must be family or publication' })
      .default('family')
      .describe('count families (each invention once) or publications'),
    top: z.coerce.number().int().min(1).max(1000).default(20).describe('rows in top-N lists'),
    cutoff: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .optional()
      .describe('data cut-off; default: the latest publication date in the store'),
    includeIncomplete: z.coerce.boolean().default(false).describe('let growth rates use incomplete years'),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    message: '--from must not be after --to',
    path: ['from'],
  })
  .refine((p) => p.category === undefined || p.taxonomy !== undefined, {
    message: '--category needs --taxonomy (categories belong to a taxonomy)',
    path: ['category'],
  });

export type IndicatorParams = z.output<typeof indicatorParamsSchema> & {
  dateBasis: DateBasis;
  unit: CountingUnit;
};
export type IndicatorParamsInput = z.input<typeof indicatorParamsSchema>;

/** Validate raw parameters; every problem in one usage error naming the parameter. */
export function parseIndicatorParams(raw: Record<string, unknown>): IndicatorParams {
  const result = indicatorParamsSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'parameters'}: ${issue.message}`,
  );
  throw new PatlasError('usage', `bad indicator parameters: ${problems.join('; ')}`);
}
