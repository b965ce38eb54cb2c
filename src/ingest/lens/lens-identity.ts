import { type PublicationNumber, parsePublicationNumber } from '../../domain/publication-number.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { type LensColumns, lensValue } from './lens-columns.js';

/**
 * The publication number of a Lens row: `Publication Number` / `Display Key` (`US 2013/0101709 A1`),
 * completed by `Kind` when it lacks one.
 *
 * The current-layout sample has neither column (only Jurisdiction, Lens ID, Application Number). There
 * the identity is Jurisdiction + the application number's digits, kind null, with a warning on the
 * record: for AU that is the publication number itself, for US it names the application uniquely and
 * cannot collide with a real US publication number. A Lens ID is not a publication number and a PCT
 * application number (`PCT/SE2021/050654`) would collide with an unrelated WO publication, so such rows
 * are rejected with the reason.
 */
export function lensIdentity(
  fields: Record<string, string>,
  columns: LensColumns,
  warnings: RecordWarning[],
): PublicationNumber | string {
  const kind = lensValue(fields, columns, 'kind') || null;
  // Corrected EP grants carry their correction date: `EP 0259054 B9 20031217`.
  const raw = lensValue(fields, columns, 'publicationNumber').replace(/\s+\d{8}$/, '');
  if (raw !== '') {
    // The kind is added only when the number lacks one: `defaults.kind` would append `A1` to `...A1` too.
    const id = parsePublicationNumber(raw);
    const completed = id && id.kind === null && kind ? parsePublicationNumber(raw, { kind }) : id;
    return completed ?? `not a publication number: "${raw}"`;
  }
  const jurisdiction = lensValue(fields, columns, 'jurisdiction').toUpperCase();
  const application = lensValue(fields, columns, 'applicationNumber');
  if (columns.names.publicationNumber !== null || jurisdiction === '' || application === '') {
    return 'no publication number';
  }
  const digits = application.replace(/[\s,./-]/g, '');
  const id =
    /^\d+$/.test(digits) && jurisdiction !== 'WO' ? parsePublicationNumber(`${jurisdiction}${digits}`) : null;
  if (!id) {
    return `this Lens export has no publication number column and application number "${application}" cannot stand in for one`;
  }
  warnings.push({
    field: 'publicationNumber',
    reason: `no publication number in this Lens export: identity built from Jurisdiction + Application Number (${jurisdiction} ${application})`,
  });
  return id;
}
