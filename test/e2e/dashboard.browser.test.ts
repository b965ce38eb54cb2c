import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/serve/create-app.js';
import { openStorePool, type StorePool } from '../../src/serve/store-pool.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { makeServeStore } from '../helpers/serve-store.js';

const SHOTS = `${REPO_ROOT}test-output`;
const TOKEN = 'dashboard-test-token-0123456789';
const HOSTILE_TITLE = '<script>alert(1)</script> Neural Network Accelerator';
const HOSTILE_APPLICANT = '"><img src=x onerror=alert(1)> Corp';

let pool: StorePool;
let app: FastifyInstance;
let secured: FastifyInstance;
let base: string;
let securedBase: string;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const dialogs: string[] = [];
const foreignRequests: string[] = [];
const chartRequests: string[] = [];

/**
 * What the page.evaluate callbacks use of the browser (they run there; the test program has no DOM types).
 * Types are erased, so the callbacks can name them.
 */
interface Box {
  left: number;
  top: number;
}
interface ChartNode {
  textContent: string | null;
  getBoundingClientRect(): Box;
}
interface ChartInstance {
  getOption(): { xAxis: { data: string[] }[]; series: { data: unknown[] }[] };
  convertToPixel(finder: object, value: unknown[]): number[];
}
interface BrowserGlobals {
  document: { querySelector(selector: string): ChartNode | null };
  echarts: { getInstanceByDom(node: ChartNode): ChartInstance };
  sessionStorage: { getItem(key: string): string | null };
}

beforeAll(async () => {
  if (process.env.PATLAS_SKIP_BUILD !== '1') {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.dashboard.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  mkdirSync(SHOTS, { recursive: true });
  pool = await openStorePool(await makeServeStore(), 2);
  app = createApp({ pool });
  secured = createApp({ pool, token: TOKEN });
  base = `${await app.listen({ port: 0, host: '127.0.0.1' })}/`;
  securedBase = `${await secured.listen({ port: 0, host: '127.0.0.1' })}/`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1500, height: 1100 }, locale: 'en-US' });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith(securedBase)) foreignRequests.push(url);
    if (url.includes('/api/charts/filing-trend')) chartRequests.push(url);
  });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await secured?.close();
  pool?.close();
});

/** The values the filing-trend chart draws, by year, read from its ECharts instance. */
async function filingTrendBars(): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const browser = globalThis as unknown as BrowserGlobals;
    const node = browser.document.querySelector('[data-chart="filing-trend"]') as ChartNode;
    const option = browser.echarts.getInstanceByDom(node).getOption();
    const years = option.xAxis[0]?.data ?? [];
    const bars: Record<string, number> = {};
    for (const series of option.series) {
      series.data.forEach((item, i) => {
        const value = typeof item === 'object' && item !== null ? (item as { value: unknown }).value : item;
        if (typeof value === 'number' && years[i] !== undefined)
          bars[years[i]] = (bars[years[i]] ?? 0) + value;
      });
    }
    return bars;
  });
}

async function waitForChart(): Promise<void> {
  await page.waitForSelector('[data-chart="filing-trend"] svg');
  await page.waitForLoadState('networkidle');
}

