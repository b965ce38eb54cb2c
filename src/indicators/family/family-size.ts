import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { createFamilyFacts } from './family-facts.js';
import { FAMILY_FACT_NOTES, NO_UNITS } from './family-notes.js';

export interface FamilySizeRow {
  [key: string]: number;
  size: number;
  count: number;
  share: number;
}

export const familySize: Indicator<FamilySizeRow> = {
  id: 'family-size',
  spec: {
    title: { en: 'Family size distribution', zh: '同族规模分布' },
    description: {
      en: 'Units per family size (number of family members), with their share of the units in scope.',
      zh: '按同族规模（同族成员数量）统计的数量及其占比。',
    },
    formula: 'share = units with this family size / units in scope',
    usesDateBasis: false,
    counting: 'whole',
    notes: FAMILY_FACT_NOTES,
  },
  async compute(context) {
    const family = await createFamilyFacts(context);
    const rows = await context.store.all<{ size: number; n: number; reported: number }>(
      `SELECT family_size AS size, count(*) AS n, count(*) FILTER (WHERE size_basis = 'reported') AS reported
         FROM ${family.facts} GROUP BY family_size ORDER BY family_size`,
    );
    const units = context.scope.unitCount;
    const reported = rows.reduce((sum, r) => sum + Number(r.reported), 0);
    const coverage = {
      field: bi('units with a family size reported by the source', '数据源提供同族规模的专利'),
      units,
      covered: reported,
      share: units ? reported / units : 0,
    };
    if (units === 0) return { data: [], coverage, unsupported: NO_UNITS };
    return {
      coverage,
      data: rows.map((r) => ({ size: Number(r.size), count: Number(r.n), share: Number(r.n) / units })),
    };
  },
};
