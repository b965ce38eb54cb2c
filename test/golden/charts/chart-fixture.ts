import { refreshTechnicalEffects } from '../../../src/classify/effects/refresh-technical-effects.js';
import { classifyStore } from '../../../src/classify/taxonomy/classify-store.js';
import { resolveTaxonomy } from '../../../src/classify/taxonomy/resolve-taxonomy.js';
import { parseIndicatorParams } from '../../../src/indicators/indicator-params.js';
import { createIndicatorScope } from '../../../src/indicators/indicator-scope.js';
import type { IndicatorResult } from '../../../src/indicators/indicator-types.js';
import { findIndicator } from '../../../src/indicators/registry.js';
import { runIndicator } from '../../../src/indicators/run-indicator.js';
import type { Store } from '../../../src/store/open-store.js';
import { openFixtureStore } from '../../helpers/fixture-store.js';

/**
 * The small real store the chart tests and golden files draw: Lens drone families (applicants, legal status,
 * jurisdictions, origins) and ISTAT AI patents (AI text for the techstack layers and the technical effects),
 * classified with techstack as `patlas classify` does.
 */
export const CHART_FIXTURE_FILES = [
  'lens/drones_fulltext_families_5884_raw.csv',
  'epo-xml',
  'uspto-xml',
  'ai-text-istat/sample_update_split/patents_sample_update_part_1.csv',
] as const;

export async function openChartFixtureStore(): Promise<Store> {
  const store = await openFixtureStore(CHART_FIXTURE_FILES);
  await classifyStore(store, resolveTaxonomy('techstack'), 'test');
  await refreshTechnicalEffects(store);
  return store;
}

/**
 * One indicator's result on the store. The techstack taxonomy by default (its scope is then the units it
 * labels); `taxonomy: null` runs on the whole store.
 */
export async function indicatorResult(
  store: Store,
  id: string,
  filters: Record<string, unknown> = {},
): Promise<IndicatorResult> {
  const raw = Object.fromEntries(
    Object.entries({ taxonomy: 'techstack', ...filters }).filter(([, value]) => value !== null),
  );
  const params = parseIndicatorParams(raw);
  const scope = await createIndicatorScope(store, params);
  try {
    return await runIndicator(store, findIndicator(id), params, scope);
  } finally {
    await scope.release();
  }
}

/** The option survives a JSON round trip unchanged: no functions, no undefined, no class instances. */
export function isPlainJson(value: unknown): boolean {
  return JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value) && !hasFunction(value);
}

function hasFunction(value: unknown): boolean {
  if (typeof value === 'function' || value === undefined) return true;
  if (Array.isArray(value)) return value.some(hasFunction);
  if (value && typeof value === 'object') return Object.values(value).some(hasFunction);
  return false;
}

/** The text drawn in an SVG (the contents of its <text> elements), entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&amp;', '&'),
  );
}

/**
 * An SVG with ECharts' process-wide counters taken out: the renderer instance prefix (zr0-, zr1- ...) and the
 * ids and class names it numbers globally (cls-12, p3, c0 ...), renumbered in order of first appearance.
 */
export function normaliseSvg(svg: string): string {
  const renamed = new Map<string, string>();
  const perKind = new Map<string, number>();
  return svg
    .replace(/zr\d+-([a-z]+)(-?)(\d+)/g, (_match, kind: string, dash: string, n: string) => {
      const key = `${kind}${dash}${n}`;
      let name = renamed.get(key);
      if (!name) {
        const next = perKind.get(kind) ?? 0;
        perKind.set(kind, next + 1);
        name = `zr-${kind}${dash}${next}`;
        renamed.set(key, name);
      }
      return name;
    })
    .trim();
}
