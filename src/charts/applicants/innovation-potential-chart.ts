import type { InnovationPotentialRow } from '../../indicators/applicants/innovation-potential.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { FACTOR_LABELS, labelOf } from '../chart-labels.js';
import { categoryAxis, TEXT_COLOR, topLegend, valueAxis } from '../chart-style.js';
import { round1 } from '../chart-text.js';

const TOP = 15;
const SCORE_AXIS = { en: 'Score (0–100), by factor', zh: '创新潜力得分（0–100，按因子分解）' };

/**
 * The score of the top applicants as stacked bars of factor contributions (weight x normalised value x 100),
 * so the bar length is the score and each segment says where it comes from.
 */
export const innovationPotentialCharts: ChartBuilder = (result, lang) => {
  const rows = [...rowsOf<InnovationPotentialRow>(result)].sort((a, b) => b.score - a.score).slice(0, TOP);
  const factors = [...new Set(rows.flatMap((r) => Object.keys(r.factors)))];
  if (rows.length === 0 || factors.length === 0) return [];
  const series = factors.map((factor) => ({
    type: 'bar',
    name: labelOf(FACTOR_LABELS, factor, lang),
    stack: 'score',
    barMaxWidth: 18,
    data: rows.map((r) => ({
      value: round1(r.factors[factor]?.contribution ?? 0),
      drill: { applicant: r.applicantId },
    })),
  }));
  return [
    chartSpec({
      result,
      lang,
      height: 110 + 28 * rows.length,
      drillable: true,
      option: {
        legend: topLegend({ type: 'plain' }),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 200, right: 32, top: 72, bottom: 36 },
        xAxis: valueAxis(SCORE_AXIS[lang], { max: 100, nameLocation: 'middle', nameGap: 24 }),
        yAxis: categoryAxis(
          rows.map((r) => r.applicant),
          {
            inverse: true,
            axisTick: { show: false },
            axisLabel: { color: TEXT_COLOR, width: 184, overflow: 'truncate' },
          },
        ),
        series,
      },
    }),
  ];
};
