import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { createFamilyFacts } from './family-facts.js';
import { FAMILY_FACT_NOTES, jurisdictionsNote, NO_UNITS } from './family-notes.js';

export interface FamilyJurisdictionRow {
  [key: string]: string | number;
  jurisdiction: string;
  count: number;
  share: number;
}

export const familyJurisdictions: Indicator<FamilyJurisdictionRow> = {
  id: 'family-jurisdictions',
  spec: {
    title: { en: 'Jurisdictions covered', zh: '同族布局国家/地区' },
    description: {
      en: 'Units whose family covers each office (a family counts once in every office it covers), with their share of the units in scope.',
      zh: '同族覆盖各专利局（国家/地区）的数量（一个同族在其覆盖的每个专利局各计一次）及其占比。',
    },
    formula: 'share = units with a family member in the office / units in scope',
    usesDateBasis: false,
    counting: 'whole',
    notes: FAMILY_FACT_NOTES,
  },
  async compute(context) {
    const family = await createFamilyFacts(context);
    const rows = await context.store.all<{ jurisdiction: string; n: number }>(
      `SELECT jurisdiction, count(DISTINCT unit_id) AS n FROM ${family.jurisdictions}
         GROUP BY jurisdiction ORDER BY n DESC, jurisdiction`,
    );
    const units = context.scope.unitCount;
    const coverage = {
      field: bi(
        'units with member jurisdictions reported by the source',
        '数据源提供同族成员国家/地区的专利',
      ),
      units,
      covered: family.reportedJurisdictionUnits,
      share: units ? family.reportedJurisdictionUnits / units : 0,
    };
    if (units === 0) return { data: [], coverage, unsupported: NO_UNITS };
    return {
      coverage,
      notes: [jurisdictionsNote(family.reportedJurisdictionUnits, units)],
      data: rows.map((r) => ({
        jurisdiction: r.jurisdiction,
        count: Number(r.n),
        share: Number(r.n) / units,
      })),
    };
  },
};
