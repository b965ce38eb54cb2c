import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, SHARED_DATA } from '../../../test/helpers/fixture-store.js';
import type { Store } from '../../store/open-store.js';
import { type IndicatorParams, parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope, type IndicatorScope } from '../indicator-scope.js';
import type { Indicator, IndicatorResult } from '../indicator-types.js';
import { runIndicator } from '../run-indicator.js';
import { clusters } from './clusters.js';
import { countryShare } from './country-share.js';
import { countryTrend } from './country-trend.js';
import { provinceShare } from './province-share.js';
import { regionTrend } from './region-trend.js';
import { specialisation } from './specialisation.js';

// EPO and USPTO full-text XML: parties with addresses (DATA.md).
let store: Store;
let params: IndicatorParams;
let scope: IndicatorScope;
/** Origin countries per publication from the raw parties rows: applicants' ISO codes, else inventors'. */
let expected: Map<string, number>;

async function run(indicator: Indicator): Promise<IndicatorResult> {
  return runIndicator(store, indicator as unknown as Indicator, params, scope);
}

beforeAll(async () => {
  store = await openFixtureStore(['epo-xml', 'uspto-xml']);
  params = parseIndicatorParams({ unit: 'publication', top: 5 });
  scope = await createIndicatorScope(store, params);
  const parties = await store.all<{ publication_number: string; role: string; country: string | null }>(
    'SELECT publication_number, role, country FROM parties ORDER BY publication_number',
  );
  const byPub = new Map<string, { applicant: string[]; inventor: string[] }>();
  for (const p of parties) {
    const entry = byPub.get(p.publication_number) ?? { applicant: [], inventor: [] };
    if (p.country && /^[A-Z]{2}$/.test(p.country) && (p.role === 'applicant' || p.role === 'inventor')) {
      entry[p.role].push(p.country);
    }
    byPub.set(p.publication_number, entry);
  }
  expected = new Map();
  for (const { applicant, inventor } of byPub.values()) {
    const codes = applicant.length ? applicant : inventor;
    for (const c of codes) expected.set(c, (expected.get(c) ?? 0) + 1 / codes.length);
  }
}, 60_000);

afterAll(async () => {
  await scope.release();
  store.close();
});

