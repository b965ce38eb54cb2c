import { z } from 'zod';

/**
 * The technical-effect lexicon file (`patlas-effect-lexicon/1`, JSON). English terms are words separated by
 * spaces or hyphens (both match either), lower case, a trailing `*` on the last word matches any ending;
 * Chinese terms are matched as substrings of the text without whitespace. Semantic checks (an exclusion must
 * contain its term, a term may not name two effects) follow in load-effect-lexicon.ts.
 */
export const LEXICON_FORMAT = 'patlas-effect-lexicon/1';

export const EFFECT_IDS = [
  'accuracy',
  'efficiency',
  'cost',
  'energy',
  'latency',
  'reliability',
  'security_privacy',
  'user_experience',
  'automation',
] as const;
export type EffectId = (typeof EFFECT_IDS)[number];

const effectId = z.enum(EFFECT_IDS).describe(`one of ${EFFECT_IDS.join(', ')}`);
const direction = z.enum(['increase', 'decrease']).describe('increase or decrease');

const term = z
  .union([
    z.string().min(1),
    z.strictObject({
      term: z.string().min(1),
      exclude: z
        .array(z.string().min(1))
        .min(1)
        .optional()
        .describe('longer contexts around the term that must not count, e.g. "power supply" for power'),
      window: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe('a smaller cue window for an ambiguous attribute (tokens or Han characters)'),
    }),
  ])
  .describe('a term, or { term, exclude?: [contexts], window?: n }');
export type LexiconTerm = z.infer<typeof term>;

const terms = z.array(term).describe('a list of terms');
const bilingual = z.strictObject({ en: terms, zh: terms }).describe('{ en: [terms], zh: [terms] }');

const attributeGroup = z.strictObject({
  good: direction.describe('the direction that is an improvement: accuracy increase, error rate decrease'),
  en: terms,
  zh: terms,
});

const phraseGroup = z.strictObject({
  direction: direction.describe('the change the phrase states: "faster" is increase, "cheaper" decrease'),
  polarity: z.enum(['improves', 'worsens']),
  en: terms,
  zh: terms,
});

const effect = z.strictObject({
  label: z.strictObject({ en: z.string().min(1), zh: z.string().min(1) }),
  attributes: z.array(attributeGroup).min(1).describe('attribute terms grouped by their good direction'),
  phrases: z
    .array(phraseGroup)
    .describe('words carrying both the attribute and its change: faster, 更准确, low-power'),
});

export const lexiconSchema = z.strictObject({
  format: z.literal(LEXICON_FORMAT, `the first key must be "format": "${LEXICON_FORMAT}"`),
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'an id is lower-case letters, digits, `-`, `_` or `.`'),
  version: z.string().min(1).describe('stored with every effect row, next to the id'),
  provenance: z.string().min(1).describe('where the terms come from'),
  window: z
    .strictObject({ en: z.number().int().min(1), zh: z.number().int().min(1) })
    .describe('the largest cue-attribute distance: English tokens, Han characters'),
  effects: z.strictObject(
    Object.fromEntries(EFFECT_IDS.map((id) => [id, effect])) as Record<EffectId, typeof effect>,
  ),
  cues: z.strictObject({
    increase: bilingual,
    decrease: bilingual,
    better: bilingual.describe('cues meaning "make better" whatever the attribute: improve, optimise, 改善'),
    worse: bilingual.describe('cues meaning "make worse": degrade, sacrifice, 恶化'),
    absence: bilingual.describe(
      'cues that remove the attribute: without, 无需; they also negate a cue after them',
    ),
    achieve: bilingual.describe(
      'cues that bring an attribute about (实现, achieve); only for achieveEffects',
    ),
  }),
  achieveEffects: z.array(effectId).describe('effects an achieve cue may pair with, e.g. automation'),
  degrees: z.strictObject({
    increase: bilingual,
    decrease: bilingual,
    better: bilingual,
  }),
  negators: bilingual,
  preventers: bilingual.describe(
    'words that keep a level when a lowering cue follows: avoid (reducing accuracy), 防止 (精度下降)',
  ),
  problemMarkers: bilingual.describe(
    'words of a prior-art or problem sentence: its "worsens" hits are dropped',
  ),
  solveFrame: z.strictObject({
    en: z.strictObject({ cues: terms, ends: terms }),
    zh: z.strictObject({ cues: terms, ends: terms }),
  }),
  conjunctions: bilingual,
  passages: z
    .strictObject({
      en: z.strictObject({ starts: terms, ends: terms }),
      zh: z.strictObject({ starts: terms, ends: terms }),
    })
    .describe(
      'an advantageous-effects passage: its headings (有益效果) and the headings that end it (附图说明)',
    ),
});
export type LexiconFile = z.infer<typeof lexiconSchema>;
