import type { IndicatorDefinition } from '../../indicators/indicator-types.js';
import type { Lang } from '../chart-spec.js';
import { categoryAxis, MUTED_COLOR, topLegend, valueAxis } from '../chart-style.js';
import { incompleteNote, yearAxisName } from '../chart-text.js';

/** Grid, axes, legend and tooltip of a chart over years, with a note naming the incomplete years. */
export function yearChartFrame(
  definition: IndicatorDefinition,
  years: readonly number[],
  incomplete: readonly number[],
  valueName: string,
  lang: Lang,
): Record<string, unknown> {
  const first = incomplete[0];
  const last = incomplete[incomplete.length - 1];
  const note =
    first !== undefined && last !== undefined
      ? [
          {
            type: 'text',
            right: 24,
            bottom: 6,
            style: { text: `▨ ${incompleteNote(first, last, lang)}`, fill: MUTED_COLOR, fontSize: 11 },
          },
        ]
      : [];
  return {
    legend: topLegend(),
    tooltip: { trigger: 'axis' },
    grid: { left: 64, right: 24, top: 64, bottom: 56 },
    xAxis: categoryAxis(years.map(String), {
      name: yearAxisName(definition, lang),
      nameLocation: 'middle',
      nameGap: 28,
    }),
    yAxis: valueAxis(valueName),
    graphic: note,
  };
}
