import { type WorldRegion, worldRegion } from '../../geo/countries/world-region.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { isIncomplete } from '../trends/count-units-by-year.js';
import { originsByYear, yearSpan } from './origins-by-year.js';
import { basisMixNote, basisParameters, noOriginWithYear, originCoverage } from './unit-origins.js';

export const WORLD_REGIONS: readonly WorldRegion[] = [
  'asia',
  'europe',
  'north-america',
  'latin-america-caribbean',
  'africa',
  'oceania',
];

export interface RegionTrendRow {
  [key: string]: string | number | boolean;
  /** A world region, or 'other' for origin codes without one (only listed when present). */
  region: WorldRegion | 'other';
  year: number;
  count: number;
  /** Of that year's units with an origin country. */
  share: number;
  incomplete: boolean;
}

export const regionTrend: Indicator<RegionTrendRow> = {
  id: 'region-trend',
  spec: {
    title: { en: 'Origin regions by year', zh: '技术来源地区年度分布' },
    description: {
      en: "Units per world region of origin and year (fractional origin countries as in country-share, grouped into WIPO-style regions: Asia includes the Middle East, North America is the US and Canada); share is of that year's units with an origin, so the shift between regions reads directly.",
      zh: '按技术来源地区和年份统计的分数计数（来源国同来源国分布，归入世界地区：亚洲含中东，北美为美国和加拿大）；占比为当年有来源信息单元的份额，可直接观察地区间的转移。',
    },
    formula: 'count_(r,y) = Σ_(c in r) Σ_(u in y) w_(u,c); share_(r,y) = count_(r,y) / Σ_r count_(r,y)',
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
    const cells = new Map<string, number>();
    const yearTotals = new Map<number, number>();
    const unplaced = new Set<string>();
    for (const r of rows) {
      const region = worldRegion(r.country) ?? 'other';
      if (region === 'other') unplaced.add(r.country);
      cells.set(`${region}|${r.year}`, (cells.get(`${region}|${r.year}`) ?? 0) + r.count);
      yearTotals.set(r.year, (yearTotals.get(r.year) ?? 0) + r.count);
    }
    const regions: (WorldRegion | 'other')[] = unplaced.size
      ? [...WORLD_REGIONS, 'other']
      : [...WORLD_REGIONS];
    const data: RegionTrendRow[] = [];
    for (const year of yearSpan(rows)) {
      const total = yearTotals.get(year) ?? 0;
      for (const region of regions) {
        const count = cells.get(`${region}|${year}`) ?? 0;
        data.push({
          region,
          year,
          count,
          share: total ? count / total : 0,
          incomplete: isIncomplete(year, context),
        });
      }
    }
    const notes = [basisMixNote(origins)];
    if (unplaced.size)
      notes.push(
        bi(
          `origin codes without a world region, counted as 'other': ${[...unplaced].sort().join(', ')}`,
          `无法归入世界地区的来源代码，计入“其他”（other）：${[...unplaced].sort().join('、')}`,
        ),
      );
    return { data, coverage: origins.coverage, notes, parameters: basisParameters(origins) };
  },
};
