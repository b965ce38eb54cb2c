import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore } from '../../../test/helpers/fixture-store.js';
import { chartsForIndicator, renderChartSvg } from '../../charts/index.js';
import { parseIndicatorParams } from '../../indicators/indicator-params.js';
import type { Store } from '../../store/open-store.js';
import { buildReportModel, readReportData } from '../model/build-report-model.js';
import { renderReportHtml } from './render-report-html.js';

const HOSTILE = fileURLToPath(
  new URL('../../../test/fixtures/hostile/lens-hostile-names.csv', import.meta.url),
);

let store: Store;
const pages: Record<'en' | 'zh', string> = { en: '', zh: '' };

beforeAll(async () => {
  store = await openFixtureStore([HOSTILE]);
  const data = await readReportData(store, parseIndicatorParams({}));
  for (const lang of ['en', 'zh'] as const) {
    const model = buildReportModel(data, {
      lang,
      title: 'Report <script>alert(1)</script>',
      patlasVersion: 'test',
      generatedAt: '2025-01-01T00:00:00Z',
      charts: chartsForIndicator,
    });
    pages[lang] = renderReportHtml(model, (figure) => renderChartSvg(figure.chart));
  }
}, 60_000);
afterAll(() => store.close());

describe('report HTML with hostile titles and applicants', () => {
  it.each(['en', 'zh'] as const)('%s: the script and img payloads are text, never markup', (lang) => {
    const page = pages[lang];
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    expect(page).not.toMatch(/<[^>]*\sonerror\s*=/i);
    // The applicants from the fixture (harmonised display names drop the legal form), escaped, in a table cell.
    expect(page).toMatch(/<td[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt; Labs<\/td>/);
    expect(page).toMatch(/<td[^>]*>&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;<\/td>/);
    expect(page).toContain('<title>Report &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('is one self-contained file: no external resource, no link, style inline', () => {
    const page = pages.en;
    expect(page).not.toMatch(/<link|<iframe|@import|url\(\s*['"]?https?:/i);
    expect(page).not.toMatch(/\s(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(page).toMatch(/<style>[\s\S]*Noto Sans CJK SC[\s\S]*<\/style>/);
    expect(page.match(/<section /g)).toHaveLength(13);
  });
});
