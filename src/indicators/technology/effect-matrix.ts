import type { SqlParams } from '../../store/open-store.js';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { readCategoryNames } from './category-names.js';
import { categoryUnitsSql } from './category-units-sql.js';

export interface EffectMatrixRow {
  [key: string]: string | number;
  /** The branch: a category of --taxonomy, or a WIPO field number without it. */
  category: string;
  name: string;
  effect: string;
  count: number;
  /** count / units of the branch in scope. */
  share: number;
}

export const effectMatrix: Indicator<EffectMatrixRow> = {
  id: 'effect-matrix',
  spec: {
    title: { en: 'Technology-effect matrix', zh: '技术-功效矩阵' },
    description: {
      en: 'Units per technology branch (category of --taxonomy; without it, WIPO technology field) and technical effect stated as an improvement, with their share of the branch.',
      zh: '按技术分支（--taxonomy 的分类；未指定时为WIPO技术领域）与技术功效统计的数量及其在该分支中的占比（仅计改进类功效）。',
    },
    formula: 'share = units of the branch stating the effect / units of the branch',
    usesDateBasis: false,
    counting: 'whole',
    notes: [
      bi(
        "Only effects with polarity 'improves' count (a stated worsening is not a technical effect of the invention).",
        '只统计“改进”类功效（文中陈述的性能变差不属于发明的技术功效）。',
      ),
      bi(
        'Whole counting: a unit counts in every branch and every effect it has.',
        '整数计数：一件专利在其所属的每个分支和具有的每项功效中各计一次。',
      ),
    ],
  },
  async compute(context) {
    const { store, params, scope } = context;
    const byTaxonomy = Boolean(params.taxonomy);
    const branchSql = byTaxonomy
      ? categoryUnitsSql(context)
      : `SELECT DISTINCT s.unit_id, tf.field_nr::VARCHAR AS category_id FROM ${scope.pubs} s
         JOIN technology_fields tf ON tf.publication_number = s.publication_number`;
    const values: SqlParams = byTaxonomy ? [params.taxonomy ?? ''] : [];
    const rows = await store.all<{ category: string; effect: string; n: number; branch: number }>(
      `WITH branch AS (${branchSql}),
       effect AS (SELECT DISTINCT s.unit_id, e.effect_id FROM ${scope.pubs} s
         JOIN technical_effects e ON e.publication_number = s.publication_number WHERE e.polarity = 'improves'),
       sizes AS (SELECT category_id, count(*) AS branch FROM branch GROUP BY category_id)
       SELECT b.category_id AS category, e.effect_id AS effect, count(*) AS n, any_value(z.branch) AS branch
       FROM branch b JOIN effect e ON e.unit_id = b.unit_id JOIN sizes z ON z.category_id = b.category_id
       GROUP BY b.category_id, e.effect_id ORDER BY category, n DESC, effect`,
      values,
    );
    const covered = await store.one<{ n: number }>(
      `SELECT count(DISTINCT s.unit_id) AS n FROM ${scope.pubs} s
       JOIN technical_effects e ON e.publication_number = s.publication_number WHERE e.polarity = 'improves'`,
    );
    const units = scope.unitCount;
    const n = Number(covered?.n ?? 0);
    const coverage = {
      field: bi('units with a technical effect (improves)', '有技术功效（改进类）的专利'),
      units,
      covered: n,
      share: units ? n / units : 0,
    };
    if (n === 0) {
      return {
        data: [],
        coverage,
        unsupported: bi(
          'no unit in scope has a technical effect (run `patlas effects`; effects need titles, abstracts or claims)',
          '范围内没有专利标引技术功效（请运行 `patlas effects`；功效识别需要标题、摘要或权利要求）',
        ),
      };
    }
    if (rows.length === 0) {
      const missing = byTaxonomy
        ? bi(`a label of ${params.taxonomy}`, `${params.taxonomy} 分类标引`)
        : bi(
            'a WIPO technology field (IPC/CPC classes; or give --taxonomy)',
            'WIPO技术领域（需要IPC/CPC分类号；或指定 --taxonomy）',
          );
      return {
        data: [],
        coverage,
        unsupported: bi(
          `no unit in scope has both ${missing.en} and a technical effect`,
          `范围内没有专利同时具有${missing.zh}和技术功效`,
        ),
      };
    }
    const taxonomyName = params.taxonomy ? await readCategoryNames(store, params.taxonomy) : null;
    const fieldNames = taxonomyName
      ? new Map<string, string>()
      : new Map(
          (
            await store.all<{ nr: number; name: string }>(
              'SELECT DISTINCT field_nr AS nr, field_name AS name FROM technology_fields',
            )
          ).map((r) => [String(r.nr), r.name]),
        );
    return {
      coverage,
      notes: taxonomyName
        ? []
        : [
            bi(
              'no --taxonomy: branches are the WIPO technology fields (35 fields, IPC concordance)',
              '未指定 --taxonomy：技术分支为WIPO技术领域（35个领域，按IPC对照表划分）',
            ),
          ],
      parameters: { branches: taxonomyName ? `taxonomy ${params.taxonomy}` : 'WIPO technology fields' },
      data: rows.map((r) => ({
        category: r.category,
        name: taxonomyName ? taxonomyName(r.category).en : (fieldNames.get(r.category) ?? r.category),
        effect: r.effect,
        count: Number(r.n),
        share: Number(r.n) / Number(r.branch),
      })),
    };
  },
};
