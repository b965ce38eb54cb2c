import type { LifeCycleRow } from '../../indicators/applicants/life-cycle.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { labelOf, PHASE_LABELS } from '../chart-labels.js';
import { GRID_LINE_COLOR, MUTED_COLOR, topLegend, valueAxis } from '../chart-style.js';
import { countAxisName, incompleteNote } from '../chart-text.js';

const APPLICANTS_AXIS = { en: 'Applicants', zh: '申请人数量' };
const PHASE_COLORS: Readonly<Record<string, string>> = {
  inception: '#d4b14a',
  growth: '#6a9f58',
  maturity: '#3b6ea8',
  decline: '#c8566b',
};

/**
 * The life-cycle path: units (x) against applicants (y), one point per year joined in time order, points
 * coloured by phase; years labelled every fifth year and at the ends. Incomplete years are hollow.
 */
export const lifeCycleCharts: ChartBuilder = (result, lang) => {
  const all = rowsOf<LifeCycleRow>(result);
  const first = all.findIndex((r) => r.count > 0);
  const rows = first < 0 ? [] : all.slice(first);
  if (rows.length === 0) return [];
  const lastIndex = rows.length - 1;
  const point = (r: LifeCycleRow, i: number) => ({
    value: [r.count, r.applicants, r.year],
    drill: { from: r.year, to: r.year },
    label: { show: i === 0 || i === lastIndex || r.year % 5 === 0 },
  });
  const phases = Object.keys(PHASE_LABELS).filter((p) => rows.some((r) => r.phase === p));
  const incomplete = rows.filter((r) => r.incomplete);
  const key = (r: LifeCycleRow) => (r.incomplete ? 'incomplete' : (r.phase ?? 'none'));
  const groups: { id: string; name: string; color: string; hollow: boolean }[] = [
    ...phases.map((p) => ({
      id: p,
      name: labelOf(PHASE_LABELS, p, lang),
      color: PHASE_COLORS[p] ?? MUTED_COLOR,
      hollow: false,
    })),
    ...(rows.some((r) => !r.incomplete && !r.phase)
      ? [{ id: 'none', name: lang === 'zh' ? '未判定' : 'Not assessed', color: MUTED_COLOR, hollow: false }]
      : []),
    ...(incomplete.length > 0
      ? [
          {
            id: 'incomplete',
            name: incompleteNote(
              incomplete[0]?.year ?? 0,
              incomplete[incomplete.length - 1]?.year ?? 0,
              lang,
            ),
            color: MUTED_COLOR,
            hollow: true,
          },
        ]
      : []),
  ];
  const scatter = groups.map((g) => ({
    type: 'scatter',
    name: g.name,
    symbolSize: 9,
    itemStyle: g.hollow ? { color: '#ffffff', borderColor: g.color, borderWidth: 1.5 } : { color: g.color },
    label: { position: 'top', formatter: '{@[2]}', fontSize: 10, color: MUTED_COLOR },
    data: rows.flatMap((r, i) => (key(r) === g.id ? [point(r, i)] : [])),
  }));
  const path = {
    type: 'line',
    name: 'path',
    silent: true,
    symbol: 'none',
    lineStyle: { color: GRID_LINE_COLOR, width: 1.5 },
    data: rows.map((r) => [r.count, r.applicants]),
    z: 1,
  };
  return [
    chartSpec({
      result,
      lang,
      height: 420,
      drillable: true,
      option: {
        legend: topLegend({ data: groups.map((g) => g.name) }),
        tooltip: { trigger: 'item', formatter: '{@[2]}: {@[0]} / {@[1]}' },
        grid: { left: 64, right: 32, top: 56, bottom: 48 },
        xAxis: valueAxis(countAxisName(result.definition, lang), { nameLocation: 'middle', nameGap: 28 }),
        yAxis: valueAxis(APPLICANTS_AXIS[lang]),
        series: [path, ...scatter],
      },
    }),
  ];
};