describe('country-share on EPO and USPTO XML', () => {
  it('counts each publication once, split over its applicant countries', async () => {
    const result = await run(countryShare);
    expect(result.supported).toBe(true);
    const counts = new Map(result.data.map((r) => [r.country as string, r.count as number]));
    // Every publication here names a party with an ISO country code, so the raw split is the whole answer.
    expect([...counts.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [country, n] of expected) expect(counts.get(country)).toBeCloseTo(n, 9);
    const total = result.data.reduce((s, r) => s + (r.count as number), 0);
    expect(total).toBeCloseTo(scope.unitCount, 9);
    expect(result.data.reduce((s, r) => s + (r.share as number), 0)).toBeCloseTo(1, 12);
    expect(result.data.find((r) => r.country === 'CN')).toMatchObject({
      name: "People's Republic of China",
      nameZh: '中国',
    });
  });

  it('states the basis mix and the coverage', async () => {
    const result = await run(countryShare);
    const p = result.definition.parameters;
    expect(
      Number(p.unitsByApplicantCountry) +
        Number(p.unitsByInventorCountry) +
        Number(p.unitsByOfficeOfFirstFiling),
    ).toBe(result.definition.coverage?.covered);
    const noApplicantCountry = await store.one<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM publications p WHERE NOT EXISTS (SELECT 1 FROM parties a WHERE
         a.publication_number = p.publication_number AND a.role = 'applicant' AND a.country IS NOT NULL)`,
    );
    expect(p.unitsByInventorCountry).toBe(noApplicantCountry?.n);
    expect(result.definition.notes.map((n) => n.en).join(' ')).toMatch(/from applicant countries/);
  });
});

describe('region-trend and country-trend', () => {
  it('shares each year between the six regions, and North America is the US and Canada', async () => {
    const result = await run(regionTrend);
    const years = new Map<number, number>();
    for (const r of result.data)
      years.set(r.year as number, (years.get(r.year as number) ?? 0) + (r.share as number));
    for (const [, share] of years) expect([0, 1]).toContainEqual(Math.round(share * 1e9) / 1e9);
    const northAmerica = result.data
      .filter((r) => r.region === 'north-america')
      .reduce((s, r) => s + (r.count as number), 0);
    // Every publication in these files has a priority year (checked by the coverage below).
    expect(result.definition.coverage?.covered).toBe(scope.unitsWithYear);
    expect(northAmerica).toBeCloseTo((expected.get('US') ?? 0) + (expected.get('CA') ?? 0), 9);
    expect(new Set(result.data.map((r) => r.region))).toEqual(
      new Set(['asia', 'europe', 'north-america', 'latin-america-caribbean', 'africa', 'oceania']),
    );
  });

  it('lists the top countries year by year, summing to their country-share counts', async () => {
    const result = await run(countryTrend);
    const countries = [...new Set(result.data.map((r) => r.country as string))];
    expect(countries).toHaveLength(5);
    const top = [...expected].sort((a, b) => b[1] - a[1]);
    expect(countries[0]).toBe(top[0]?.[0]);
    for (const c of countries) {
      const sum = result.data.filter((r) => r.country === c).reduce((s, r) => s + (r.count as number), 0);
      expect(sum).toBeCloseTo(expected.get(c) ?? -1, 9);
    }
  });
});

describe('province-share', () => {
  it('splits EP3782854A1 between Beijing and Sichuan, its applicants provinces', async () => {
    // application/v1-5-A1.xml, B711: BOE "Beijing 100015" and Chengdu BOE "Chengdu Sichuan 611731" (both CN);
    // the only publication with Chinese applicants besides one Taiwanese (Tainan City, TW).
    const xml = readFileSync(resolve(SHARED_DATA, 'epo-xml/application/v1-5-A1.xml'), 'utf8');
    expect(xml).toContain('<city>Beijing 100015</city>');
    const result = await run(provinceShare);
    expect(result.supported).toBe(true);
    expect(result.definition.coverage).toMatchObject({ covered: 1, units: scope.unitCount });
    const byCode = new Map(result.data.map((r) => [r.code, r]));
    expect(byCode.get('11')).toMatchObject({ province: 'Beijing', nameZh: '北京', count: 0.5, share: 0.5 });
    expect(byCode.get('51')).toMatchObject({ province: 'Sichuan', count: 0.5, share: 0.5 });
    expect(result.definition.parameters.beijingGuangdongShare).toBe(0.5);
  });
});

describe('specialisation', () => {
  it('recomputes RTA from the raw field weights of the top countries', async () => {
    const result = await run(specialisation);
    expect(result.supported).toBe(true);
    // Independent: country x field from raw technology_fields and the raw country split, unit = publication.
    const fields = await store.all<{ publication_number: string; field_nr: number; w: number }>(
      'SELECT publication_number, field_nr, fractional_weight AS w FROM technology_fields',
    );
    const origins = await store.all<{ publication_number: string; country_code: string; weight: number }>(
      'SELECT publication_number, country_code, weight FROM publication_origins',
    );
    const originOf = new Map<string, { c: string; w: number }[]>();
    for (const o of origins)
      originOf.set(o.publication_number, [
        ...(originOf.get(o.publication_number) ?? []),
        { c: o.country_code, w: o.weight },
      ]);
    const cell = new Map<string, number>();
    const rowSum = new Map<string, number>();
    const colSum = new Map<number, number>();
    let total = 0;
    for (const f of fields) {
      for (const o of originOf.get(f.publication_number) ?? []) {
        const v = o.w * f.w;
        cell.set(`${o.c}|${f.field_nr}`, (cell.get(`${o.c}|${f.field_nr}`) ?? 0) + v);
        rowSum.set(o.c, (rowSum.get(o.c) ?? 0) + v);
        colSum.set(f.field_nr, (colSum.get(f.field_nr) ?? 0) + v);
        total += v;
      }
    }
    expect(new Set(result.data.map((r) => r.country)).size).toBe(5);
    expect(result.data).toHaveLength(5 * colSum.size);
    for (const r of result.data) {
      const c = r.country as string;
      const f = Number(r.field);
      const p = cell.get(`${c}|${f}`) ?? 0;
      expect(r.count).toBeCloseTo(p, 9);
      expect(r.rta).toBeCloseTo(p / (rowSum.get(c) ?? 1) / ((colSum.get(f) ?? 1) / total), 9);
    }
  });
});

describe('clusters on a handful of documents', () => {
  it('reports the inventor links with and without coordinates, and finds no cluster below the weight floor', async () => {
    const result = await run(clusters);
    const links = await store.one<{ n: number }>(
      "SELECT count(*)::INTEGER AS n FROM parties WHERE role = 'inventor'",
    );
    expect(result.definition.coverage?.units).toBe(links?.n);
    expect(result.definition.coverage?.covered).toBeGreaterThan(0);
    expect(result.definition.parameters).toMatchObject({ epsKm: 53, minWeight: 10, clustersFound: 0 });
    expect(result.data).toEqual([]);
    // "Kanagawa" (a prefecture, not a city) is an inventor place in these files that the gazetteer leaves open.
    expect(result.definition.notes.map((n) => n.en).join(' ')).toMatch(
      /unresolved inventor places.*Kanagawa, JP/,
    );
  });
});
