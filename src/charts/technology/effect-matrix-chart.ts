import type { EffectMatrixRow } from '../../indicators/technology/effect-matrix.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { CHART_FONT_FAMILY, TEXT_COLOR } from '../chart-style.js';
import { heatmapAxes } from '../heatmap-axes.js';
import { categoryLabel, isBranch } from './category-label.js';
import { effectLabel } from './effect-labels.js';
import { taxonomyOutline } from './taxonomy-outline.js';

/** Branches drawn (the largest by effect mentions); a taller matrix stops being readable on a page. */
const TOP_BRANCHES = 15;
const CELL_HEIGHT = 26;

/**
 * Branch x effect heatmap of units (whole counting), each cell labelled with its count. Branches sorted by
 * their units stating any effect, effects by their total. A click lists the branch's patents.
 */
export const effectMatrixCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<EffectMatrixRow>(result).filter((r) => r.count > 0);
  const outline = taxonomyOutline(result.definition.filters.taxonomy);
  const totals = (key: 'category' | 'effect') => {
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(r[key], (sums.get(r[key]) ?? 0) + r.count);
    return [...sums.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  };
  const branches = totals('category')
    .filter((id) => isBranch(id, outline))
    .slice(0, TOP_BRANCHES);
  const effects = totals('effect');
  if (branches.length === 0 || effects.length === 0) return [];
  const branchRow = new Map(rows.map((r) => [r.category, r]));
  const branchNames = branches.map((id) => {
    const row = branchRow.get(id);
    return row ? categoryLabel(row, outline, lang) : id;
  });
  const effectNames = effects.map((e) => effectLabel(e, lang));
  const columnWidth = Math.floor(540 / effects.length) - 6;
  const cells = rows
    .filter((r) => branches.includes(r.category))
    .map((r) => ({
      name: `${branchNames[branches.indexOf(r.category)]} × ${effectNames[effects.indexOf(r.effect)]}`,
      value: [effects.indexOf(r.effect), branches.indexOf(r.category), r.count],
      drill: { category: r.category },
    }));
  const max = Math.max(...cells.map((c) => c.value[2] ?? 0));
  return [
    chartSpec({
      result,
      lang,
      height: 100 + CELL_HEIGHT * branches.length,
      drillable: true,
      option: {
        tooltip: { trigger: 'item', formatter: '{b}: {@[2]}' },
        grid: { left: 210, right: 24, top: 44, bottom: 44 },
        ...heatmapAxes(effectNames, branchNames, columnWidth),
        visualMap: {
          min: 0,
          max,
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 4,
          itemHeight: 160,
          itemWidth: 12,
          text: [String(max), '0'],
          inRange: { color: ['#eef4fa', '#9cc0e0', '#3b6ea8', '#1f3f66'] },
          textStyle: { color: TEXT_COLOR, fontFamily: CHART_FONT_FAMILY },
        },
        series: [
          {
            type: 'heatmap',
            label: { show: true, fontSize: 11 },
            itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
            data: cells,
          },
        ],
      },
    }),
  ];
};
