import { z } from 'zod';

/**
 * The taxonomy file format (`patlas-taxonomy/1`), written in YAML (or JSON, which is YAML). Each field's
 * `describe` text is what a user reads when the field is wrong; docs/taxonomy-format.md shows the format
 * with examples. Semantic checks (codes, keyword syntax, parents, unique ids) follow in load-taxonomy.ts.
 */
export const TAXONOMY_FORMAT = 'patlas-taxonomy/1';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'an id is lower-case letters, digits, `-`, `_` or `.`, e.g. ai-chips')
  .describe('a stable identifier, stored with every label');

const localised = z
  .strictObject({ en: z.string().min(1), zh: z.string().min(1) })
  .describe('English and Chinese text: { en: ..., zh: ... }');

const chineseTerm = z
  .union([
    z.string().min(1),
    z.strictObject({
      term: z.string().min(1),
      exclude: z
        .array(z.string().min(1))
        .min(1)
        .describe('longer contexts around the term that must not count, e.g. 推荐使用 for 推荐'),
    }),
  ])
  .describe('a Chinese term matched in text without spaces, or { term, exclude: [contexts] }');

const keywordSet = z
  .strictObject({
    en: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'English keyword expressions: `neural +1w net*`, `machine* /1w learn*`, "phrase", AND, OR, NOT',
      ),
    zh: z.array(chineseTerm).optional().describe('Chinese terms (substring match on normalised text)'),
  })
  .describe('keywords: { en: [expressions], zh: [terms] }');

export const TEXT_FIELDS = ['title', 'abstract', 'claims'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

const codes = z
  .array(z.string().min(1))
  .describe('IPC/CPC patterns: G06N, G06N3, G06N3/08, G06F17/27*, G06N3/02-G06N3/126, >=A AND <=B');

const rule = z.strictObject({
  id,
  note: z.string().optional().describe('why the rule is there, its source'),
  codes: codes.optional(),
  keywords: keywordSet.optional(),
  fields: z
    .array(z.enum(TEXT_FIELDS))
    .min(1)
    .optional()
    .describe('text fields the keywords are looked for in (default: the taxonomy fields)'),
  require_codes: codes.optional().describe('the rule also needs one of these codes'),
  require_keywords: keywordSet.optional().describe('the rule also needs one of these keywords'),
  exclude_codes: codes.optional().describe('the rule does not hold when one of these codes is present'),
  exclude_keywords: keywordSet
    .optional()
    .describe('the rule does not hold when one of these keywords is present'),
});

const category = z.strictObject({
  id,
  name: localised,
  description: localised.optional(),
  parent: id.optional().describe('the id of the parent category (a layer or a group)'),
  scope: z
    .enum(['any', 'root'])
    .default('any')
    .describe('any: a hit also puts the publication in the root; root: only assigned inside the root'),
  fallback: z
    .boolean()
    .default(false)
    .describe('assigned to root publications that match no sibling category (e.g. Generic/Unspecified)'),
  rules: z.array(rule).default([]),
});

const root = z.strictObject({
  id,
  name: localised,
  generic_terms: keywordSet
    .optional()
    .describe('generic terms of the root: artificial intelligence, 人工智能 ...'),
  rules: z.array(rule).default([]).describe("the root's own rules (e.g. the WIPO AI universe)"),
  from_categories: z
    .boolean()
    .default(true)
    .describe('a hit of any category with scope "any" also puts the publication in the root'),
});

export const taxonomyFileSchema = z.strictObject({
  format: z.literal(TAXONOMY_FORMAT).describe(`the file format, always "${TAXONOMY_FORMAT}"`),
  id,
  version: z.string().min(1).describe('the version stored with every label, e.g. "2024.1"'),
  name: localised,
  description: localised.optional(),
  partial: z.boolean().default(false).describe('true when the taxonomy reproduces only part of its source'),
  sources: z.array(z.string().min(1)).min(1).describe('where the rules come from'),
  notes: z.string().optional().describe('choices made, e.g. the Chinese equivalents of English keywords'),
  fields: z
    .array(z.enum(TEXT_FIELDS))
    .min(1)
    .default([...TEXT_FIELDS]),
  root,
  categories: z.array(category).min(1),
});

export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
export type TaxonomyRule = TaxonomyFile['categories'][number]['rules'][number];
export type TaxonomyCategory = TaxonomyFile['categories'][number];
export type TaxonomyRoot = TaxonomyFile['root'];
export type KeywordSet = NonNullable<TaxonomyRule['keywords']>;
export type ChineseTermEntry = NonNullable<KeywordSet['zh']>[number];
