import type { IndicatorResult } from '../indicators/indicator-types.js';
import type { ChartBuilder } from './chart-builder.js';
import type { ChartSpec, Lang } from './chart-spec.js';
import { categoryShareCharts } from './technology/category-share-chart.js';
import { categoryTrendCharts } from './technology/category-trend-chart.js';
import { effectMatrixCharts } from './technology/effect-matrix-chart.js';
import { filingTrendCharts } from './trends/filing-trend-chart.js';

export type { ChartSpec, DrillFilter, Lang } from './chart-spec.js';
export { renderChartSvg } from './render-chart-svg.js';

/** The chart builder of each indicator that has something to draw, by indicator id. */
const CHART_BUILDERS: Readonly<Record<string, ChartBuilder>> = {
  'filing-trend': filingTrendCharts,
  'category-trend': categoryTrendCharts,
  'category-share': categoryShareCharts,
  'effect-matrix': effectMatrixCharts,
};

/**
 * The charts of an indicator result in the given language, as plain-JSON ECharts options; empty when the
 * indicator is unsupported on the data, has no rows, or has nothing to draw.
 */
export function chartsForIndicator(result: IndicatorResult, lang: Lang): ChartSpec[] {
  if (!result.supported || result.data.length === 0) return [];
  const build = CHART_BUILDERS[result.definition.id];
  return build ? build(result, lang) : [];
}
