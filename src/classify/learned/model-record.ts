import { z } from 'zod';
import { featureRecipeSchema } from './feature-recipe.js';

/** What the model recognises: the seed it was trained on, and the category its labels get. */
export const modelTargetSchema = z.object({
  seed: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('taxonomy'), taxonomyId: z.string(), categoryId: z.string().nullable() }),
    z.object({ kind: z.literal('file'), file: z.string() }),
  ]),
  /** `category_id` of the labels `apply` writes: the seed's category, else the model's name. */
  categoryId: z.string(),
  seedPublications: z.number(),
  seedUnknown: z.number(),
});
export type ModelTarget = z.infer<typeof modelTargetSchema>;

const codeSchema = z.object({ symbol: z.string(), seedShare: z.number(), corpusShare: z.number() });

/** Everything needed to rebuild the features and to retrain: recipe, hyper-parameters, expansion, snapshot. */
export const modelParamsSchema = z.object({
  features: featureRecipeSchema,
  model: z.object({
    kind: z.literal('logistic-regression'),
    bias: z.number(),
    /** The weights BLOB: `dimension` little-endian float32 values, one per hash bucket. */
    weightsEncoding: z.literal('float32-le'),
    dimension: z.number().int().positive(),
  }),
  training: z.object({
    optimiser: z.literal('sgd-adagrad'),
    epochs: z.number(),
    learningRate: z.number(),
    l2: z.number(),
    seed: z.number(),
    classWeights: z.enum(['balanced', 'none']),
    positiveWeight: z.number(),
    negativeWeight: z.number(),
    positives: z.number(),
    negatives: z.number(),
  }),
  expansion: z.object({
    corpus: z.number(),
    seed: z.number(),
    codeScheme: z.enum(['cpc', 'ipc']).nullable(),
    minCodeShare: z.number(),
    minCodeRatio: z.number(),
    codes: z.array(codeSchema),
    l1Codes: z.number(),
    citationLevel: z.enum(['family', 'publication', 'mixed']),
    l1Citations: z.number(),
    l1: z.number(),
    l2: z.number(),
    antiSeedRequested: z.number(),
    antiSeedCandidates: z.number(),
    antiSeed: z.number(),
    withoutFeatures: z.object({ positives: z.number(), negatives: z.number() }),
  }),
  holdout: z.object({ fraction: z.number(), seed: z.number() }),
  /** The store the model was trained on, as it was: its latest ingest run and its size. */
  snapshot: z.object({
    store: z.string(),
    publications: z.number(),
    lastIngestRun: z.number().nullable(),
    lastIngestAt: z.string().nullable(),
  }),
});
export type ModelParams = z.infer<typeof modelParamsSchema>;

/** Held-out precision, recall and F1 of the stored weights (trained without the held-out publications). */
export const modelEvaluationSchema = z.object({
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  confusion: z.object({ tp: z.number(), fp: z.number(), fn: z.number(), tn: z.number() }),
  threshold: z.number(),
  heldOut: z.object({ size: z.number(), positives: z.number(), negatives: z.number() }),
  trainSize: z.number(),
});
export type ModelEvaluation = z.infer<typeof modelEvaluationSchema>;
