import type { CoApplicantRow } from '../../indicators/applicants/co-applicants.js';
import { type ChartBuilder, chartSpec, rowsOf } from '../chart-builder.js';
import { MUTED_COLOR, PALETTE, TEXT_COLOR } from '../chart-style.js';
import { layoutNetwork } from './network-layout.js';

/** Nodes named in the picture (the strongest); the others show their name on hover in the dashboard. */
const LABELLED = 15;

/**
 * The co-applicant network as an ECharts graph with fixed positions (layoutNetwork): node size by the units it
 * shares, edge width by the units a pair shares, colour by connected component (the ten largest).
 */
export const coApplicantsCharts: ChartBuilder = (result, lang) => {
  const rows = rowsOf<CoApplicantRow>(result);
  const names = new Map<string, string>();
  for (const r of rows) {
    names.set(r.aId, r.a);
    names.set(r.bId, r.b);
  }
  const nodes = layoutNetwork(rows.map((r) => ({ source: r.aId, target: r.bId, weight: r.count })));
  if (nodes.length === 0) return [];
  const maxStrength = Math.max(...nodes.map((n) => n.strength));
  const maxWeight = Math.max(...rows.map((r) => r.count));
  const labelled = new Set(
    [...nodes]
      .sort((a, b) => b.strength - a.strength || a.id.localeCompare(b.id))
      .slice(0, LABELLED)
      .map((n) => n.id),
  );
  const data = nodes.map((n) => ({
    id: n.id,
    name: names.get(n.id) ?? n.id,
    x: n.x,
    y: n.y,
    value: n.strength,
    symbolSize: Math.round(6 + 18 * Math.sqrt(n.strength / maxStrength)),
    itemStyle: { color: n.component < 10 ? PALETTE[n.component % PALETTE.length] : MUTED_COLOR },
    label: { show: labelled.has(n.id) },
    drill: { applicant: n.id },
  }));
  const links = rows.map((r) => ({
    source: r.aId,
    target: r.bId,
    value: r.count,
    lineStyle: { width: Math.round((0.8 + 3.2 * (r.count / maxWeight)) * 10) / 10 },
  }));
  return [
    chartSpec({
      result,
      lang,
      height: 560,
      drillable: true,
      option: {
        tooltip: { trigger: 'item', formatter: '{b}: {c}' },
        series: [
          {
            type: 'graph',
            layout: 'none',
            left: 40,
            right: 40,
            top: 24,
            bottom: 24,
            roam: false,
            label: { position: 'right', fontSize: 10, color: TEXT_COLOR },
            labelLayout: { hideOverlap: true },
            lineStyle: { color: '#b8bec6', opacity: 0.8, curveness: 0 },
            emphasis: { focus: 'adjacency' },
            data,
            links,
          },
        ],
      },
    }),
  ];
};
