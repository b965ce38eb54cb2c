import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorResult,
  openChartFixtureStore,
  svgTexts,
} from '../../../test/golden/charts/chart-fixture.js';
import type { Store } from '../../store/open-store.js';
import { chartsForIndicator, renderChartSvg } from '../index.js';

let store: Store;
beforeAll(async () => {
  store = await openChartFixtureStore();
});
afterAll(() => store?.close());

type Bar = {
  value: number;
  drill?: { category?: string; from?: number; to?: number };
  itemStyle?: { decal?: unknown };
};
type Series = { name?: string; data: (Bar | '-')[] };
const bars = (option: Record<string, unknown>) =>
  (option.series as Series[]).flatMap((s) => s.data.filter((d): d is Bar => d !== '-'));

describe('category-share charts', () => {
  it('draw the three techstack layers, then each branch with the publications techstack labelled', async () => {
    // Publications per category as classify stored them (publication unit: no families merged).
    const labelled = await store.all<{ category: string; n: number }>(
      `SELECT category_id AS category, count(DISTINCT publication_number)::INTEGER AS n FROM labels
       WHERE taxonomy_id = 'techstack' GROUP BY category_id`,
    );
    const expected = new Map(labelled.map((r) => [r.category, r.n]));
    const result = await indicatorResult(store, 'category-share', { unit: 'publication' });
    const [layers, branches] = chartsForIndicator(result, 'zh');
    expect(layers?.id).toBe('category-share.layers');
    const xLabels = (layers!.option.xAxis as { data: string[] }).data;
    expect(xLabels).toEqual(['基础层', '模型层', '应用层（AI+）']);
    expect(bars(layers!.option).map((b) => b.value)).toEqual(
      ['foundation', 'model', 'application'].map((c) => expected.get(c)),
    );
    const branchBars = bars(branches!.option);
    expect(branchBars.map((b) => b.drill?.category)).not.toContain('ai');
    expect(branchBars.length).toBe(labelled.length - 4);
    for (const b of branchBars) expect(b.value).toBe(expected.get(b.drill?.category ?? ''));
    // Legend: the layers, in Chinese.
    const texts = svgTexts(renderChartSvg(branches!));
    expect(texts).toEqual(expect.arrayContaining(['模型层', '应用层（AI+）', '计算机视觉']));
  });
});

describe('category-trend charts', () => {
  it('stack the largest branches per year, incomplete years hatched, each item drilling to year and branch', async () => {
    const result = await indicatorResult(store, 'category-trend');
    const charts = chartsForIndicator(result, 'en');
    expect(charts.map((c) => c.id)).toEqual(['category-trend.layers', 'category-trend']);
    const stacked = charts[1]!.option;
    const years = (stacked.xAxis as { data: string[] }).data.map(Number);
    const last = result.definition.lastCompleteYear ?? 0;
    for (const series of stacked.series as Series[]) {
      series.data.forEach((item, i) => {
        if (item === '-') return;
        const year = years[i] ?? 0;
        const category = item.drill?.category ?? '';
        const row = result.data.find((r) => r.category === category && r.year === year);
        expect(item.value).toBe(row?.count ?? 0);
        expect(item.drill).toEqual({ from: year, to: year, category });
        expect(Boolean(item.itemStyle?.decal)).toBe(year > last);
      });
    }
    expect((stacked.series as Series[]).length).toBeLessThanOrEqual(8);
  });
});

describe('effect-matrix chart', () => {
  it('puts each branch x effect count in its cell, with the effect names of the lexicon in Chinese', async () => {
    const result = await indicatorResult(store, 'effect-matrix');
    const [spec] = chartsForIndicator(result, 'zh');
    const effects = (spec!.option.xAxis as { data: string[] }).data;
    expect(effects).toContain('准确性');
    const series = (spec!.option.series as { data: { value: number[]; drill: { category: string } }[] }[])[0];
    for (const cell of series?.data ?? []) {
      const row = result.data.find((r) => r.category === cell.drill.category && r.count === cell.value[2]);
      expect(row).toBeDefined();
    }
    expect(svgTexts(renderChartSvg(spec!))).toEqual(expect.arrayContaining(['准确性', '深度学习']));
  });
});
