import type { FilingTrendRow } from '../../indicators/trends/filing-trend.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { categoryAxis, INCOMPLETE_DECAL, PALETTE, topLegend, valueAxis } from '../chart-style.js';
import { COMPLETE_YEARS, countAxisName, incompleteNote, yearAxisName } from '../chart-text.js';
import { drawnYears, incompleteYears, yearItem } from './year-series.js';

/**
 * Units per year as bars. Incomplete years (after the last complete year) are a second, hatched series in the
 * same stack, so the legend names them and says why.
 */
export const filingTrendCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<FilingTrendRow>(result);
  const years = drawnYears(rows);
  if (years.length === 0) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  const incomplete = new Set(incompleteYears(rows, years));
  const complete = years.map((y) => (incomplete.has(y) ? '-' : yearItem(y, byYear.get(y)?.count ?? 0)));
  const series: Record<string, unknown>[] = [
    { type: 'bar', name: COMPLETE_YEARS[lang], stack: 'units', barMaxWidth: 28, data: complete },
  ];
  const hatched = [...incomplete];
  const first = hatched[0];
  const last = hatched[hatched.length - 1];
  if (first !== undefined && last !== undefined) {
    series.push({
      type: 'bar',
      name: incompleteNote(first, last, lang),
      stack: 'units',
      barMaxWidth: 28,
      itemStyle: { color: PALETTE[0], opacity: 0.6, decal: INCOMPLETE_DECAL },
      data: years.map((y) => (incomplete.has(y) ? yearItem(y, byYear.get(y)?.count ?? 0) : '-')),
    });
  }
  return [
    chartSpec({
      result,
      lang,
      height: 360,
      drillable: true,
      option: {
        legend: topLegend(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 64, right: 24, top: 56, bottom: 48 },
        xAxis: categoryAxis(years.map(String), {
          name: yearAxisName(result.definition, lang),
          nameLocation: 'middle',
          nameGap: 30,
        }),
        yAxis: valueAxis(countAxisName(result.definition, lang)),
        series,
      },
    }),
  ];
};
