import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { countUnitsByYear, yearCoverage } from './count-units-by-year.js';
import { cagr, logLinearGrowth } from './growth-rates.js';

/** Without --from, the window is the ten years up to its last (complete) year. */
export const DEFAULT_WINDOW_YEARS = 10;

export interface GrowthRow {
  [key: string]: number | boolean | null;
  start: number;
  end: number;
  countStart: number;
  countEnd: number;
  cagr: number | null;
  logLinear: number | null;
  includesIncomplete: boolean;
}

export const growth: Indicator<GrowthRow> = {
  id: 'growth',
  spec: {
    title: { en: 'Growth rate', zh: '年均增长率' },
    description: {
      en: 'Compound annual growth between the first and last year of the window (--from/--to; by default the ten years up to the last complete year), and the log-linear trend growth over every year of the window.',
      zh: '窗口首末年份之间的年均复合增长率（默认为截至最后完整年份的十年），以及窗口内各年份的对数线性趋势增长率。',
    },
    parameters: { defaultWindowYears: DEFAULT_WINDOW_YEARS },
    formula:
      'CAGR = (N_end / N_start)^(1 / (end - start)) - 1; log-linear = exp(beta) - 1, beta = OLS slope of ln N_y on y',
    counting: 'whole',
  },
  async compute(context) {
    const years = await countUnitsByYear(context);
    const coverage = yearCoverage(context);
    const { includeIncomplete, from, to } = context.params;
    const eligible = years.filter((y) => includeIncomplete || !y.incomplete);
    const lastYear = to ?? eligible[eligible.length - 1]?.year;
    const firstYear = from ?? (lastYear === undefined ? undefined : lastYear - DEFAULT_WINDOW_YEARS);
    const window = eligible.filter(
      (y) => firstYear !== undefined && y.year >= firstYear && y.year <= (lastYear ?? y.year),
    );
    const first = window.findIndex((y) => y.count > 0);
    const used = first < 0 ? [] : window.slice(first);
    const startYear = used[0];
    const endYear = used[used.length - 1];
    if (!startYear || !endYear || endYear.year <= startYear.year) {
      const why =
        years.some((y) => y.incomplete) && !includeIncomplete
          ? bi(
              'fewer than two complete years with units (years within the publication lag are left out; --include-incomplete uses them)',
              '有专利的完整年份不足两年（处于公开滞后期的年份未计入；使用 --include-incomplete 可纳入这些年份）',
            )
          : bi('fewer than two years with units', '有专利的年份不足两年');
      return { data: [], coverage, unsupported: why };
    }
    const notes = years.some((y) => y.incomplete)
      ? [
          includeIncomplete
            ? bi(
                'includes incomplete years (asked for): the end of the window is understated by the publication lag',
                '按要求纳入了不完整年份：受公开滞后影响，窗口末端的数量偏低',
              )
            : bi(
                `incomplete years after ${context.scope.lastCompleteYear} are left out`,
                `${context.scope.lastCompleteYear} 年之后的不完整年份未计入`,
              ),
        ]
      : [];
    return {
      coverage,
      notes,
      data: [
        {
          start: startYear.year,
          end: endYear.year,
          countStart: startYear.count,
          countEnd: endYear.count,
          cagr: cagr(startYear.year, endYear.year, startYear.count, endYear.count),
          logLinear: logLinearGrowth(used),
          includesIncomplete: used.some((y) => y.incomplete),
        },
      ],
    };
  },
};
