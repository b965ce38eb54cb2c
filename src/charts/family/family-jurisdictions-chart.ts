import type { FamilyJurisdictionRow } from '../../indicators/family/family-jurisdictions.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { countAxisName } from '../chart-text.js';
import { officeName } from '../office-name.js';

const TOP = 20;

/** Units with a family member at each office, largest first (the 20 largest). */
export const familyJurisdictionsCharts: ChartBuilder = (result, lang) => {
  const rows = [...rowsOf<FamilyJurisdictionRow>(result)].sort((a, b) => b.count - a.count).slice(0, TOP);
  return [
    chartSpec({
      result,
      lang,
      height: horizontalBarHeight(rows.length),
      drillable: false,
      option: horizontalBarOption(
        rows.map((r) => ({ label: officeName(r.jurisdiction, lang), value: r.count })),
        countAxisName(result.definition, lang),
      ),
    }),
  ];
};
