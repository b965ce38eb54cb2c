import { dateField } from '../../domain/patent-date.js';
import type {
  Citation,
  DocumentType,
  Party,
  PatentRecord,
  PriorityClaim,
} from '../../domain/patent-record.js';
import { type PublicationNumber, parsePublicationNumber } from '../../domain/publication-number.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { earliestPriorityDate, yearOf } from '../record-parts/record-dates.js';

/** A publication number from a USPTO country / doc-number / kind triple (`US` `D0452599` `S1`). */
export function publicationIdOf(
  country: string | null,
  docNumber: string | null,
  kind: string | null,
): PublicationNumber | null {
  const number = (docNumber ?? '').replace(/\s+/g, '').toUpperCase();
  if (number === '') return null;
  const cc = (country ?? 'US').trim().toUpperCase() || 'US';
  const defaults = { kind: kind?.trim() || null };
  // `D0452599`, `RE37123` need the country in front; `WO99/12345`, `DE19812345` already carry it.
  const asGiven = number.startsWith(cc) ? parsePublicationNumber(number, defaults) : null;
  return asGiven ?? parsePublicationNumber(`${cc}${number}`, defaults);
}

/** USPTO kind codes to document types: S design, P plant, E reissue; other grants are grants. */
export function documentTypeOf(kind: string | null, isGrant: boolean): DocumentType {
  if (!isGrant) return 'application';
  const letter = (kind ?? '').trim().toUpperCase().charAt(0);
  if (letter === 'S') return 'design';
  if (letter === 'P') return 'plant';
  if (letter === 'E') return 'reissue';
  return 'grant';
}

/** A two-letter country code, or null for `omitted`, `unknown`, `N/A` and the like. */
export function countryCode(raw: string | null | undefined): string | null {
  const text = (raw ?? '').trim().toUpperCase();
  return /^[A-Z]{2}$/.test(text) ? text : null;
}

/** `cited by examiner` / `cited by applicant` / `cited by other` / `cited by third party`. */
export function citedByOf(text: string | null | undefined): Citation['citedBy'] {
  const t = (text ?? '').toLowerCase();
  if (t.includes('examiner')) return 'examiner';
  if (t.includes('applicant')) return 'applicant';
  if (t.includes('third')) return 'third-party';
  if (t.includes('other')) return 'other';
  return null;
}

/** `Family, Given` for persons; the family name alone when there is no given name. */
export function personName(family: string | null, given: string | null): string {
  return [family, given].filter((part): part is string => !!part && part.trim() !== '').join(', ');
}

/** A party with the fields the USPTO sources give; address, postcode and type when known. */
export function party(
  role: Party['role'],
  sequence: number,
  name: string,
  fields: Partial<Omit<Party, 'role' | 'sequence' | 'name'>> = {},
): Party {
  return {
    role,
    sequence,
    name: name.replace(/\s+/g, ' ').trim(),
    country: fields.country ?? null,
    city: fields.city ?? null,
    state: fields.state ?? null,
    address: fields.address ?? null,
    postcode: fields.postcode ?? null,
    partyType: fields.partyType ?? null,
  };
}

/** Renumber parties 1..n in the order given. */
export function sequenced(parties: Party[]): Party[] {
  return parties.map((p, i) => ({ ...p, sequence: i + 1 }));
}

/** The applicants: the assignees, or the inventors (partyType `inventor`) when a document names none. */
export function assigneesOrInventors(assignees: Party[], inventors: Party[]): Party[] {
  return sequenced(
    assignees.length > 0
      ? assignees
      : inventors.map((p) => ({ ...p, role: 'applicant', partyType: 'inventor' })),
  );
}

/**
 * The priority claim at position `index` of a document's list (sequence `index + 1`), or none when
 * it has no number; for `flatMap`.
 */
export function priorityClaimAt(
  index: number,
  number: string | null,
  date: string | null,
  country: string | null,
  warnings: RecordWarning[],
): PriorityClaim[] {
  if (!number) return [];
  return [
    {
      sequence: index + 1,
      country,
      number,
      date: dateField(date, `priorities[${index}].date`, warnings),
    },
  ];
}

/** The claim count a document states (`NCL`, `B577`, `number-of-claims`) when positive, else `counted`. */
export function claimsCountOf(stated: string | null, counted: number | null): number | null {
  const count = Number(stated);
  return Number.isInteger(count) && count > 0 ? count : counted;
}

/**
 * Fill the derived fields: earliest priority date (the application date when there are no priority
 * claims: the application is then its own first filing) and the years.
 */
export function finishRecord(record: PatentRecord): PatentRecord {
  record.priorityDate = earliestPriorityDate(record.priorities) ?? record.applicationDate;
  record.priorityYear = yearOf(record.priorityDate);
  record.publicationYear = yearOf(record.publicationDate);
  return record;
}

/** Null for empty, `N/A`, `None`; otherwise the text with whitespace collapsed. */
export function clean(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  return text === '' || /^(N\/A|NONE)$/i.test(text) ? null : text;
}
