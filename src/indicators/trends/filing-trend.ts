import { noUnitWithYear } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { countUnitsByYear, yearCoverage } from './count-units-by-year.js';

export interface FilingTrendRow {
  [key: string]: number | boolean | null;
  year: number;
  count: number;
  /** Year-on-year change (N_y / N_{y-1} - 1); null when the previous year has no units. */
  change: number | null;
  incomplete: boolean;
}

export const filingTrend: Indicator<FilingTrendRow> = {
  id: 'filing-trend',
  spec: {
    title: { en: 'Filing trend', zh: '专利申请趋势' },
    description: {
      en: 'Units per year of the date basis, with the year-on-year change; years after the last complete year are incomplete because of the 18-month publication lag.',
      zh: '按日期口径统计的逐年数量及同比变化；受18个月公开滞后影响，最后完整年份之后的年份数据不完整。',
    },
    formula: 'change_y = N_y / N_(y-1) - 1',
    counting: 'whole',
  },
  async compute(context) {
    const years = await countUnitsByYear(context);
    const data = years.map((y, i) => {
      const previous = i > 0 ? years[i - 1]?.count : undefined;
      return { ...y, change: previous ? y.count / previous - 1 : null };
    });
    const coverage = yearCoverage(context);
    if (coverage.covered === 0) {
      return { data: [], coverage, unsupported: noUnitWithYear(context.params.dateBasis) };
    }
    return { data, coverage };
  },
};
