import type { CountryShareRow } from '../../indicators/geography/country-share.js';
import { horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { CHART_FONT_FAMILY, TEXT_COLOR } from '../chart-style.js';
import { countAxisName, round1, rowName } from '../chart-text.js';
import { WORLD_MAP_NAME } from './world-map.js';

const TOP = 15;
const MAP_TITLE = { en: 'Origin countries on the world map', zh: '技术来源国全球分布' };

/**
 * Origin countries (fractional counting): a world map shaded by units, then the largest countries as bars.
 * The map's regions are named by ISO code; `nameMap` shows them in the chart's language, and the data items
 * carry the same names so they join.
 */
export const countryShareCharts: ChartBuilder = (result, lang) => {
  const rows = [...rowsOf<CountryShareRow>(result)].sort((a, b) => b.count - a.count);
  const nameMap = Object.fromEntries(rows.map((r) => [r.country, rowName(r, lang)]));
  const max = Math.max(...rows.map((r) => r.count));
  const map = chartSpec({
    result,
    lang,
    suffix: 'map',
    title: MAP_TITLE[lang],
    height: 420,
    drillable: true,
    option: {
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: round1(max),
        left: 16,
        bottom: 16,
        itemHeight: 120,
        itemWidth: 12,
        text: [String(round1(max)), '0'],
        calculable: false,
        inRange: { color: ['#dbe7f3', '#8fb3d9', '#3b6ea8', '#1f3f66'] },
        textStyle: { color: TEXT_COLOR, fontFamily: CHART_FONT_FAMILY },
      },
      series: [
        {
          type: 'map',
          map: WORLD_MAP_NAME,
          nameMap,
          roam: false,
          left: 8,
          right: 8,
          top: 8,
          bottom: 8,
          itemStyle: { areaColor: '#f1f3f5', borderColor: '#c9ced4', borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#e08e45' } },
          label: { show: false },
          data: rows.map((r) => ({
            name: rowName(r, lang),
            value: round1(r.count),
            drill: { country: r.country },
          })),
        },
      ],
    },
  });
  const top = rows.slice(0, TOP);
  const bars = chartSpec({
    result,
    lang,
    height: horizontalBarHeight(top.length),
    drillable: true,
    option: horizontalBarOption(
      top.map((r) => ({ label: rowName(r, lang), value: round1(r.count), drill: { country: r.country } })),
      countAxisName(result.definition, lang),
    ),
  });
  return [map, bars];
};
