import type { Bilingual, IndicatorResult } from '../../indicators/indicator-types.js';
import { columnBarOption } from '../bar-charts.js';
import { chartSpec } from '../chart-builder.js';
import { labelOf } from '../chart-labels.js';
import type { ChartSpec, Lang } from '../chart-spec.js';
import { percent, SHARE_AXIS } from '../chart-text.js';

/**
 * Columns for the measures of a result that are shares (0..1), in percent, in the order `labels` lists them;
 * measures without a value (no data) are left out.
 */
export function shareMeasureCharts(
  result: IndicatorResult,
  lang: Lang,
  labels: Readonly<Record<string, Bilingual>>,
): ChartSpec[] {
  const values = new Map(result.data.map((r) => [String(r.measure), r.value]));
  const items = Object.keys(labels).flatMap((measure) => {
    const value = values.get(measure);
    return typeof value === 'number'
      ? [{ label: labelOf(labels, measure, lang), value: percent(value) }]
      : [];
  });
  if (items.length === 0) return [];
  return [
    chartSpec({
      result,
      lang,
      height: 280,
      drillable: false,
      option: columnBarOption(items, SHARE_AXIS[lang], '%'),
    }),
  ];
}
