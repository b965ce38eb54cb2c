import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, SHARED_DATA } from '../../../test/helpers/fixture-store.js';
import { refreshTechnicalEffects } from '../../classify/effects/refresh-technical-effects.js';
import { classifyStore } from '../../classify/taxonomy/classify-store.js';
import { resolveTaxonomy } from '../../classify/taxonomy/resolve-taxonomy.js';
import type { Store } from '../../store/open-store.js';
import { parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope } from '../indicator-scope.js';
import type { Indicator, IndicatorResult } from '../indicator-types.js';
import { runIndicator } from '../run-indicator.js';
import { categoryShare } from './category-share.js';
import { categoryTrend } from './category-trend.js';
import { effectMatrix } from './effect-matrix.js';

const ISTAT = ['1', '2', '3'].map(
  (n) => `ai-text-istat/sample_update_split/patents_sample_update_part_${n}.csv`,
);
let istat: Store;
let xml: Store;

async function run(
  store: Store,
  indicator: Indicator,
  raw: Record<string, unknown> = {},
): Promise<IndicatorResult> {
  const params = parseIndicatorParams(raw);
  const scope = await createIndicatorScope(store, params);
  try {
    return await runIndicator(store, indicator, params, scope);
  } finally {
    await scope.release();
  }
}

beforeAll(async () => {
  [istat, xml] = await Promise.all([openFixtureStore(ISTAT), openFixtureStore(['epo-xml', 'uspto-xml'])]);
  await classifyStore(istat, resolveTaxonomy('wipo2019'), 'test');
  await refreshTechnicalEffects(istat);
  await refreshTechnicalEffects(xml);
});
afterAll(() => {
  istat?.close();
  xml?.close();
});

describe('category-trend and category-share', () => {
  it('need --taxonomy, and name the taxonomies of the store', async () => {
    for (const indicator of [categoryTrend, categoryShare]) {
      const result = await run(istat, indicator);
      expect(result.supported).toBe(false);
      expect(result.message?.en).toBe('needs --taxonomy; taxonomies in this store: wipo2019');
    }
  });

  it('units per category and year, whole counting, names from the taxonomy file', async () => {
    // The raw file's year per id (US-7849036-B2 -> US7849036B2), the labels as classify stored them.
    const yearOf = new Map<string, number>();
    for (const file of ISTAT) {
      const rows = parse(readFileSync(resolve(SHARED_DATA, file)), { columns: true }) as Record<
        string,
        string
      >[];
      for (const r of rows) yearOf.set((r.id ?? '').replaceAll('-', ''), Number(r.year));
    }
    const labelled = await istat.all<{ p: string }>(
      "SELECT DISTINCT publication_number AS p FROM labels WHERE taxonomy_id = 'wipo2019' AND category_id = 'machine-learning'",
    );
    const expected = new Map<number, number>();
    for (const { p } of labelled) {
      const year = yearOf.get(p);
      if (year !== undefined) expected.set(year, (expected.get(year) ?? 0) + 1);
    }
    expect(labelled.length).toBeGreaterThan(50);
    const trend = await run(istat, categoryTrend, { taxonomy: 'wipo2019' });
    const ml = trend.data.filter((r) => r.category === 'machine-learning');
    expect(ml[0]?.name).toBe('Machine learning');
    expect(ml[0]?.nameZh).toBe('机器学习');
    for (const row of ml) expect(row.count).toBe(expected.get(Number(row.year)) ?? 0);

    const share = await run(istat, categoryShare, { taxonomy: 'wipo2019' });
    const row = share.data.find((r) => r.category === 'machine-learning');
    const units = await istat.one<{ n: number }>(
      "SELECT count(DISTINCT publication_number) AS n FROM labels WHERE taxonomy_id = 'wipo2019'",
    );
    expect(row?.count).toBe(labelled.length);
    expect(row?.share).toBeCloseTo(labelled.length / Number(units?.n), 12);
  });
});

describe('effect-matrix', () => {
  it('units per category and improving effect, as a share of the category', async () => {
    const raw = await istat.all<{ effect: string; n: number }>(
      `SELECT e.effect_id AS effect, count(DISTINCT e.publication_number) AS n FROM technical_effects e
       WHERE e.polarity = 'improves' AND e.publication_number IN
         (SELECT publication_number FROM labels WHERE taxonomy_id = 'wipo2019' AND category_id = 'machine-learning')
       GROUP BY 1`,
    );
    const size = await istat.one<{ n: number }>(
      "SELECT count(DISTINCT publication_number) AS n FROM labels WHERE taxonomy_id = 'wipo2019' AND category_id = 'machine-learning'",
    );
    const result = await run(istat, effectMatrix, { taxonomy: 'wipo2019' });
    const ml = result.data.filter((r) => r.category === 'machine-learning');
    expect(ml.length).toBe(raw.length);
    for (const r of raw) {
      const row = ml.find((m) => m.effect === r.effect);
      expect(row?.count).toBe(Number(r.n));
      expect(row?.share).toBeCloseTo(Number(r.n) / Number(size?.n), 12);
    }
  });

  it('without --taxonomy: WIPO fields as branches, and unsupported where no unit has a field', async () => {
    const byField = await run(xml, effectMatrix);
    expect(byField.supported).toBe(true);
    expect(byField.definition.notes.map((n) => n.en).join(' ')).toMatch(/WIPO technology fields/);
    const total = await xml.one<{ n: number }>(
      `SELECT count(*) AS n FROM (SELECT DISTINCT t.field_nr, e.effect_id, e.publication_number FROM technical_effects e
       JOIN technology_fields t USING (publication_number) WHERE e.polarity = 'improves')`,
    );
    expect(byField.data.reduce((s, r) => s + Number(r.count), 0)).toBe(Number(total?.n));
    // istat has titles and abstracts but no IPC/CPC class: no WIPO field to use as a branch.
    const none = await run(istat, effectMatrix);
    expect(none.supported).toBe(false);
    expect(none.message?.en).toMatch(/WIPO technology field/);
  });
});
