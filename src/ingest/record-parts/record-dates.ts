import type { PriorityClaim } from '../../domain/patent-record.js';

/** The year of an ISO date (`2013-04-25` -> 2013), or null. */
export function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** The earliest date of the priority claims, or null when none has one. */
export function earliestPriorityDate(claims: readonly PriorityClaim[]): string | null {
  let earliest: string | null = null;
  for (const claim of claims) {
    if (claim.date !== null && (earliest === null || claim.date < earliest)) earliest = claim.date;
  }
  return earliest;
}
