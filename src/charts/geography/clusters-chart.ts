import type { ClusterRow } from '../../indicators/geography/clusters.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { countAxisName, round1 } from '../chart-text.js';

const TOP = 20;

/** The largest inventor clusters by their (fractional) units, named by their largest places. */
export const clustersCharts: ChartBuilder = (result, lang) => {
  const rows = [...rowsOf<ClusterRow>(result)].sort((a, b) => a.rank - b.rank).slice(0, TOP);
  return [
    chartSpec({
      result,
      lang,
      height: horizontalBarHeight(rows.length),
      drillable: false,
      option: horizontalBarOption(
        rows.map((r) => ({ label: `${r.rank}. ${r.name}`, value: round1(r.count) })),
        countAxisName(result.definition, lang),
      ),
    }),
  ];
};
