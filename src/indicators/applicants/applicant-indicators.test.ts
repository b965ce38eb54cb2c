import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, SHARED_DATA } from '../../../test/helpers/fixture-store.js';
import { classifyStore } from '../../classify/taxonomy/classify-store.js';
import { loadTaxonomy } from '../../classify/taxonomy/load-taxonomy.js';
import { applicantMatchKey } from '../../harmonize/applicants/applicant-match-key.js';
import { shippedDataFile } from '../../harmonize/applicants/harmonize-data-file.js';
import type { Store } from '../../store/open-store.js';
import { parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope, type IndicatorScope } from '../indicator-scope.js';
import type { Indicator, IndicatorResult } from '../indicator-types.js';
import { runIndicator } from '../run-indicator.js';
import { APPLICANT_INDICATORS } from './index.js';

const DRONES = 'lens/drones_fulltext_families_5884_raw.csv';

/** Applicant keys per publication, read straight from the Lens file (`;;` separates applicants). */
function rawApplicantKeys(): Map<string, Set<string>> {
  const rows = parse(readFileSync(resolve(SHARED_DATA, DRONES)), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    const names = (row.Applicants ?? '')
      .split(';;')
      .map((n) => n.trim())
      .filter(Boolean);
    out.set(row['Publication Number'] ?? '', new Set(names.map(applicantMatchKey)));
  }
  return out;
}

/**
 * Harmonised applicants per publication, from the raw parties table and the name -> applicant id map (plain reads,
 * none of the indicators' SQL). The drones export has no family ids, so a unit is a publication.
 */
async function storeApplicantSets(store: Store): Promise<Set<string>[]> {
  const ids = new Map(
    (
      await store.all<{ name: string; id: string }>('SELECT name, applicant_id AS id FROM applicant_names')
    ).map((r) => [r.name, r.id]),
  );
  const parties = await store.all<{ pub: string; name: string }>(
    "SELECT publication_number AS pub, name FROM parties WHERE role = 'applicant'",
  );
  const sets = new Map<string, Set<string>>();
  for (const { pub, name } of parties) {
    const set = sets.get(pub) ?? new Set<string>();
    set.add(ids.get(name) ?? name);
    sets.set(pub, set);
  }
  return [...sets.values()];
}

const indicator = (id: string): Indicator => {
  const hit = APPLICANT_INDICATORS.find((i) => i.id === id);
  if (!hit) throw new Error(id);
  return hit;
};
const value = (result: IndicatorResult, measure: string): number =>
  Number(result.data.find((r) => r.measure === measure)?.value);

