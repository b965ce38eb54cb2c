import { countryName } from '../../geo/countries/world-region.js';
import type { Indicator } from '../indicator-types.js';
import { isIncomplete } from '../trends/count-units-by-year.js';
import { originsByYear, yearSpan } from './origins-by-year.js';
import { basisMixNote, basisParameters, noOriginWithYear, originCoverage } from './unit-origins.js';

export interface CountryTrendRow {
  [key: string]: string | number | boolean;
  country: string;
  name: string;
  nameZh: string;
  year: number;
  count: number;
  incomplete: boolean;
}

export const countryTrend: Indicator<CountryTrendRow> = {
  id: 'country-trend',
  spec: {
    title: { en: 'Origin countries by year', zh: '主要来源国年度趋势' },
    description: {
      en: 'Units per year for the top origin countries (--top, ranked by their units over all years), fractional origin countries as in country-share; every year from the first to the last is listed, zeros included.',
      zh: '主要来源国（按全部年份的单元数排名，取前 --top 个）的逐年分数计数，来源国口径同来源国分布；首末年份之间的每一年均列出，包括零值。',
    },
    formula: 'count_(c,y) = Σ_(u in y) w_(u,c)',
    counting: 'fractional',
  },
  async compute(context) {
    const origins = await originCoverage(context);
    const rows = await originsByYear(context);
    if (rows.length === 0) {
      return {
        data: [],
        coverage: origins.coverage,
        unsupported: noOriginWithYear(context.params.dateBasis),
      };
    }
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.country, (totals.get(r.country) ?? 0) + r.count);
    const top = [...totals]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, context.params.top)
      .map(([country]) => country);
    const cells = new Map(rows.map((r) => [`${r.country}|${r.year}`, r.count]));
    const data: CountryTrendRow[] = [];
    for (const country of top) {
      const name = countryName(country, 'en');
      const nameZh = countryName(country, 'zh');
      for (const year of yearSpan(rows)) {
        const count = cells.get(`${country}|${year}`) ?? 0;
        data.push({ country, name, nameZh, year, count, incomplete: isIncomplete(year, context) });
      }
    }
    return {
      data,
      coverage: origins.coverage,
      notes: [basisMixNote(origins)],
      parameters: { ...basisParameters(origins), top: context.params.top, countries: totals.size },
    };
  },
};
