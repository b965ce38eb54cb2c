import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorResult,
  isPlainJson,
  openChartFixtureStore,
  svgTexts,
} from '../../test/golden/charts/chart-fixture.js';
import type { IndicatorResult } from '../indicators/indicator-types.js';
import { indicatorIds } from '../indicators/registry.js';
import type { Store } from '../store/open-store.js';
import { CHART_BUILDERS, chartsForIndicator, renderChartSvg } from './index.js';

let store: Store;
const results = new Map<string, IndicatorResult>();

beforeAll(async () => {
  store = await openChartFixtureStore();
  for (const id of indicatorIds()) results.set(id, await indicatorResult(store, id));
});
afterAll(() => store?.close());

const drills = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value.flatMap(drills);
  if (value && typeof value === 'object') {
    const own = 'drill' in value ? [(value as { drill: unknown }).drill] : [];
    return [...own, ...Object.values(value).flatMap(drills)];
  }
  return [];
};

describe('every registered indicator', () => {
  it('has a chart builder', () => {
    expect(Object.keys(CHART_BUILDERS).sort()).toEqual([...indicatorIds()].sort());
  });

  it('gives plain-JSON options that render to SVG, in both languages, with the title in that language', () => {
    let drawn = 0;
    for (const [id, result] of results) {
      for (const lang of ['zh', 'en'] as const) {
        const charts = chartsForIndicator(result, lang);
        if (!result.supported) expect(charts).toEqual([]);
        for (const spec of charts) {
          drawn += 1;
          expect(spec.indicatorId).toBe(id);
          expect(spec.id.startsWith(id)).toBe(true);
          expect(isPlainJson(spec.option), spec.id).toBe(true);
          expect(JSON.stringify(spec.option)).not.toContain('"force"');
          if (spec.id === id) expect(spec.title).toBe(result.definition.title[lang]);
          if (lang === 'zh') expect(spec.title, spec.id).toMatch(/[\u4e00-\u9fff]/);
          // A drillable chart carries filters on its items, and only filter keys the API accepts.
          const filters = drills(spec.option);
          expect(filters.length > 0, spec.id).toBe(spec.drillable);
          for (const f of filters) {
            expect(
              Object.keys(f as object).every((k) =>
                ['from', 'to', 'category', 'country', 'applicant'].includes(k),
              ),
            ).toBe(true);
          }
          const svg = renderChartSvg(spec);
          expect(svg.startsWith('<svg'), spec.id).toBe(true);
          expect(svg).toContain(`width="${spec.width}" height="${spec.height}"`);
          expect(svgTexts(svg).length + (svg.match(/<path/g)?.length ?? 0), spec.id).toBeGreaterThan(5);
        }
      }
    }
    expect(drawn).toBeGreaterThan(40);
  });

  it('writes SVG a strict XML reader accepts (no raw quotes inside attributes)', () => {
    const result = results.get('top-applicants');
    const [spec] = chartsForIndicator(result!, 'zh');
    const svg = renderChartSvg(spec!);
    for (const attr of svg.matchAll(/\s[\w:-]+="([^"]*)"/g)) expect(attr[1]).not.toContain('\'"');
    expect(svg).not.toMatch(/style="[^"]*"[^ >/]/);
  });

  it('escapes names as text: a hostile applicant name never becomes markup', () => {
    const result = results.get('top-applicants')!;
    const row = { ...result.data[0], applicant: '<script>alert(1)</script>"><img src=x onerror=alert(1)>' };
    const [spec] = chartsForIndicator({ ...result, data: [row, ...result.data.slice(1)] }, 'en');
    const svg = renderChartSvg(spec!);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
  });
});