describe('applicant indicators on the Lens drones export', () => {
  let store: Store;
  let scope: IndicatorScope;
  const params = parseIndicatorParams({ top: 10 });
  const run = (id: string) => runIndicator(store, indicator(id), params, scope);

  beforeAll(async () => {
    store = await openFixtureStore([DRONES]);
    scope = await createIndicatorScope(store, params);
  }, 30_000);
  afterAll(() => store.close());

  it('top-applicants: the top 3 and their counts as counted from the raw file', async () => {
    const counts = new Map<string, number>();
    for (const keys of rawApplicantKeys().values())
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    const expected = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const result = await run('top-applicants');
    expect(result.data.slice(0, 3).map((r) => [r.applicantId, r.count])).toEqual(expected);
    // THALES SA: 95 rows in the file; display name from the harmoniser, sector company.
    expect(result.data[0]).toMatchObject({ count: 95, sector: 'company' });
    // The store holds 5,880 of the 5,884 rows (the ingest merges repeated publications): share over its units.
    const withApplicant = (await storeApplicantSets(store)).length;
    expect(result.definition.coverage?.covered).toBe(withApplicant);
    expect(result.data[0]?.share).toBeCloseTo(95 / withApplicant, 10);
    expect(Number(result.data[0]?.fractional)).toBeLessThanOrEqual(95);
    expect(result.data).toHaveLength(10);
  });

  it('applicant-sectors: fractional shares sum to 1, enterprise-led note', async () => {
    const result = await run('applicant-sectors');
    const sum = result.data.reduce((s, r) => s + Number(r.share), 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(result.data.map((r) => r.sector).slice(0, 7)).toEqual([
      'company',
      'university',
      'research-institute',
      'government',
      'hospital',
      'individual',
      'unknown',
    ]);
    expect(result.definition.notes.map((n) => n.en).join(' ')).toMatch(/enterprise-led: \d+\.\d% of units/);
  });

  it('concentration: 1/N <= HHI <= 1, CR4 <= CR10 <= 1, N = distinct applicant keys', async () => {
    const result = await run('concentration');
    const n = value(result, 'applicants');
    const units = await storeApplicantSets(store);
    expect(n).toBe(new Set(units.flatMap((k) => [...k])).size);
    // Fractional counting: the applicants' fractions sum to the units with an applicant.
    expect(value(result, 'units')).toBe(units.length);
    const hhi = value(result, 'hhi');
    expect(hhi).toBeGreaterThanOrEqual(1 / n);
    expect(hhi).toBeLessThanOrEqual(1);
    expect(value(result, 'hhi10000')).toBeCloseTo(hhi * 10_000, 6);
    expect(value(result, 'hhiNormalised')).toBeCloseTo((hhi - 1 / n) / (1 - 1 / n), 12);
    expect(value(result, 'cr4')).toBeLessThanOrEqual(value(result, 'cr10'));
    expect(value(result, 'cr10')).toBeLessThanOrEqual(1);
  });

  it('collaboration: co-application share, mean applicants and CC from the raw parties', async () => {
    const units = await storeApplicantSets(store);
    const result = await run('collaboration');
    expect(value(result, 'coApplicationShare')).toBeCloseTo(
      units.filter((k) => k.size >= 2).length / units.length,
      10,
    );
    expect(value(result, 'meanApplicantsPerUnit')).toBeCloseTo(
      units.reduce((s, k) => s + k.size, 0) / units.length,
      10,
    );
    const f = new Map<number, number>();
    for (const k of units) f.set(k.size, (f.get(k.size) ?? 0) + 1);
    const cc = 1 - [...f.entries()].reduce((s, [j, fj]) => s + fj / j, 0) / units.length;
    expect(value(result, 'collaborationCoefficient')).toBeCloseTo(cc, 10);
    // Lens exports carry no inventor addresses: null, never a silent zero.
    expect(result.data.find((r) => r.measure === 'internationalCoInventionShare')).toMatchObject({
      value: null,
      units: 0,
    });
  });

  it('co-applicants: a < b, weights count shared units in the raw parties, communities cover the edge nodes', async () => {
    const result = await run('co-applicants');
    expect(result.data.length).toBeLessThanOrEqual(100);
    for (const edge of result.data) expect(String(edge.a) <= String(edge.b)).toBe(true);
    const top = result.data[0];
    const shared = (await storeApplicantSets(store)).filter(
      (k) => k.has(String(top?.aId)) && k.has(String(top?.bId)),
    );
    expect(top?.count).toBe(shared.length);
    const communities = await run('co-applicant-communities');
    const nodes = new Set(result.data.flatMap((e) => [e.aId, e.bId]));
    expect(new Set(communities.data.map((n) => n.applicantId))).toEqual(nodes);
    expect(communities.data[0]?.community).toBe(1);
    const again = await run('co-applicant-communities');
    expect(again.data).toEqual(communities.data);
  });

  it('life-cycle: applicants per year and a phase only on complete years', async () => {
    const result = await run('life-cycle');
    expect(result.data.filter((r) => r.incomplete).every((r) => r.phase === null)).toBe(true);
    expect(result.data.some((r) => r.phase === 'growth' || r.phase === 'maturity')).toBe(true);
    const y2010 = result.data.find((r) => r.year === 2010);
    const sql = await store.one<{ n: number }>(
      `SELECT count(DISTINCT an.applicant_id)::INTEGER AS n FROM publications p
       JOIN parties pa ON pa.publication_number = p.publication_number AND pa.role = 'applicant'
       JOIN applicant_names an ON an.name = pa.name
       WHERE coalesce(year(p.priority_date), p.priority_year, year(p.application_date)) = 2010`,
    );
    expect(y2010?.applicants).toBe(sql?.n);
  });

  it('innovation-potential: scores 0-100 from weighted min-max factors, only applicants with >= 5 units', async () => {
    const result = await run('innovation-potential');
    expect(result.supported).toBe(true);
    const sets = await storeApplicantSets(store);
    const units = new Map<string, number>();
    for (const set of sets) for (const id of set) units.set(id, (units.get(id) ?? 0) + 1);
    const eligible = [...units.values()].filter((n) => n >= 5).length;
    expect(result.definition.parameters.evaluated).toBe(Math.min(eligible, 100));
    expect(result.data).toHaveLength(10);
    for (const row of result.data) {
      expect(row.units).toBe(units.get(String(row.applicantId)));
      expect(Number(row.units)).toBeGreaterThanOrEqual(5);
      const factors = Object.values(
        row.factors as Record<string, { weight: number; contribution: number; normalised: number }>,
      );
      expect(factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 12);
      expect(factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(Number(row.score), 9);
      for (const f of factors) expect(f.normalised).toBeGreaterThanOrEqual(0);
      expect(Number(row.score)).toBeLessThanOrEqual(100);
    }
    const scores = result.data.map((r) => Number(r.score));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // THALES SA (95 rows in the file) is the largest applicant: scale ln(96), normalised to 1 if it is in the top 10.
    const thales = result.data.find((r) => r.applicantId === 'THALES');
    if (thales)
      expect((thales.factors as Record<string, { value: number; normalised: number }>).scale).toEqual(
        expect.objectContaining({ value: Math.log(96), normalised: 1 }),
      );
    // Lens exports carry no claim counts, and the store has no technical effects: both left out, with a note.
    expect(result.definition.notes.map((n) => n.en).join('\n')).toMatch(
      /claims left out \(no claim counts in scope\)/,
    );
    expect(result.definition.notes.map((n) => n.en).join('\n')).toMatch(/technical-effects left out/);
  });

  it('scenarios: unsupported without techstack labels', async () => {
    const result = await run('scenarios');
    expect(result.supported).toBe(false);
    expect(result.message?.en).toMatch(/no techstack labels.*patlas classify --taxonomy techstack/);
  });

  it('scenarios: after classify techstack, the application-layer counts the classifier reports', async () => {
    const file = shippedDataFile('taxonomies/techstack.yaml');
    const { text, taxonomy } = loadTaxonomy(file);
    const classified = await classifyStore(store, { file, text, taxonomy }, 'test');
    const result = await run('scenarios');
    const children = taxonomy.categories.filter((c) => c.parent === 'application').map((c) => c.id);
    expect(result.data.map((r) => r.scenario).sort()).toEqual([...children].sort());
    // Drones has no families: a unit is a publication, so unit counts equal the classifier's publication counts.
    for (const row of result.data) expect(row.count).toBe(classified.categories[String(row.scenario)]);
    expect(result.definition.coverage?.covered).toBe(classified.categories.application);
    const robots = result.data.find((r) => r.scenario === 'robotics');
    const leaders = robots?.topApplicants as { applicantId: string; count: number }[];
    expect(leaders.length).toBeLessThanOrEqual(4);
    const labelled = new Set(
      (
        await store.all<{ p: string }>(
          "SELECT publication_number AS p FROM labels WHERE taxonomy_id = 'techstack' AND category_id = 'robotics'",
        )
      ).map((r) => r.p),
    );
    const ids = new Map(
      (
        await store.all<{ name: string; id: string }>('SELECT name, applicant_id AS id FROM applicant_names')
      ).map((r) => [r.name, r.id]),
    );
    const first = leaders[0];
    const parties = await store.all<{ p: string; name: string }>(
      "SELECT publication_number AS p, name FROM parties WHERE role = 'applicant'",
    );
    const theirs = new Set(
      parties.filter((r) => labelled.has(r.p) && ids.get(r.name) === first?.applicantId).map((r) => r.p),
    );
    expect(first?.count).toBe(theirs.size);
  });
});

describe('collaboration on EPO XML (inventor addresses)', () => {
  it('international co-invention share as counted from the raw inventor countries', async () => {
    const store = await openFixtureStore(['epo-xml']);
    try {
      const params = parseIndicatorParams({});
      const scope = await createIndicatorScope(store, params);
      const raw = await store.one<{ withCountry: number; international: number }>(
        `SELECT count(*)::INTEGER AS withCountry, count(*) FILTER (WHERE n >= 2)::INTEGER AS international FROM
         (SELECT publication_number, count(DISTINCT upper(country)) AS n FROM parties
          WHERE role = 'inventor' AND country IS NOT NULL GROUP BY 1)`,
      );
      const result = await runIndicator(store, indicator('collaboration'), params, scope);
      const row = result.data.find((r) => r.measure === 'internationalCoInventionShare');
      expect(row?.units).toBe(raw?.withCountry);
      expect(row?.value).toBeCloseTo(Number(raw?.international) / Number(raw?.withCountry), 12);
      expect(Number(raw?.international)).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  }, 20_000);
});
