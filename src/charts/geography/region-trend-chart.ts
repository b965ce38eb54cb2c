import type { RegionTrendRow } from '../../indicators/geography/region-trend.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { labelOf, REGION_LABELS } from '../chart-labels.js';
import { INCOMPLETE_DECAL } from '../chart-style.js';
import { countAxisName, round1 } from '../chart-text.js';
import { yearChartFrame } from '../trends/year-axes.js';
import { drawnYears, incompleteYears } from '../trends/year-series.js';

/**
 * Units per world region and year as stacked bars: fractional counting splits a unit over its regions, so the
 * stack is the year's total. Incomplete years are hatched.
 */
export const regionTrendCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<RegionTrendRow>(result);
  const years = drawnYears(rows);
  if (years.length === 0) return [];
  const incomplete = incompleteYears(rows, years);
  const hatched = new Set(incomplete);
  const regions = Object.keys(REGION_LABELS).filter((region) =>
    rows.some((r) => r.region === region && r.count > 0),
  );
  const series = regions.map((region) => {
    const counts = new Map(rows.filter((r) => r.region === region).map((r) => [r.year, r.count]));
    return {
      type: 'bar',
      name: labelOf(REGION_LABELS, region, lang),
      stack: 'regions',
      barMaxWidth: 28,
      data: years.map((year) => ({
        value: round1(counts.get(year) ?? 0),
        drill: { from: year, to: year },
        ...(hatched.has(year) ? { itemStyle: { decal: INCOMPLETE_DECAL } } : {}),
      })),
    };
  });
  return [
    chartSpec({
      result,
      lang,
      height: 380,
      drillable: true,
      option: {
        ...yearChartFrame(result.definition, years, incomplete, countAxisName(result.definition, lang), lang),
        series,
      },
    }),
  ];
};
