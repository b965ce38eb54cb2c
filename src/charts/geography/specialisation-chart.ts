import type { SpecialisationRow } from '../../indicators/geography/specialisation.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { CHART_FONT_FAMILY, TEXT_COLOR } from '../chart-style.js';
import { round1, rowName } from '../chart-text.js';
import { heatmapAxes } from '../heatmap-axes.js';
import { isBranch } from '../technology/category-label.js';
import { taxonomyOutline } from '../technology/taxonomy-outline.js';

const TOP_COUNTRIES = 10;
const TOP_FIELDS = 12;
const CELL_HEIGHT = 28;

/**
 * RTA heatmap, fields x countries (the largest of each by units); a cell is the country's revealed
 * technological advantage in the field, blue above 1 (specialised), warm below.
 */
export const specialisationCharts: ChartBuilder = (result, lang) => {
  const outline = taxonomyOutline(result.definition.filters.taxonomy);
  // Layers and the root are sums of branches: their RTA repeats what the branches say.
  const rows = rowsOf<SpecialisationRow>(result).filter((r) => isBranch(r.field, outline));
  const largest = (key: 'country' | 'field', n: number) => {
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(r[key], (sums.get(r[key]) ?? 0) + r.count);
    return [...sums.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([id]) => id);
  };
  const countries = largest('country', TOP_COUNTRIES);
  const fields = largest('field', TOP_FIELDS);
  if (countries.length === 0 || fields.length === 0) return [];
  // Column heads: Chinese names are short; English ones (People's Republic of China) do not fit a column.
  const countryNames = countries.map((c) => {
    const row = rows.find((r) => r.country === c);
    return row && lang === 'zh' ? rowName(row, lang) : c;
  });
  const fieldNames = fields.map((f) => {
    const row = rows.find((r) => r.field === f);
    const zh = lang === 'zh' ? outline?.names.get(f)?.zh : undefined;
    return zh ?? row?.fieldName ?? f;
  });
  const cells = rows
    .filter((r) => countries.includes(r.country) && fields.includes(r.field))
    .map((r) => ({
      name: `${countryNames[countries.indexOf(r.country)]} × ${fieldNames[fields.indexOf(r.field)]}`,
      value: [countries.indexOf(r.country), fields.indexOf(r.field), round1(r.rta)],
      drill: { country: r.country },
    }));
  const columnWidth = Math.floor(520 / countries.length) - 6;
  return [
    chartSpec({
      result,
      lang,
      height: 110 + CELL_HEIGHT * fields.length,
      drillable: true,
      option: {
        tooltip: { trigger: 'item', formatter: '{b}: RTA {@[2]}' },
        grid: { left: 210, right: 24, top: 48, bottom: 44 },
        ...heatmapAxes(countryNames, fieldNames, columnWidth),
        visualMap: {
          type: 'piecewise',
          precision: 1,
          orient: 'horizontal',
          left: 'center',
          bottom: 4,
          pieces: [
            { min: 0, max: 0.5, color: '#e9b48a' },
            { min: 0.5, max: 1, color: '#f6e3d2' },
            { min: 1, max: 1.5, color: '#c9dcef' },
            { min: 1.5, max: 2, color: '#7fa6d1' },
            { min: 2, color: '#3b6ea8' },
          ],
          textStyle: { color: TEXT_COLOR, fontFamily: CHART_FONT_FAMILY },
        },
        series: [
          {
            type: 'heatmap',
            label: { show: true, fontSize: 10 },
            itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
            data: cells,
          },
        ],
      },
    }),
  ];
};
