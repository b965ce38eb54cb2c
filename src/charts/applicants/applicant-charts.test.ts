import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorResult,
  normaliseSvg,
  openChartFixtureStore,
  svgTexts,
} from '../../../test/golden/charts/chart-fixture.js';
import type { Store } from '../../store/open-store.js';
import { chartsForIndicator, renderChartSvg } from '../index.js';
import { layoutNetwork } from './network-layout.js';

let store: Store;
beforeAll(async () => {
  store = await openChartFixtureStore();
});
afterAll(() => store?.close());

type Bar = { value: number; drill?: { applicant?: string } };
const barsOf = (option: Record<string, unknown>) =>
  (option.series as { data: (Bar | '-')[] }[]).flatMap((s) => s.data.filter((d): d is Bar => d !== '-'));

describe('top-applicants chart', () => {
  it('draws each applicant with its units, drilling to its applicant id, sectors in the legend', async () => {
    const result = await indicatorResult(store, 'top-applicants', { taxonomy: null });
    const [spec] = chartsForIndicator(result, 'zh');
    const labels = (spec!.option.yAxis as { data: string[] }).data;
    expect(labels).toEqual(result.data.map((r) => r.applicant));
    const bars = barsOf(spec!.option);
    // Bars come one series per sector, so read them back by applicant id.
    for (const row of result.data) {
      const bar = bars.find((b) => b.drill?.applicant === row.applicantId);
      expect(bar?.value).toBe(row.count);
    }
    // The first applicant's units counted from the parties independently: its publications' units.
    const first = result.data[0]!;
    const n = await store.one<{ n: number }>(
      `SELECT count(DISTINCT coalesce(p.family_id, p.publication_number))::INTEGER AS n
       FROM parties x JOIN publications p USING (publication_number)
       JOIN applicant_names a ON a.name = x.name WHERE x.role = 'applicant' AND a.applicant_id = ?`,
      [String(first.applicantId)],
    );
    expect(first.count).toBe(n?.n);
    expect(svgTexts(renderChartSvg(spec!))).toEqual(
      expect.arrayContaining(['企业', String(first.applicant)]),
    );
  });
});

describe('co-applicants network', () => {
  it('places every node at a fixed position (no force layout), the same on every run', async () => {
    const result = await indicatorResult(store, 'co-applicants', { taxonomy: null });
    const [a] = chartsForIndicator(result, 'en');
    const [b] = chartsForIndicator(result, 'en');
    expect(a!.option).toEqual(b!.option);
    const series = (
      a!.option.series as { layout: string; data: { id: string; x: number; y: number }[]; links: unknown[] }[]
    )[0]!;
    expect(series.layout).toBe('none');
    expect(series.links).toHaveLength(result.data.length);
    const ids = new Set(result.data.flatMap((r) => [r.aId, r.bId]));
    expect(new Set(series.data.map((n) => n.id))).toEqual(ids);
    for (const node of series.data) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    expect(normaliseSvg(renderChartSvg(a!))).toBe(normaliseSvg(renderChartSvg(b!)));
  });

  it('lays out components apart: nodes of two components never share a position', () => {
    const nodes = layoutNetwork([
      { source: 'a', target: 'b', weight: 2 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'x', target: 'y', weight: 1 },
    ]);
    expect(nodes.map((n) => n.id)).toEqual(['b', 'a', 'c', 'x', 'y']);
    expect(new Set(nodes.map((n) => `${n.x},${n.y}`)).size).toBe(5);
    expect(nodes.filter((n) => n.component === 0).map((n) => n.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('innovation-potential chart', () => {
  it('stacks the factor contributions of each applicant up to its score', async () => {
    const result = await indicatorResult(store, 'innovation-potential', { taxonomy: null });
    expect(result.supported).toBe(true);
    const [spec] = chartsForIndicator(result, 'zh');
    const names = (spec!.option.yAxis as { data: string[] }).data;
    const series = spec!.option.series as { name: string; data: { value: number }[] }[];
    expect(series.map((s) => s.name)).toContain('近期活跃度');
    names.forEach((name, i) => {
      const row = result.data.find((r) => r.applicant === name);
      const stacked = series.reduce((sum, s) => sum + (s.data[i]?.value ?? 0), 0);
      expect(Math.abs(stacked - Number(row?.score))).toBeLessThan(0.5);
    });
  });
});
