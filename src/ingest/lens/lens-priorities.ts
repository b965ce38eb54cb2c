import { dateField } from '../../domain/patent-date.js';
import type { PriorityClaim } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';

/**
 * Lens priority numbers: `AT 33585 A 19850206` (country, number, application kind, date) in raw exports,
 * `AT 33585 A` with the dates in a separate column in the cleaned files. Numbers may hold spaces
 * (`AU 2003 904810 A`), which are removed; the application kind letter (A, P, W, U) is dropped.
 */
const ENTRY = /^([A-Z]{2})\s+(.+?)(?:\s+([A-Z]\d?))?(?:\s+(\d{8}))?$/;

export function lensPriorities(
  entries: string[],
  separateDates: string[],
  warnings: RecordWarning[],
): PriorityClaim[] {
  const claims: PriorityClaim[] = [];
  entries.forEach((entry, i) => {
    const match = ENTRY.exec(entry.trim());
    if (!match) {
      warnings.push({ field: 'priorities', reason: `not a Lens priority number: "${entry}"` });
      return;
    }
    const rawDate = match[4] ?? separateDates[i] ?? null;
    claims.push({
      sequence: claims.length + 1,
      country: match[1]!,
      number: match[2]!.replace(/\s+/g, ''),
      date: dateField(rawDate, `priorities[${i}].date`, warnings),
    });
  });
  return claims;
}
