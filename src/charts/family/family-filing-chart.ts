import type { FamilyFilingRow } from '../../indicators/family/family-filing.js';
import { columnBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { FAMILY_MEASURE_LABELS, labelOf } from '../chart-labels.js';
import { percent, SHARE_AXIS } from '../chart-text.js';

/** The shares among the measures (overseas filing, PCT route) as columns in percent; the means stay in the table. */
const SHARE_MEASURES = ['overseas-share', 'pct-share'];

export const familyFilingCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<FamilyFilingRow>(result).filter(
    (r) => SHARE_MEASURES.includes(r.measure) && typeof r.value === 'number',
  );
  if (rows.length === 0) return [];
  return [
    chartSpec({
      result,
      lang,
      height: 280,
      drillable: false,
      option: columnBarOption(
        rows.map((r) => ({
          label: labelOf(FAMILY_MEASURE_LABELS, r.measure, lang),
          value: percent(r.value ?? 0),
        })),
        SHARE_AXIS[lang],
        '%',
      ),
    }),
  ];
};
