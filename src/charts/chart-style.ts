/**
 * Fonts that carry Chinese glyphs in Chromium and in the PDF, then the platform fallbacks. Single quotes: the
 * server renderer writes the family into a double-quoted style attribute without escaping it.
 */
export const CHART_FONT_FAMILY =
  "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/** Width of every chart; the report page and the dashboard panels fit it. */
export const CHART_WIDTH = 760;

/** A calm palette: blues and teals first, warm tones for contrast, readable on white and in greyscale print. */
export const PALETTE = [
  '#3b6ea8',
  '#4aa3a2',
  '#e08e45',
  '#8e6bb0',
  '#6a9f58',
  '#c8566b',
  '#d4b14a',
  '#5b8fc7',
  '#9c7a5b',
  '#7f8c99',
];

export const TEXT_COLOR = '#33373d';
export const MUTED_COLOR = '#7a8089';
export const GRID_LINE_COLOR = '#e3e6ea';

/** Diagonal hatching for incomplete years (ECharts decal: plain JSON, renders as an SVG pattern). */
export const INCOMPLETE_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  color: 'rgba(255,255,255,0.75)',
  dashArrayX: [1, 0],
  dashArrayY: [3, 4],
  rotation: -Math.PI / 4,
};

/** Options every chart shares: no animation (server rendering and stable golden files), fonts, palette. */
export function baseOption(): Record<string, unknown> {
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12, color: TEXT_COLOR },
  };
}

/** A value axis with its name (unit) above it. */
export function valueAxis(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'value',
    name,
    nameTextStyle: { color: MUTED_COLOR, align: 'left' },
    axisLabel: { color: TEXT_COLOR },
    splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    ...extra,
  };
}

/** A category axis over the given labels. */
export function categoryAxis(labels: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'category',
    data: labels,
    axisLabel: { color: TEXT_COLOR },
    axisTick: { alignWithLabel: true },
    axisLine: { lineStyle: { color: MUTED_COLOR } },
    ...extra,
  };
}

/** Legend along the top edge, scrolling in the browser when it is long. */
export function topLegend(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { top: 4, left: 'center', type: 'scroll', textStyle: { color: TEXT_COLOR }, ...extra };
}
