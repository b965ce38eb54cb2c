import type { GrowthRow } from '../../indicators/trends/growth.js';
import { columnBarOption } from '../bar-charts.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { INCOMPLETE_DECAL } from '../chart-style.js';
import { percent } from '../chart-text.js';

const AXIS = { en: 'Annual growth (%)', zh: '年均增长率（%）' };

/** CAGR and the log-linear trend rate over the window, in percent; hatched when the window has incomplete years. */
export const growthCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<GrowthRow>(result);
  const items = rows.flatMap((r) => {
    const span = `${r.start}–${r.end}`;
    const drill = { from: r.start, to: r.end };
    const cagr = lang === 'zh' ? `年均复合增长率（CAGR）${span}` : `CAGR ${span}`;
    const trend = lang === 'zh' ? `对数线性趋势增长率 ${span}` : `Log-linear trend ${span}`;
    return [
      ...(r.cagr === null
        ? []
        : [{ label: cagr, value: percent(r.cagr), drill, hatched: r.includesIncomplete }]),
      ...(r.logLinear === null
        ? []
        : [{ label: trend, value: percent(r.logLinear), drill, hatched: r.includesIncomplete }]),
    ];
  });
  if (items.length === 0) return [];
  const option = columnBarOption(items, AXIS[lang], '%');
  const [series] = option.series as Record<string, unknown>[];
  if (series) {
    series.data = items.map((i) => ({
      value: i.value,
      drill: i.drill,
      ...(i.hatched ? { itemStyle: { decal: INCOMPLETE_DECAL } } : {}),
    }));
  }
  return [chartSpec({ result, lang, height: 280, drillable: true, option })];
};
