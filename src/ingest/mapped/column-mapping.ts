import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { PatlasError } from '../../domain/patlas-error.js';

/** Multi-value separators seen in exports: `;` and `；` are treated alike, `;;` is Lens style. */
export const SEPARATORS = [';', '；', '|', ';;', ',', '、', '\n'] as const;
export type Separator = (typeof SEPARATORS)[number];

const columnName = z.string().trim().min(1, 'a column name must not be empty');
const columns = z.union([columnName, z.array(columnName).min(1)], {
  error: 'a column name or a list of alternative column names',
});
const lang = z
  .string()
  .regex(/^([a-z]{2}|und|auto)$/, 'a two-letter language code such as "zh" or "en", "und" or "auto"');
const dateOrder = z.enum(['ymd', 'dmy', 'mdy']);
const separator = z.enum(SEPARATORS);

const fieldSpec = z.strictObject({
  /** The header of the column, or alternatives tried in order (exports differ between versions). */
  column: columns,
  /** For multi-valued columns: what separates the values. */
  separator: separator.optional(),
  /** For date columns: how to read `01/02/2003`-like dates. */
  dateOrder: dateOrder.optional(),
  /** For text columns: the language of the text; `auto` tells Chinese, Japanese, Korean by script. */
  lang: lang.optional(),
  /** For size / count fields: count the separated values instead of reading a number. */
  count: z.boolean().optional(),
});
export type FieldSpec = z.infer<typeof fieldSpec>;

const textSpecs = z.array(fieldSpec).min(1);

const fields = z.strictObject({
  publicationNumber: fieldSpec.optional(),
  country: fieldSpec.optional(),
  docNumber: fieldSpec.optional(),
  kind: fieldSpec.optional(),
  titles: textSpecs.optional(),
  abstracts: textSpecs.optional(),
  applicationNumber: fieldSpec.optional(),
  applicationDate: fieldSpec.optional(),
  publicationDate: fieldSpec.optional(),
  grantDate: fieldSpec.optional(),
  priorityNumbers: fieldSpec.optional(),
  priorityDate: fieldSpec.optional(),
  ipcMain: fieldSpec.optional(),
  ipc: fieldSpec.optional(),
  cpcMain: fieldSpec.optional(),
  cpc: fieldSpec.optional(),
  applicants: fieldSpec.optional(),
  inventors: fieldSpec.optional(),
  applicantAddress: fieldSpec.optional(),
  applicantProvince: fieldSpec.optional(),
  applicantCountry: fieldSpec.optional(),
  legalStatus: fieldSpec.optional(),
  familyId: fieldSpec.optional(),
  familySize: fieldSpec.optional(),
  citedByCount: fieldSpec.optional(),
  claimsCount: fieldSpec.optional(),
  firstClaim: fieldSpec.optional(),
});
export type MappedFields = z.infer<typeof fields>;
export type FieldName = keyof MappedFields;

export const columnMappingSchema = z
  .strictObject({
    /** Short id stored as the records' format version, e.g. `incopat-zh`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens'),
    description: z.string().optional(),
    /** Where the column names come from (documentation only). */
    sources: z.array(z.string()).optional(),
    detect: z.strictObject({
      /** Every entry must be in the header (an entry that is a list: any one of them). */
      requiredColumns: z.array(columns).min(1),
    }),
    defaults: z
      .strictObject({
        separator: separator.optional(),
        dateOrder: dateOrder.optional(),
        lang: lang.optional(),
        /** Country prefixed to publication numbers that are bare digits. */
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, 'a two-letter office code such as "CN"')
          .optional(),
      })
      .optional(),
    fields,
  })
  .refine((m) => m.fields.publicationNumber !== undefined || m.fields.docNumber !== undefined, {
    message: 'fields needs "publicationNumber" or "docNumber" (with "country" and "kind")',
    path: ['fields'],
  });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** Validate a parsed mapping; `name` (usually the file path) starts every error message. */
export function parseColumnMapping(json: unknown, name: string): ColumnMapping {
  const result = columnMappingSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const at = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `unknown key "${at ? `${at}.` : ''}${key}"`).join(', ');
    }
    return `${at ? `"${at}": ` : ''}${issue.message}`;
  });
  throw new PatlasError('bad-mapping', `${name}: ${problems.join('; ')}`, {
    hint: 'See docs/column-mapping.md for the mapping file format.',
  });
}

/** Read and validate a column-mapping JSON file. */
export async function loadColumnMapping(path: string): Promise<ColumnMapping> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new PatlasError('file-not-found', `${path}: cannot read the mapping file`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new PatlasError('bad-mapping', `${path}: not valid JSON (${reason})`, { cause });
  }
  return parseColumnMapping(json, path);
}
