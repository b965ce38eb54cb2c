import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { needsTaxonomyMessage, readCategoryNames } from './category-names.js';
import { categoryUnitsSql } from './category-units-sql.js';

export interface CategoryShareRow {
  [key: string]: string | number;
  category: string;
  name: string;
  nameZh: string;
  count: number;
  /** count / units in scope. */
  share: number;
}

export const categoryShare: Indicator<CategoryShareRow> = {
  id: 'category-share',
  spec: {
    title: { en: 'Share by technology category', zh: '各技术分支占比' },
    description: {
      en: 'Units per category of the taxonomy (--taxonomy) and their share of the units in scope; a unit in several categories counts in each, so shares can add up to more than 1.',
      zh: '分类体系（--taxonomy）各技术分支的数量及其占全部专利的比例；同时属于多个分支的专利在每个分支各计一次，因此占比之和可能大于1。',
    },
    formula: 'share = units labelled in the category / units in scope',
    usesDateBasis: false,
    counting: 'whole',
    notes: [
      bi(
        'Whole counting: a unit labelled in two categories counts once in each.',
        '整数计数：同时标引为两个分支的专利在每个分支各计一次。',
      ),
    ],
  },
  async compute(context) {
    const { store, params, scope } = context;
    if (!params.taxonomy) {
      return { data: [], unsupported: await needsTaxonomyMessage(store) };
    }
    const name = await readCategoryNames(store, params.taxonomy);
    const rows = await store.all<{ category: string; n: number }>(
      `SELECT category_id AS category, count(*) AS n FROM (${categoryUnitsSql(context)})
       GROUP BY category_id ORDER BY n DESC, category_id`,
      [params.taxonomy],
    );
    const units = scope.unitCount;
    const labelled = await store.one<{ n: number }>(
      `SELECT count(DISTINCT unit_id) AS n FROM (${categoryUnitsSql(context)})`,
      [params.taxonomy],
    );
    const covered = Number(labelled?.n ?? 0);
    const coverage = {
      field: bi(`units labelled by ${params.taxonomy}`, `经 ${params.taxonomy} 分类标引的专利`),
      units,
      covered,
      share: units ? covered / units : 0,
    };
    if (rows.length === 0)
      return {
        data: [],
        coverage,
        unsupported: bi(
          `no unit in scope has a label of ${params.taxonomy}`,
          `范围内没有专利带有 ${params.taxonomy} 分类标引`,
        ),
      };
    return {
      coverage,
      data: rows.map((r) => {
        const { en, zh } = name(r.category);
        return {
          category: r.category,
          name: en,
          nameZh: zh,
          count: Number(r.n),
          share: units ? Number(r.n) / units : 0,
        };
      }),
    };
  },
};
