import * as echarts from 'echarts';
import type { ChartSpec } from './chart-spec.js';
import { registerWorldMap } from './geography/world-map.js';
import { installTextMeasure } from './measure-text.js';

/**
 * The chart as a standalone SVG string, rendered on the server (no DOM, no script needed to read it).
 * The instance is disposed afterwards: a live one keeps a timer that holds the process open.
 */
export function renderChartSvg(spec: ChartSpec): string {
  registerWorldMap();
  installTextMeasure();
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  });
  try {
    chart.setOption({ ...spec.option, animation: false });
    return withTitle(withoutHoverStyles(chart.renderToSVGString()), spec.title);
  } finally {
    chart.dispose();
  }
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The caption as the SVG's accessible name (screen readers, and a tooltip when the SVG is opened alone). */
function withTitle(svg: string, title: string): string {
  const escaped = title.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
  return svg.replace(/^<svg([^>]*)>/, `<svg$1 role="img"><title>${escaped}</title>`);
}

/**
 * ECharts appends a <style><![CDATA[ ... ]]> block of :hover cursors for its elements. A static chart has
 * nothing to hover, and inline in HTML (the report) the CDATA marker is not XML but broken CSS.
 */
function withoutHoverStyles(svg: string): string {
  return svg.replace(/<style\s*>[\s\S]*?<\/style>\s*/g, '');
}
