import type { QualityRow } from '../../indicators/quality/quality.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { labelOf, QUALITY_LABELS } from '../chart-labels.js';
import { percent } from '../chart-text.js';

const TITLE = { en: 'Data coverage of the quality indicators', zh: '专利质量指标数据覆盖率' };
const AXIS = { en: 'Units with the data (%)', zh: '有该数据的专利占比（%）' };

/**
 * The OECD components differ in unit (counts, days, indices), so one chart cannot compare their values; it
 * shows how much of the scope each can be computed on, which is what decides whether a component is usable.
 * The values themselves are in the report's table.
 */
export const qualityCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<QualityRow>(result);
  return [
    chartSpec({
      result,
      lang,
      suffix: 'coverage',
      title: TITLE[lang],
      height: horizontalBarHeight(rows.length),
      drillable: false,
      option: horizontalBarOption(
        rows.map((r) => ({ label: labelOf(QUALITY_LABELS, r.component, lang), value: percent(r.coverage) })),
        AXIS[lang],
        '%',
      ),
    }),
  ];
};
