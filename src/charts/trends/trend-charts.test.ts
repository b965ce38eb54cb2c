import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorResult,
  isPlainJson,
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

type Item = { value: number; drill: { from: number; to: number } } | '-';
const seriesOf = (option: Record<string, unknown>) =>
  option.series as { name: string; data: Item[]; itemStyle?: { decal?: unknown } }[];
const axisData = (axis: unknown) => (axis as { data: string[] }).data;

describe('filing-trend chart', () => {
  it('draws one bar per year with the counts the store holds, incomplete years hatched', async () => {
    // Publications per publication year, counted from the stored dates (a year-only source keeps the year).
    const expected = await store.all<{ year: number; n: number }>(
      `SELECT y AS year, count(*)::INTEGER AS n FROM (
         SELECT coalesce(year(publication_date), publication_year) AS y FROM publications)
       WHERE y IS NOT NULL GROUP BY y ORDER BY y`,
    );
    expect(expected.length).toBeGreaterThan(10);
    const result = await indicatorResult(store, 'filing-trend', {
      taxonomy: null,
      unit: 'publication',
      dateBasis: 'publication',
    });
    const [spec] = chartsForIndicator(result, 'en');
    expect(spec?.id).toBe('filing-trend');
    expect(spec?.drillable).toBe(true);
    const option = spec?.option ?? {};
    expect(isPlainJson(option)).toBe(true);
    const years = axisData(option.xAxis).map(Number);
    const [complete, incomplete] = seriesOf(option);
    const drawn = new Map<number, number>();
    years.forEach((year, i) => {
      const item = complete?.data[i] !== '-' ? complete?.data[i] : incomplete?.data[i];
      if (item && item !== '-') {
        expect(item.drill).toEqual({ from: year, to: year });
        drawn.set(year, item.value);
      }
    });
    for (const { year, n } of expected) expect(drawn.get(year) ?? 0).toBe(n);
    const last = result.definition.lastCompleteYear ?? 0;
    expect(years.some((y) => y > last)).toBe(true);
    years.forEach((year, i) => {
      expect(complete?.data[i] === '-').toBe(year > last);
      expect(incomplete?.data[i] === '-').toBe(year <= last);
    });
    expect(incomplete?.itemStyle?.decal).toBeTruthy();
    expect(incomplete?.name).toMatch(
      new RegExp(`^${last + 1}–\\d{4}: incomplete \\(18-month publication lag\\)$`),
    );
  });

  it('speaks Chinese when asked, and renders to SVG with those labels', async () => {
    const result = await indicatorResult(store, 'filing-trend');
    const [spec] = chartsForIndicator(result, 'zh');
    expect(spec?.title).toBe('专利申请趋势');
    const svg = renderChartSvg(spec!);
    expect(svg.startsWith('<svg')).toBe(true);
    const texts = svgTexts(svg);
    expect(texts).toContain('专利族（项）');
    expect(texts).toContain('最早优先权年');
    expect(texts).not.toContain('Complete years');
    expect(texts).toContain('完整年份');
    expect(texts.some((t) => t.includes('年数据不完整（公开滞后约18个月）'))).toBe(true);
    expect(svg).toContain('<pattern');
  });

  it('draws nothing for an unsupported result', async () => {
    const result = await indicatorResult(store, 'filing-trend');
    expect(chartsForIndicator({ ...result, supported: false, data: [] }, 'en')).toEqual([]);
  });
});
