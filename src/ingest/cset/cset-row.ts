import { z } from 'zod';

/** The identity columns of a CSET row, checked at the boundary; the label columns are checked one by one. */
export const CsetRow = z.object({
  Publication_country: z.string().regex(/^[A-Z]{2}$/, 'not a two-letter country code'),
  Publication_number: z.string().min(1, 'empty publication number'),
  Simple_family_ID: z.string().regex(/^\d*$/, 'not a family id'),
  Publication_type: z.string().regex(/^[A-Z]\d?$/, 'not a kind code'),
  Patent_Type: z.string(),
  Priority_Year: z.string().regex(/^(\d{4})?$/, 'not a year'),
});
export type CsetRow = z.infer<typeof CsetRow>;

const IDENTITY_COLUMNS = new Set(Object.keys(CsetRow.shape));

/** The boolean label columns of a header: everything but the identity columns and the `num_*` counts. */
export function csetLabelColumns(header: string[]): string[] {
  return header.filter((name) => !IDENTITY_COLUMNS.has(name) && !name.startsWith('num_'));
}

/** A zod failure as one line: `Priority_Year: not a year`. */
export function csetRowProblem(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
}
