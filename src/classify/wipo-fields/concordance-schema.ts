import { z } from 'zod';

/** One row of WIPO's table: a subclass (`G06N`) or a PATSTAT-padded main group (`H04N  21`). */
export const concordanceRowSchema = z.strictObject({
  ipc_maingroup_symbol: z
    .string()
    .regex(
      /^[A-H]\d{2}[A-Z](?: *\d{1,4})?$/,
      'a subclass such as G06N or a padded main group such as H04N  21',
    ),
  field_nr: z.coerce.number().int().min(1).max(35),
  sector: z.string().trim().min(1),
  field_name: z.string().trim().min(1),
});

/** A subclass (`G06V`) or an unpadded subclass + main group (`G06F40`). */
const extensionKey = z.string().regex(/^[A-H]\d{2}[A-Z](?:\d{1,4})?$/, 'a key such as G06V or G06F40');

export const fieldExtensionsSchema = z.strictObject({
  description: z.string().min(1),
  extensions: z.array(
    z.strictObject({
      symbol: extensionKey,
      fieldNr: z.number().int().min(1).max(35),
      reason: z.string().min(1, 'every extension needs its reason'),
    }),
  ),
  warnings: z.array(z.strictObject({ symbols: z.array(extensionKey).min(1), note: z.string().min(1) })),
});
export type FieldExtensions = z.infer<typeof fieldExtensionsSchema>;
