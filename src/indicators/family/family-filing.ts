import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { createFamilyFacts } from './family-facts.js';
import { FAMILY_FACT_NOTES, jurisdictionsNote, NO_UNITS } from './family-notes.js';

export interface FamilyFilingRow {
  [key: string]: string | number | null;
  /** family-size-mean | family-size-median | jurisdictions-mean | overseas-share | pct-share */
  measure: string;
  value: number | null;
  /** Units the measure is computed over (units with a known home for overseas-share). */
  units: number;
}

export const familyFiling: Indicator<FamilyFilingRow> = {
  id: 'family-filing',
  spec: {
    title: { en: 'International filing', zh: '同族与海外布局' },
    description: {
      en: 'Family size (mean, median), offices covered per family, the share of families filed outside their home office, and the share that took the PCT route.',
      zh: '同族规模（均值、中位数）、每个同族覆盖的专利局数量、在本国（地区）以外申请的同族占比（海外布局占比），以及通过PCT途径申请的同族占比。',
    },
    formula:
      'overseas-share = families with an office other than home / families with a known home; pct-share = families with a WO publication or WO priority / families',
    usesDateBasis: false,
    counting: 'whole',
    notes: FAMILY_FACT_NOTES,
  },
  async compute(context) {
    const family = await createFamilyFacts(context);
    const s = await context.store.one<{
      units: number;
      mean_size: number | null;
      median_size: number | null;
      mean_offices: number | null;
      with_home: number;
      overseas: number;
      pct: number;
      reported_size: number;
    }>(`SELECT count(*) AS units, avg(family_size) AS mean_size, median(family_size)::DOUBLE AS median_size,
          avg(offices) AS mean_offices, count(overseas) AS with_home, count(*) FILTER (WHERE overseas) AS overseas,
          count(*) FILTER (WHERE pct) AS pct, count(*) FILTER (WHERE size_basis = 'reported') AS reported_size
        FROM ${family.facts}`);
    const units = Number(s?.units ?? 0);
    const withHome = Number(s?.with_home ?? 0);
    const coverage = {
      field: bi('units with a known home office', '可确定本国受理局的专利'),
      units: context.scope.unitCount,
      covered: withHome,
      share: context.scope.unitCount ? withHome / context.scope.unitCount : 0,
    };
    if (units === 0) return { data: [], coverage, unsupported: NO_UNITS };
    const num = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v));
    const data: FamilyFilingRow[] = [
      { measure: 'family-size-mean', value: num(s?.mean_size), units },
      { measure: 'family-size-median', value: num(s?.median_size), units },
      { measure: 'jurisdictions-mean', value: num(s?.mean_offices), units },
      {
        measure: 'overseas-share',
        value: withHome ? Number(s?.overseas) / withHome : null,
        units: withHome,
      },
      { measure: 'pct-share', value: Number(s?.pct) / units, units },
    ];
    return {
      data,
      coverage,
      notes: [
        bi(
          `family size: reported by the source for ${Number(s?.reported_size)} of ${units} units, publications in the store for the rest`,
          `同族规模：${units} 件专利中 ${Number(s?.reported_size)} 件采用数据源提供的值，其余按数据库中的公开文本计算`,
        ),
        jurisdictionsNote(family.reportedJurisdictionUnits, units),
      ],
    };
  },
};
