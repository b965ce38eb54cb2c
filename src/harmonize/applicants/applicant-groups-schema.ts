import { z } from 'zod';

const KEY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Z0-9]+$/u;

const matchKeyPart = z
  .string()
  .regex(KEY, 'a match key: upper-case A-Z, digits and CJK characters only, e.g. STATEGRID or 中国科学院')
  .refine((key) => [...key].length >= 4 || /\p{Script=Han}{2}/u.test(key), 'at least 4 characters (2 Han)');

export const applicantGroupSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens, e.g. state-grid'),
    name: z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166 two-letter country code')
      .nullable()
      .default(null)
      .describe('the country of the group headquarters'),
    note: z.string().optional().describe('why entities are in or out of the group'),
    entities: z.array(z.string().min(1)).min(1).describe('applicant names as they appear in patent data'),
    key_prefixes: z
      .array(matchKeyPart)
      .default([])
      .describe('match keys that start with one of these belong to the group (only where no other firm can)'),
    key_suffixes: z
      .array(matchKeyPart)
      .default([])
      .describe('match keys that end with one of these belong to the group'),
  })
  .strict();

export const applicantGroupsFileSchema = z
  .object({
    version: z.string().min(1),
    groups: z.array(applicantGroupSchema).min(1),
  })
  .strict();

export type ApplicantGroupEntry = z.infer<typeof applicantGroupSchema>;