describe('dashboard', () => {
  it('loads with every card, no console error and no request outside the server', async () => {
    await page.goto(base);
    await waitForChart();
    const cards = await page.locator('article.card').count();
    const indicators = (await (await fetch(`${base}api/indicators`)).json()) as unknown[];
    expect(cards).toBe(indicators.length);
    expect(await page.locator('[data-indicator="filing-trend"] .definition').first().textContent()).toMatch(
      /Date basis: priority year · Counting unit: families/,
    );
    await page.screenshot({ path: `${SHOTS}/dashboard-en.png` });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('redraws a chart when a filter changes', async () => {
    const before = await filingTrendBars();
    expect(Object.keys(before).length).toBeGreaterThan(10);
    await page.selectOption('select[name="dateBasis"]', 'publication');
    await page.selectOption('select[name="unit"]', 'publication');
    await page.fill('input[name="from"]', '2019');
    await page.click('form.filters button[type="submit"]');
    await page.waitForFunction(() => {
      const browser = globalThis as unknown as BrowserGlobals;
      const text = browser.document.querySelector('[data-chart="filing-trend"]')?.textContent ?? '';
      return text.includes('2020') && !text.includes('2015');
    });
    // From the source files: only the hostile fixture is published after 2016, 3 rows in 2019 and 1 in 2020.
    expect(await filingTrendBars()).toEqual({ 2019: 3, 2020: 1 });
  });

  it('drills from a bar to the patents behind it, showing hostile names as text', async () => {
    const point = await page.evaluate(() => {
      const browser = globalThis as unknown as BrowserGlobals;
      const node = browser.document.querySelector('[data-chart="filing-trend"]') as ChartNode;
      const chart = browser.echarts.getInstanceByDom(node);
      const [x, y] = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, ['2019', 1.5]);
      const box = node.getBoundingClientRect();
      return { x: box.left + (x ?? 0), y: box.top + (y ?? 0) };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('.patent-list tbody tr');
    const numbers = await page
      .locator('.patent-list tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-publication')));
    expect(numbers.sort()).toEqual(['CN110000003A', 'US10000002B2', 'US20190000001A1']);
    const listText = (await page.locator('.patent-list').textContent()) ?? '';
    expect(listText).toContain(HOSTILE_TITLE);
    expect(listText).toContain(HOSTILE_APPLICANT);
    expect(await page.locator('img').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/dashboard-drill.png` });
  });

  it('opens a patent with its labels and why', async () => {
    await page.click('.patent-list tr[data-publication="US20190000001A1"] button');
    await page.waitForSelector('.patent-detail');
    expect(await page.locator('.patent-detail .patent-title').textContent()).toBe(HOSTILE_TITLE);
    const detail = (await page.locator('.patent-detail').textContent()) ?? '';
    expect(detail).toContain(HOSTILE_APPLICANT);
    expect(await page.locator('.patent-detail table.labels tbody tr').count()).toBeGreaterThan(0);
    expect(detail).toMatch(/ai-chips/);
    expect(await page.locator('img').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/dashboard-detail.png` });
  });

  it('switches to Chinese: every heading and the charts re-requested in zh', async () => {
    const before = chartRequests.length;
    await page.click('button.lang');
    await page.waitForSelector('[data-chart="filing-trend"] svg');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe('Patlas 专利态势分析');
    expect(chartRequests.slice(before).some((url) => url.includes('lang=zh'))).toBe(true);
    expect(await page.locator('[data-chart="filing-trend"] svg').textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('[data-indicator="filing-trend"] .definition').first().textContent()).toMatch(
      /日期口径：公开年.*覆盖率 100%（有公开年信息的专利：/,
    );
    // Why an indicator is unsupported, in the indicator's own Chinese (not an English sentence in a Chinese frame).
    const unsupported = await page.locator('.unsupported').allTextContents();
    expect(unsupported.length).toBeGreaterThan(0);
    for (const text of unsupported) expect(text).not.toMatch(/\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/);
    expect(unsupported.join('\n')).toContain(
      '当前数据无法支持该指标：需要指定 --taxonomy；本数据库已有的分类体系：',
    );
    await page.screenshot({ path: `${SHOTS}/dashboard-zh.png` });
    await page.click('button.lang');
    await page.waitForSelector('[data-chart="filing-trend"] svg');
    expect(await page.locator('h1').textContent()).toBe('Patlas patent landscape');
  });

  it('matches a need and opens a matching patent', async () => {
    await page.fill('textarea[name="need"]', 'neural network accelerator chip');
    await page.click('form.match-form button');
    await page.waitForSelector('.match-results li[data-publication]');
    const first = page.locator('.match-results li[data-publication="US20190000001A1"]');
    expect(await first.textContent()).toContain(HOSTILE_TITLE);
    await first.locator('button').click();
    await page.waitForSelector('.patent-detail[data-publication="US20190000001A1"]');
    await page.screenshot({ path: `${SHOTS}/dashboard-match.png`, fullPage: true });
  });

  it('runs no script from the data and makes no outside request', () => {
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('asks for the token when the server needs one, and works with it', async () => {
    const tab = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await tab.goto(securedBase);
    await tab.waitForSelector('.banner:not([hidden])');
    expect(await tab.locator('.banner').textContent()).toMatch(/access token/);
    await tab.fill('input[name="token"]', TOKEN);
    await tab.click('form.token button');
    await tab.waitForSelector('[data-chart="filing-trend"] svg');
    expect(
      await tab.evaluate(() =>
        (globalThis as unknown as BrowserGlobals).sessionStorage.getItem('patlas-token'),
      ),
    ).toBe(TOKEN);
    await tab.screenshot({ path: `${SHOTS}/dashboard-token.png` });
    await tab.close();
  });
});
