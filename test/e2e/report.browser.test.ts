import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyStore } from '../../src/classify/taxonomy/classify-store.js';
import { resolveTaxonomy } from '../../src/classify/taxonomy/resolve-taxonomy.js';
import { parseIndicatorParams } from '../../src/indicators/indicator-params.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/report/pdf/write-report-pdf.js';
import { writeReport } from '../../src/report/write-report.js';
import { openFixtureStore } from '../helpers/fixture-store.js';

const OUTPUT = resolve(fileURLToPath(new URL('../../test-output/', import.meta.url)));
const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/lens-hostile-names.csv', import.meta.url));
const ISTAT = 'ai-text-istat/sample_update_split/patents_sample_update_part_1.csv';

let browser: Browser;
const reports: Record<string, string> = {};

/** Write the zh and en reports of a fixture store into test-output/<name>/. */
async function writeFixtureReport(name: string, paths: string[], taxonomy: string | null): Promise<void> {
  const store = await openFixtureStore(paths);
  try {
    if (taxonomy) await classifyStore(store, resolveTaxonomy(taxonomy), 'test');
    const written = await writeReport(store, {
      outDir: join(OUTPUT, name),
      langs: ['zh', 'en'],
      params: parseIndicatorParams({}),
      taxonomy,
      patlasVersion: 'test',
    });
    for (const f of written.files) reports[`${name}.${f.lang}`] = f.html;
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  await writeFixtureReport('report-ai', [ISTAT], 'techstack');
  await writeFixtureReport('report-hostile', [HOSTILE], null);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  requests: string[];
  errors: string[];
  dialogs: string[];
  page: Awaited<ReturnType<Browser['newPage']>>;
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const opened: Opened = { requests: [], errors: [], dialogs: [], page };
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') opened.errors.push(m.text());
  });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  page.on('dialog', async (d) => {
    opened.dialogs.push(d.message());
    await d.dismiss();
  });
  // Anything but the report file itself is refused (and recorded above).
  const self = pathToFileURL(file).href;
  await page.route('**', (route) => (route.request().url() === self ? route.continue() : route.abort()));
  await page.goto(self, { waitUntil: 'load' });
  return opened;
}

describe('the report in real Chromium', () => {
  it.each(['zh', 'en'])(
    '%s: opens with no console error, no request but the file, every chart drawn',
    async (lang) => {
      const file = reports[`report-ai.${lang}`] ?? '';
      const { page, requests, errors } = await open(file);
      try {
        expect(errors).toEqual([]);
        expect(requests).toEqual([pathToFileURL(file).href]);
        expect(await page.locator('script').count()).toBe(0);
        const figures = page.locator('figure');
        const count = await figures.count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const figure = figures.nth(i);
          const id = await figure.getAttribute('data-chart');
          const drawn = await figure.locator('svg :is(path, rect, text, circle, polyline, polygon)').count();
          expect(drawn, String(id)).toBeGreaterThan(3);
          const box = await figure.locator('svg').first().boundingBox();
          expect(box?.width ?? 0, String(id)).toBeGreaterThan(200);
          expect(box?.height ?? 0, String(id)).toBeGreaterThan(100);
        }
        // The text is laid out in the report's language with a CJK-capable font.
        expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        await page.screenshot({ path: join(OUTPUT, `report-${lang}-top.png`) });
        await page.locator('#s-trends').screenshot({ path: join(OUTPUT, `report-${lang}-trends.png`) });
        await page
          .locator('#s-applicants')
          .screenshot({ path: join(OUTPUT, `report-${lang}-applicants.png`) });
      } finally {
        await page.close();
      }
    },
  );

  it.each(['zh', 'en'])('%s: hostile titles and applicants show as text and never run', async (lang) => {
    const { page, requests, errors, dialogs } = await open(reports[`report-hostile.${lang}`] ?? '');
    try {
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toHaveLength(1);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(0);
      const table = page.locator('#tab-top-applicants');
      await expect(table.textContent()).resolves.toContain('<script>alert(1)</script> Labs');
      await expect(table.textContent()).resolves.toContain('"><img src=x onerror=alert(1)>');
      await table.screenshot({ path: join(OUTPUT, `report-hostile-${lang}.png`) });
    } finally {
      await page.close();
    }
  });
});
