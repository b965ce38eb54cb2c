import { z } from 'zod';

/**
 * How a document becomes a feature vector. It is stored in the model's params, and `apply` rebuilds the
 * features from it, so a model scores new documents exactly as it saw its training documents.
 */
export const featureRecipeSchema = z.object({
  version: z.literal(1),
  /** Token -> 32-bit hash: FNV-1a over UTF-16 code units, then murmur3's fmix32. */
  hash: z.literal('fnv1a32-fmix32'),
  /** 2^bits buckets (the weight vector's length). */
  bits: z.number().int().min(10).max(24),
  /** The hash's top bit signs the value, so colliding tokens cancel rather than add up. */
  signed: z.boolean(),
  /** Title, abstract and first claim, every language the document has. */
  fields: z.array(z.enum(['title', 'abstract', 'claims'])).min(1),
  english: z.object({
    /** Words from tokenizeText; bigrams join adjacent words left after the stop words. */
    ngrams: z.union([z.literal(1), z.literal(2)]),
    stopWords: z.literal('patlas-en-1'),
    /** `plural`: networks -> network, technologies -> technology; no other stemming. */
    suffix: z.enum(['plural', 'none']),
    minLength: z.number().int().min(1),
  }),
  chinese: z.object({
    /** Characters and character bigrams inside runs of Han characters (normaliseChineseText). */
    ngrams: z.union([z.literal(1), z.literal(2)]),
  }),
  codes: z.object({
    /** IPC and CPC symbols as `c:G06N` (subclass) and `c:G06N3` (main group), present or not. */
    levels: z.array(z.enum(['subclass', 'main_group'])),
  }),
  /** log(1 + count) per token, then the whole vector scaled to unit L2 norm. */
  termWeight: z.literal('log1p'),
  norm: z.literal('l2'),
});
export type FeatureRecipe = z.infer<typeof featureRecipeSchema>;

export const DEFAULT_FEATURE_RECIPE: FeatureRecipe = {
  version: 1,
  hash: 'fnv1a32-fmix32',
  bits: 18,
  signed: true,
  fields: ['title', 'abstract', 'claims'],
  english: { ngrams: 2, stopWords: 'patlas-en-1', suffix: 'plural', minLength: 2 },
  chinese: { ngrams: 2 },
  codes: { levels: ['subclass', 'main_group'] },
  termWeight: 'log1p',
  norm: 'l2',
};
