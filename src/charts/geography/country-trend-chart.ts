import type { CountryTrendRow } from '../../indicators/geography/country-trend.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { countAxisName, round1, rowName } from '../chart-text.js';
import { yearChartFrame } from '../trends/year-axes.js';
import { drawnYears, incompleteShade, incompleteYears } from '../trends/year-series.js';

/** Countries drawn: the largest over all years; more lines tangle. */
const TOP = 8;

/** Units per origin country and year (fractional counting) as lines; incomplete years shaded. */
export const countryTrendCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<CountryTrendRow>(result);
  const years = drawnYears(rows);
  if (years.length === 0) return [];
  const incomplete = incompleteYears(rows, years);
  const byCountry = new Map<string, CountryTrendRow[]>();
  for (const r of rows) byCountry.set(r.country, [...(byCountry.get(r.country) ?? []), r]);
  const total = (c: string) => (byCountry.get(c) ?? []).reduce((s, r) => s + r.count, 0);
  const countries = [...byCountry.keys()]
    .sort((a, b) => total(b) - total(a) || a.localeCompare(b))
    .slice(0, TOP);
  const series = countries.map((country) => {
    const counts = new Map((byCountry.get(country) ?? []).map((r) => [r.year, r.count]));
    const first = byCountry.get(country)?.[0];
    return {
      type: 'line',
      name: first ? rowName(first, lang) : country,
      symbolSize: 4,
      data: years.map((year) => ({
        value: round1(counts.get(year) ?? 0),
        drill: { from: year, to: year, country },
      })),
      lineStyle: { width: 2 },
    };
  });
  const shade = incompleteShade(incomplete);
  if (shade && series[0]) Object.assign(series[0], { markArea: shade });
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
