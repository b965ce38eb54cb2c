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
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
