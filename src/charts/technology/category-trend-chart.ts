import type { CategoryTrendRow } from '../../indicators/technology/category-trend.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import type { ChartSpec } from '../chart-spec.js';
import { INCOMPLETE_DECAL } from '../chart-style.js';
import { countAxisName } from '../chart-text.js';
import { yearChartFrame } from '../trends/year-axes.js';
import { drawnYears, incompleteShade, incompleteYears } from '../trends/year-series.js';
import { categoryLabel, isBranch, layerColor } from './category-label.js';
import { taxonomyOutline } from './taxonomy-outline.js';

/** Branches drawn in the stacked chart (the largest; more make the stack unreadable). */
const TOP_BRANCHES = 8;
const LAYERS_TITLE = { en: 'Trend by layer of the technology stack', zh: '技术栈各层专利申请趋势' };

/**
 * Units per year and category: the layers as lines (a unit can sit in several layers, so they do not stack),
 * and the largest branches as stacked bars (whole counting: a unit in two branches counts in both, as the
 * definition says). Incomplete years are hatched.
 */
export const categoryTrendCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<CategoryTrendRow>(result);
  const outline = taxonomyOutline(result.definition.filters.taxonomy);
  const years = drawnYears(rows);
  if (years.length === 0) return [];
  const incomplete = incompleteYears(rows, years);
  const hatched = new Set(incomplete);
  const frame = yearChartFrame(
    result.definition,
    years,
    incomplete,
    countAxisName(result.definition, lang),
    lang,
  );
  const byCategory = new Map<string, CategoryTrendRow[]>();
  for (const r of rows) byCategory.set(r.category, [...(byCategory.get(r.category) ?? []), r]);
  const total = (id: string) => (byCategory.get(id) ?? []).reduce((s, r) => s + r.count, 0);
  const items = (id: string) => {
    const counts = new Map((byCategory.get(id) ?? []).map((r) => [r.year, r.count]));
    return years.map((year) => ({
      value: counts.get(year) ?? 0,
      drill: { from: year, to: year, category: id },
      ...(hatched.has(year) ? { itemStyle: { decal: INCOMPLETE_DECAL } } : {}),
    }));
  };
  const nameOf = (id: string) => {
    const first = byCategory.get(id)?.[0];
    return first ? categoryLabel(first, outline, lang) : id;
  };
  const charts: ChartSpec[] = [];
  const layers = (outline?.layers ?? []).filter((id) => byCategory.has(id));
  if (layers.length > 0) {
    const series = layers.map((id) => ({
      type: 'line',
      name: nameOf(id),
      symbolSize: 5,
      lineStyle: { width: 2 },
      itemStyle: { color: layerColor(id, outline) },
      data: items(id).map(({ value, drill }) => ({ value, drill })),
    }));
    const shade = incompleteShade(incomplete);
    if (shade && series[0]) Object.assign(series[0], { markArea: shade });
    charts.push(
      chartSpec({
        result,
        lang,
        suffix: 'layers',
        title: LAYERS_TITLE[lang],
        height: 340,
        drillable: true,
        option: { ...frame, series },
      }),
    );
  }
  const branches = [...byCategory.keys()]
    .filter((id) => isBranch(id, outline) && total(id) > 0)
    .sort((a, b) => total(b) - total(a) || a.localeCompare(b))
    .slice(0, TOP_BRANCHES);
  if (branches.length > 0) {
    const series = branches.map((id) => ({
      type: 'bar',
      name: nameOf(id),
      stack: 'branches',
      barMaxWidth: 28,
      data: items(id),
    }));
    charts.push(chartSpec({ result, lang, height: 400, drillable: true, option: { ...frame, series } }));
  }
  return charts;
};
