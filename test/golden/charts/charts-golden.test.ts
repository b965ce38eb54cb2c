import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartsForIndicator, renderChartSvg } from '../../../src/charts/index.js';
import type { Store } from '../../../src/store/open-store.js';
import { indicatorResult, normaliseSvg, openChartFixtureStore } from './chart-fixture.js';

/** The charts kept as golden files: the report's main figures. */
const GOLDEN = [
  'filing-trend',
  'category-share',
  'top-applicants',
  'legal-status',
  'country-share.map',
  'effect-matrix',
  'co-applicants',
] as const;

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const file = (name: string) => fileURLToPath(new URL(`${name}.svg`, import.meta.url));

let store: Store;
beforeAll(async () => {
  store = await openChartFixtureStore();
});
afterAll(() => store?.close());

describe('golden chart SVGs (UPDATE_GOLDEN=1 rewrites them; review the change by eye)', () => {
  for (const id of GOLDEN) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${id}.${lang}`, async () => {
        const result = await indicatorResult(store, id.split('.')[0] ?? id);
        const spec = chartsForIndicator(result, lang).find((c) => c.id === id);
        expect(spec, `${id} drawn`).toBeDefined();
        const svg = normaliseSvg(renderChartSvg(spec!));
        const path = file(`${id}.${lang}`);
        if (UPDATE || !existsSync(path)) {
          if (!UPDATE) throw new Error(`no golden file ${path}: run with UPDATE_GOLDEN=1`);
          writeFileSync(path, `${svg}\n`);
        }
        expect(svg).toBe(readFileSync(path, 'utf8').trim());
      });
    }
  }
});
