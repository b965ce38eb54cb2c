import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorResult, openChartFixtureStore } from '../../../test/golden/charts/chart-fixture.js';
import { countryName } from '../../geo/countries/country-names.js';
import type { Store } from '../../store/open-store.js';
import { chartsForIndicator, renderChartSvg } from '../index.js';
import { worldGeoJson } from './world-map.js';

let store: Store;
beforeAll(async () => {
  store = await openChartFixtureStore();
});
afterAll(() => store?.close());

describe('world map', () => {
  it('names its regions by ISO alpha-2 code (840 -> US, 156 -> CN) and draws no line across the antimeridian', () => {
    const names = worldGeoJson().features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['US', 'CN', 'DE', 'RU', 'FJ']));
    expect(names).not.toContain('AQ');
    for (const f of worldGeoJson().features) {
      const polygons =
        f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : f.geometry.type === 'Polygon'
            ? [f.geometry.coordinates]
            : [];
      for (const ring of polygons.flat()) {
        ring.forEach((p, i) => {
          if (i > 0) expect(Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180);
        });
      }
    }
  });
});

describe('country-share charts', () => {
  it('shade the map by fractional units per origin country, joined by code through nameMap, in Chinese', async () => {
    // Origins as derived at ingest: fractional weights per publication, summed per country (publication unit).
    const origins = await store.all<{ country: string; n: number }>(
      `SELECT country_code AS country, sum(weight) AS n FROM publication_origins GROUP BY country_code`,
    );
    const expected = new Map(origins.map((r) => [r.country, Math.round(Number(r.n) * 10) / 10]));
    const result = await indicatorResult(store, 'country-share', { taxonomy: null, unit: 'publication' });
    const [map, bars] = chartsForIndicator(result, 'zh');
    expect(map?.id).toBe('country-share.map');
    const series = (
      map!.option.series as {
        map: string;
        nameMap: Record<string, string>;
        data: { name: string; value: number; drill: { country: string } }[];
      }[]
    )[0]!;
    expect(series.nameMap.US).toBe(countryName('US', 'zh'));
    for (const item of series.data) {
      expect(item.name).toBe(series.nameMap[item.drill.country]);
      expect(item.value).toBe(expected.get(item.drill.country));
    }
    expect(series.data.length).toBeGreaterThan(3);
    expect((bars!.option.yAxis as { data: string[] }).data[0]).toBe('美国');
    // The United States is shaded: its path takes a colour of the scale, not the no-data grey.
    expect(renderChartSvg(map!)).toMatch(/fill="#(1f3f66|[0-9a-f]{6})"/);
  });
});

describe('region-trend chart', () => {
  it('stacks regions so each year sums to the year total of the rows, incomplete years hatched', async () => {
    const result = await indicatorResult(store, 'region-trend', { taxonomy: null });
    const [spec] = chartsForIndicator(result, 'zh');
    const years = (spec!.option.xAxis as { data: string[] }).data.map(Number);
    const series = spec!.option.series as {
      name: string;
      data: { value: number; itemStyle?: { decal?: unknown } }[];
    }[];
    expect(series.map((s) => s.name)).toContain('北美洲');
    years.forEach((year, i) => {
      const drawn = series.reduce((s, x) => s + (x.data[i]?.value ?? 0), 0);
      const rows = result.data.filter((r) => r.year === year).reduce((s, r) => s + Number(r.count), 0);
      expect(Math.abs(drawn - rows)).toBeLessThan(0.05 * series.length + 1e-9);
      expect(Boolean(series[0]?.data[i]?.itemStyle?.decal)).toBe(
        year > (result.definition.lastCompleteYear ?? 0),
      );
    });
  });
});
