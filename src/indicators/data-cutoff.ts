import type { Store } from '../store/open-store.js';
import { bi } from './bilingual.js';
import type { Bilingual, DateBasis } from './indicator-types.js';

/** Months between filing and publication (the 18-month rule, Paris Convention priority year + 6 months). */
export const PUBLICATION_LAG_MONTHS = 18;

/** Sources holding less than this share of the scope's publications do not set the cut-off. */
export const CUTOFF_SOURCE_MIN_SHARE = 0.05;

export interface DataCutoff {
  date: string | null;
  source: 'store' | 'user';
  /** How the date was found, printed with the definition. */
  explanation: Bilingual;
}

/**
 * The cut-off the user set, else the data's own: for each source format holding at least 5 % of the scope's
 * publications, its latest publication date; the earliest of those. A store mixing a 2016 export with a few 2022
 * documents is complete only to 2016: the few recent documents must not make 2017-2022 look like a collapse.
 */
export async function readDataCutoff(
  store: Store,
  scopePubs: string,
  userCutoff: string | undefined,
): Promise<DataCutoff> {
  if (userCutoff)
    return { date: userCutoff, source: 'user', explanation: bi('set by the user', '由用户指定') };
  const rows = await store.all<{ source_format: string; latest: string; n: number }>(
    `WITH per_source AS (
       SELECT p.source_format, max(p.publication_date) AS latest, count(*) AS n
       FROM ${scopePubs} s JOIN publications p USING (publication_number) GROUP BY p.source_format)
     SELECT source_format, strftime(latest, '%Y-%m-%d') AS latest, n FROM per_source
     WHERE latest IS NOT NULL AND n >= ? * (SELECT count(*) FROM ${scopePubs})
     ORDER BY latest, source_format`,
    [CUTOFF_SOURCE_MIN_SHARE],
  );
  const first = rows[0];
  if (!first)
    return {
      date: null,
      source: 'store',
      explanation: bi('no publication dates in scope', '范围内没有公开日信息'),
    };
  const sources = rows.map((r) => `${r.source_format} ${r.latest}`).join(', ');
  const explanation =
    rows.length === 1
      ? bi(
          `latest publication date in scope (${first.source_format})`,
          `范围内最晚的公开日（${first.source_format}）`,
        )
      : bi(
          `latest publication date of ${first.source_format}, the earliest among the ${rows.length} sources holding >= 5 % of the scope (${sources})`,
          `${first.source_format} 的最晚公开日：在占范围内公开文本 5% 以上的 ${rows.length} 个数据源中，它的最晚公开日最早（${sources}）`,
        );
  return { date: first.latest, source: 'store', explanation };
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
