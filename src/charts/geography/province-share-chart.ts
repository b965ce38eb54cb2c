import type { ProvinceShareRow } from '../../indicators/geography/province-share.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { countAxisName, round1, rowName } from '../chart-text.js';

/** Units per Chinese province of the applicants (fractional counting), largest first. */
export const provinceShareCharts: ChartBuilder = (result, lang) => {
  const rows = [...rowsOf<ProvinceShareRow>(result)].sort((a, b) => b.count - a.count);
  return [
    chartSpec({
      result,
      lang,
      height: horizontalBarHeight(rows.length),
      drillable: false,
      option: horizontalBarOption(
        rows.map((r) => ({ label: rowName(r, lang), value: round1(r.count) })),
        countAxisName(result.definition, lang),
      ),
    }),
  ];
};
