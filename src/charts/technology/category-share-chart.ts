import type { CategoryShareRow } from '../../indicators/technology/category-share.js';
import { type BarItem, columnBarOption, horizontalBarHeight, horizontalBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import type { ChartSpec } from '../chart-spec.js';
import { countAxisName } from '../chart-text.js';
import { categoryLabel, isBranch, layerColor, layerOf } from './category-label.js';
import { taxonomyOutline } from './taxonomy-outline.js';

const LAYERS_TITLE = { en: 'Units per layer of the technology stack', zh: '技术栈各层专利数量' };

/**
 * Units per category: the layers (when the taxonomy has them) as columns, then the branches as horizontal bars
 * coloured by their layer. The root (every labelled unit) is left out: it is the total, not a branch.
 */
export const categoryShareCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<CategoryShareRow>(result);
  const outline = taxonomyOutline(result.definition.filters.taxonomy);
  const axis = countAxisName(result.definition, lang);
  const item = (r: CategoryShareRow): BarItem => {
    const layer = layerOf(r.category, outline);
    const layerRow = rows.find((l) => l.category === layer);
    return {
      label: categoryLabel(r, outline, lang),
      value: r.count,
      drill: { category: r.category },
      color: layerColor(layer, outline),
      group: layer && layerRow ? categoryLabel(layerRow, outline, lang) : undefined,
    };
  };
  const charts: ChartSpec[] = [];
  const layerRows = outline ? outline.layers.flatMap((id) => rows.filter((r) => r.category === id)) : [];
  if (layerRows.length > 0) {
    charts.push(
      chartSpec({
        result,
        lang,
        suffix: 'layers',
        title: LAYERS_TITLE[lang],
        height: 300,
        drillable: true,
        option: columnBarOption(
          layerRows.map((r) => ({ ...item(r), group: undefined })),
          axis,
        ),
      }),
    );
  }
  const branches = rows.filter((r) => isBranch(r.category, outline)).sort((a, b) => b.count - a.count);
  if (branches.length > 0) {
    charts.push(
      chartSpec({
        result,
        lang,
        height: horizontalBarHeight(branches.length),
        drillable: true,
        option: horizontalBarOption(branches.map(item), axis),
      }),
    );
  }
  return charts;
};
