import { bi, unitsWithYear } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { isIncomplete } from '../trends/count-units-by-year.js';
import { needsTaxonomyMessage, readCategoryNames } from './category-names.js';
import { categoryUnitsSql } from './category-units-sql.js';

export interface CategoryTrendRow {
  [key: string]: string | number | boolean;
  category: string;
  name: string;
  nameZh: string;
  year: number;
  count: number;
  incomplete: boolean;
}

export const categoryTrend: Indicator<CategoryTrendRow> = {
  id: 'category-trend',
  spec: {
    title: { en: 'Trend by technology category', zh: '各技术分支专利申请趋势' },
    description: {
      en: 'Units per category of the taxonomy (--taxonomy) per year of the date basis; a unit in several categories counts in each. Years after the last complete year are incomplete (publication lag).',
      zh: '按分类体系（--taxonomy）的各技术分支逐年统计数量；同时属于多个分支的专利在每个分支各计一次。最后完整年份之后的年份受公开滞后影响，数据不完整。',
    },
    counting: 'whole',
    notes: [
      bi(
        'Whole counting: a unit labelled in two categories counts once in each, so category counts can add up to more than the units in scope.',
        '整数计数：同时标引为两个分支的专利在每个分支各计一次，因此各分支数量之和可能大于范围内的专利数。',
      ),
    ],
  },
  async compute(context) {
    const { store, params, scope } = context;
    const coverage = {
      field: unitsWithYear(params.dateBasis),
      units: scope.unitCount,
      covered: scope.unitsWithYear,
      share: scope.unitCount ? scope.unitsWithYear / scope.unitCount : 0,
    };
    if (!params.taxonomy) return { data: [], coverage, unsupported: await needsTaxonomyMessage(store) };
    const name = await readCategoryNames(store, params.taxonomy);
    const rows = await store.all<{ category: string; year: number; n: number }>(
      `WITH cu AS (${categoryUnitsSql(context)})
       SELECT cu.category_id AS category, u.year, count(*) AS n
       FROM cu JOIN ${scope.units} u ON u.unit_id = cu.unit_id WHERE u.year IS NOT NULL
       GROUP BY ALL ORDER BY category, year`,
      [params.taxonomy],
    );
    if (rows.length === 0) {
      return {
        data: [],
        coverage,
        unsupported: bi(
          `no unit in scope has a label of ${params.taxonomy} and a year`,
          `范围内没有专利同时带有 ${params.taxonomy} 分类标引和年份信息`,
        ),
      };
    }
    const years = rows.map((r) => Number(r.year));
    const first = Math.min(...years);
    const last = Math.max(...years);
    const counts = new Map(rows.map((r) => [`${r.category}|${r.year}`, Number(r.n)]));
    const categories = [...new Set(rows.map((r) => r.category))];
    const data: CategoryTrendRow[] = [];
    for (const category of categories) {
      const { en, zh } = name(category);
      for (let year = first; year <= last; year += 1) {
        const count = counts.get(`${category}|${year}`) ?? 0;
        data.push({ category, name: en, nameZh: zh, year, count, incomplete: isIncomplete(year, context) });
      }
    }
    return { data, coverage };
  },
};
