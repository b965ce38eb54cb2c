import { z } from 'zod';
import { EFFECT_IDS } from '../../../classify/effects/index.js';

export const SCORING_MEASURES = [
  'recent-activity',
  'overseas-share',
  'scale',
  'claims-ratio',
  'quality',
  'technical-effects',
  'growth',
  'citations',
  'cooperation',
] as const;
export type ScoringMeasure = (typeof SCORING_MEASURES)[number];

const WINDOW_MEASURES: readonly ScoringMeasure[] = ['recent-activity', 'growth'];
const WEIGHT_TOLERANCE = 1e-9;

const factorSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens, e.g. recent-activity'),
    name: z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict(),
    measure: z.enum(SCORING_MEASURES, { error: `must be one of ${SCORING_MEASURES.join(', ')}` }),
    source: z
      .union([z.string().min(1), z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict()])
      .describe('where the value comes from and how it is computed, in words (one text, or { en, zh })'),
    normalisation: z.literal('min-max', { error: 'must be min-max (across the evaluated applicants)' }),
    weight: z.number({ error: 'must be a number' }).min(0, 'must be 0 or more').max(1, 'must be 1 or less'),
    years: z.number().int('must be a whole number of years').min(1).max(20).optional(),
    effects: z
      .array(z.enum(EFFECT_IDS, { error: `must be one of ${EFFECT_IDS.join(', ')}` }))
      .min(1)
      .optional(),
  })
  .strict()
  .superRefine((factor, ctx) => {
    if (factor.years !== undefined && !WINDOW_MEASURES.includes(factor.measure))
      ctx.addIssue({
        code: 'custom',
        path: ['years'],
        message: `only recent-activity and growth take years`,
      });
    if (factor.effects !== undefined && factor.measure !== 'technical-effects')
      ctx.addIssue({ code: 'custom', path: ['effects'], message: 'only technical-effects takes effects' });
    if (factor.measure === 'technical-effects' && factor.effects === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['effects'],
        message: 'technical-effects needs a list of effect ids',
      });
  });

export const scoringFileSchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    title: z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict(),
    minUnits: z.number().int('must be a whole number').min(1, 'must be at least 1'),
    candidates: z.number().int('must be a whole number').min(2, 'must be at least 2').max(10_000),
    factors: z.array(factorSchema).min(1, 'needs at least one factor'),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.factors.forEach((f, i) => {
      if (seen.has(f.id))
        ctx.addIssue({
          code: 'custom',
          path: ['factors', i, 'id'],
          message: `"${f.id}" is used by an earlier factor`,
        });
      seen.add(f.id);
    });
    const sum = file.factors.reduce((s, f) => s + f.weight, 0);
    if (Math.abs(sum - 1) > WEIGHT_TOLERANCE)
      ctx.addIssue({
        code: 'custom',
        path: ['factors'],
        message: `weights must sum to 1 (they sum to ${Number(sum.toFixed(9))})`,
      });
  });

export type ScoringFile = z.output<typeof scoringFileSchema>;
export type ScoringFactor = ScoringFile['factors'][number];
