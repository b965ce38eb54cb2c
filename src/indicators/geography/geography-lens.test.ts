import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, SHARED_DATA } from '../../../test/helpers/fixture-store.js';
import type { Store } from '../../store/open-store.js';
import { type IndicatorParams, parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope, type IndicatorScope } from '../indicator-scope.js';
import type { Indicator, IndicatorResult } from '../indicator-types.js';
import { runIndicator } from '../run-indicator.js';
import { clusters } from './clusters.js';
import { countryShare } from './country-share.js';
import { provinceShare } from './province-share.js';

// Lens drones export: applicant and inventor names, no addresses (DATA.md).
const FILE = 'lens/drones_fulltext_families_5884_raw.csv';
const REGIONAL = new Set(['EP', 'WO', 'EA', 'AP', 'OA', 'GC', 'EM', 'IB', 'XN', 'XV']);

let store: Store;
let params: IndicatorParams;
let scope: IndicatorScope;

async function run(indicator: Indicator): Promise<IndicatorResult> {
  return runIndicator(store, indicator as unknown as Indicator, params, scope);
}

beforeAll(async () => {
  store = await openFixtureStore([FILE]);
  params = parseIndicatorParams({ unit: 'publication' });
  scope = await createIndicatorScope(store, params);
}, 60_000);

afterAll(async () => {
  await scope.release();
  store.close();
});

describe('geography without party addresses (Lens drones)', () => {
  it('takes every origin from the office of first filing, counted once per publication', async () => {
    const all = parse(readFileSync(resolve(SHARED_DATA, FILE)), { columns: true }) as Record<
      string,
      string
    >[];
    // Four Indian publications with letters in their number ("IN 1442CH2015 A") are rejected at ingest.
    const rows = all.filter((r) => !/^IN \d+[A-Z]+\d+ /.test(r['Publication Number'] ?? ''));
    expect(all.length - rows.length).toBe(4);
    expect(rows.length).toBe(scope.unitCount);
    const expected = new Map<string, number>();
    for (const row of rows) {
      // "FR 1051751 A 20100311;;FR 1054449 A 20100607": the first priority from a national office, else the
      // publishing office when it is national.
      const priority = (row['Priority Numbers'] ?? '')
        .split(';;')
        .map((p) => p.trim().slice(0, 2))
        .find((c) => /^[A-Z]{2}$/.test(c) && !REGIONAL.has(c));
      const jurisdiction = row.Jurisdiction ?? '';
      const origin = priority ?? (REGIONAL.has(jurisdiction) ? undefined : jurisdiction);
      if (origin) expected.set(origin, (expected.get(origin) ?? 0) + 1);
    }
    const result = await run(countryShare);
    expect(result.definition.parameters).toMatchObject({
      unitsByApplicantCountry: 0,
      unitsByInventorCountry: 0,
    });
    const counts = Object.fromEntries(result.data.map((r) => [r.country, r.count]));
    expect(counts).toEqual(Object.fromEntries(expected));
    const covered = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(result.definition.coverage).toMatchObject({ units: rows.length, covered });
    expect(result.data.reduce((s, r) => s + (r.share as number), 0)).toBeCloseTo(1, 12);
  });

  it('says province-share is unsupported, with its coverage', async () => {
    const result = await run(provinceShare);
    expect(result.supported).toBe(false);
    expect(result.message?.en).toMatch(/no applicant address/);
    expect(result.definition.coverage).toMatchObject({ units: scope.unitCount, covered: 0 });
  });

  it('says clusters are unsupported: inventors are named but have no address', async () => {
    const result = await run(clusters);
    const inventors = await store.one<{ n: number }>(
      "SELECT count(*)::INTEGER AS n FROM parties WHERE role = 'inventor'",
    );
    expect(inventors?.n).toBeGreaterThan(0);
    expect(result.supported).toBe(false);
    expect(result.message?.en).toBe('no inventor address in scope has coordinates');
    expect(result.definition.coverage).toMatchObject({ units: inventors?.n, covered: 0, share: 0 });
  });
});
