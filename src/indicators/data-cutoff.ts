import type { Store } from '../store/open-store.js';
import type { DateBasis } from './indicator-types.js';

/** Months between filing and publication (the 18-month rule, Paris Convention priority year + 6 months). */
export const PUBLICATION_LAG_MONTHS = 18;

export interface DataCutoff {
  date: string | null;
  source: 'store' | 'user';
}

/** The cut-off the user set, else the latest publication date in the store (null when the store has none). */
export async function readDataCutoff(store: Store, userCutoff: string | undefined): Promise<DataCutoff> {
  if (userCutoff) return { date: userCutoff, source: 'user' };
  const row = await store.one<{ latest: string | null }>(
    "SELECT strftime(max(publication_date), '%Y-%m-%d') AS latest FROM publications",
  );
  return { date: row?.latest ?? null, source: 'store' };
}

/**
 * The last year all of whose units can be in the data. Filing bases (priority, application): a year is complete
 * when its last filing day plus the publication lag is on or before the cut-off; publication basis: the cut-off
 * year is complete only when the cut-off is 31 December.
 */
export function lastCompleteYear(cutoff: string | null, basis: DateBasis): number | null {
  if (!cutoff) return null;
  const [y, m, d] = cutoff.split('-').map(Number) as [number, number, number];
  if (basis === 'publication') return m === 12 && d === 31 ? y : y - 1;
  // Months fully covered by the data: through the cut-off month when the cut-off is its last day.
  const endOfMonth = d >= new Date(Date.UTC(y, m, 0)).getUTCDate();
  const coveredMonths = y * 12 + m - (endOfMonth ? 0 : 1);
  // Year Y is complete when its end (month (Y + 1) * 12) plus the lag is covered.
  return Math.floor((coveredMonths - PUBLICATION_LAG_MONTHS) / 12) - 1;
}
