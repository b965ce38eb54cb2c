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

type SourceLatest = {
  source_format: string;
  latest: string;
  /** What the date is: the latest publication date, or a lower bound from a later-known field. */
  basis: 'publication date' | 'publication year' | 'filing date' | 'priority year';
  n: number;
};

const BASIS_ZH: Record<SourceLatest['basis'], string> = {
  'publication date': '公开日',
  'publication year': '公开年',
  'filing date': '申请日或优先权日',
  'priority year': '优先权年',
};

/**
 * The cut-off the user set, else the data's own: for each source format holding at least 5 % of the scope's
 * publications, its latest publication date; the earliest of those. A store mixing a 2016 export with a few 2022
 * documents is complete only to 2016: the few recent documents must not make 2017-2022 look like a collapse.
 * Sources without publication dates (istat, CSET, many spreadsheets) do not take part while any source has them: a
 * sample of 2000-2001 filings says nothing about when it was extracted. When no source has them, the latest
 * publication year, filing date or priority year is a lower bound of the extract date and stands in for it (1 January
 * of a year): it can only make fewer years count as complete, never more, and the explanation says to set --cutoff.
 */
export async function readDataCutoff(
  store: Store,
  scopePubs: string,
  userCutoff: string | undefined,
): Promise<DataCutoff> {
  if (userCutoff)
    return { date: userCutoff, source: 'user', explanation: bi('set by the user', '由用户指定') };
  const rows = await store.all<SourceLatest>(
    `WITH per_source AS (
       SELECT p.source_format, count(*) AS n, max(p.publication_date) AS pub_date, max(p.publication_year) AS pub_year,
         max(greatest(p.application_date, p.priority_date)) AS filing_date, max(p.priority_year) AS prio_year
       FROM ${scopePubs} s JOIN publications p USING (publication_number) GROUP BY p.source_format),
     latest AS (
       SELECT source_format, n,
         CASE WHEN pub_date IS NOT NULL THEN pub_date
           WHEN pub_year IS NOT NULL THEN make_date(pub_year, 1, 1)
           WHEN filing_date IS NOT NULL THEN filing_date
           WHEN prio_year IS NOT NULL THEN make_date(prio_year, 1, 1) END AS latest,
         CASE WHEN pub_date IS NOT NULL THEN 'publication date'
           WHEN pub_year IS NOT NULL THEN 'publication year'
           WHEN filing_date IS NOT NULL THEN 'filing date'
           ELSE 'priority year' END AS basis
       FROM per_source)
     SELECT source_format, strftime(latest, '%Y-%m-%d') AS latest, basis, n FROM latest
     WHERE latest IS NOT NULL AND n >= ? * (SELECT count(*) FROM ${scopePubs})
     ORDER BY latest, source_format`,
    [CUTOFF_SOURCE_MIN_SHARE],
  );
  const dated = rows.filter((r) => r.basis === 'publication date');
  const chosen = dated.length > 0 ? dated : rows;
  const first = chosen[0];
  if (!first)
    return {
      date: null,
      source: 'store',
      explanation: bi('no publication or filing dates in scope', '范围内没有公开日或申请日信息'),
    };
  const how = (r: SourceLatest) =>
    r.basis === 'publication date'
      ? bi(`${r.source_format} ${r.latest}`, `${r.source_format} ${r.latest}`)
      : bi(
          `${r.source_format} ${r.latest} (no publication dates: lower bound from its latest ${r.basis})`,
          `${r.source_format} ${r.latest}（无公开日：按其最晚${BASIS_ZH[r.basis]}估计的下限）`,
        );
  const sources = chosen.map(how);
  const estimated = first.basis !== 'publication date';
  const advice = estimated
    ? bi(
        '; the extract date is not in the data: set --cutoff to it for the right incomplete years',
        '；数据中没有检索（导出）日期，请用 --cutoff 指定，以正确判断不完整年份',
      )
    : bi('', '');
  const explanation =
    chosen.length === 1
      ? bi(
          `${estimated ? 'estimated' : 'latest publication date'} in scope: ${how(first).en}${advice.en}`,
          `${estimated ? '估计的' : ''}范围内最晚${estimated ? '日期' : '公开日'}：${how(first).zh}${advice.zh}`,
        )
      : bi(
          `the earliest among the ${chosen.length} sources holding >= 5 % of the scope (${sources.map((x) => x.en).join(', ')})${advice.en}`,
          `在占范围内公开文本 5% 以上的 ${chosen.length} 个数据源中取最早者（${sources.map((x) => x.zh).join('，')}）${advice.zh}`,
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
