import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/open-store.js';
import { type IndicatorParams, parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope, type IndicatorScope } from '../indicator-scope.js';
import type { Indicator, IndicatorResult } from '../indicator-types.js';
import { runIndicator } from '../run-indicator.js';
import { type ClusterRow, clusters } from './clusters.js';

// PATSTAT extract (DATA.md): 66,266 US/EP priority filings with Chinese inventors, geocoded by the extract.
const DIR = new URL('../../../../shared/data/cn-inventors-patstat/', import.meta.url);
const file = (name: string) => fileURLToPath(new URL(`${name}.parquet`, DIR));
const PATENTS = file('CN_patent');
const EDGES = file('CN_el_inventor_patent');
const INVENTORS = file('CN_inventor');
const APPLICANT_EDGES = file('CN_el_applt');
const APPLICANTS = file('CN_applt');
const FIELDS = file('CN_el_patent_field');

let store: Store;
let params: IndicatorParams;
let scope: IndicatorScope;
let result: IndicatorResult;
let rows: ClusterRow[];

/**
 * The extract as a Patlas store: one publication per application, inventors as parties whose place is their
 * city with the extract's coordinates (address = "lat,lon" keeps each geocoded place distinct), applicants with
 * their HAN names as applicant ids, the extract's WIPO fields with its fractional weights.
 */
async function loadExtract(s: Store): Promise<void> {
  await s.run(
    `INSERT INTO publications BY NAME SELECT 'PS' || appln_id AS publication_number, 'EP' AS country,
       appln_id::VARCHAR AS doc_number, appln_filing_year AS priority_year, 'CN_patent.parquet' AS source_file,
       'patstat' AS source_format, 1 AS richness, '' AS content_hash, 0 AS ingest_run_id FROM read_parquet(?)`,
    [PATENTS],
  );
  await s.run(
    `INSERT INTO parties BY NAME SELECT 'PS' || e.appln_id AS publication_number, 'inventor' AS role,
       e.invt_seq_nr AS seq, i.psn_name AS name, i.city, i.lat || ',' || i.lon AS address
     FROM read_parquet(?) e JOIN read_parquet(?) i USING (person_id)`,
    [EDGES, INVENTORS],
  );
  await s.run(
    `INSERT INTO places BY NAME SELECT DISTINCT city, lat || ',' || lon AS address, 'CN' AS country_code,
       split_part(city, ',', 1) AS place_name, lat, lon FROM read_parquet(?)`,
    [INVENTORS],
  );
  await s.run(
    `INSERT INTO parties BY NAME SELECT 'PS' || e.appln_id AS publication_number, 'applicant' AS role,
       e.applt_seq_nr AS seq, a.han_name AS name, a.person_ctry_code AS country
     FROM read_parquet(?) e JOIN read_parquet(?) a USING (person_id)`,
    [APPLICANT_EDGES, APPLICANTS],
  );
  await s.run(
    `INSERT INTO applicant_names BY NAME SELECT DISTINCT han_name AS name, han_name AS match_key,
       han_name AS applicant_id, han_name AS display_name, psn_sector AS sector FROM read_parquet(?)`,
    [APPLICANTS],
  );
  await s.run(
    `INSERT INTO technology_fields BY NAME SELECT 'PS' || appln_id AS publication_number, techn_field_nr AS field_nr,
       'field ' || techn_field_nr AS field_name, '' AS sector, 1 AS whole_weight, weight AS fractional_weight,
       'ipc' AS basis FROM read_parquet(?)`,
    [FIELDS],
  );
}

beforeAll(async () => {
  store = await openStore(':memory:', { create: true });
  await loadExtract(store);
  params = parseIndicatorParams({ unit: 'publication', top: 10 });
  scope = await createIndicatorScope(store, params);
  result = await runIndicator(store, clusters as unknown as Indicator, params, scope);
  rows = result.data as unknown as ClusterRow[];
}, 60_000);

afterAll(async () => {
  await scope.release();
  store.close();
});

/** Plain per-patent sums from the parquet files: Σ over a patent's inventors in `cities` of 1/n. */
async function inventorShares(cities: readonly string[]) {
  return store.all<{ appln_id: number; w: number }>(
    `WITH n AS (SELECT appln_id, count(*) AS n FROM read_parquet(?) GROUP BY appln_id)
     SELECT e.appln_id, sum(1.0 / n.n) AS w FROM read_parquet(?) e JOIN n USING (appln_id)
       JOIN read_parquet(?) i USING (person_id)
     WHERE list_contains(?::VARCHAR[], split_part(i.city, ',', 1)) GROUP BY e.appln_id`,
    [EDGES, EDGES, INVENTORS, JSON.stringify(cities)],
  );
}

describe('clusters on the PATSTAT Chinese-inventor extract', () => {
  it('splits each patent over its inventor links: every link has coordinates, the weight is the patents', async () => {
    const edges = await store.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM read_parquet(?)', [
      EDGES,
    ]);
    expect(result.supported).toBe(true);
    expect(result.definition.coverage).toMatchObject({ units: edges?.n, covered: edges?.n, share: 1 });
    expect(Number(result.definition.parameters.geocodedWeight)).toBeCloseTo(66_266, 6);
    expect(result.definition.parameters.epsKm).toBe(53);
    expect(Number(result.definition.parameters.minWeight)).toBeCloseTo(0.005 * 66_266, 6);
  });

  it('ranks Shenzhen, Beijing and Shanghai first, each named by its largest city', () => {
    expect(rows.slice(0, 3).map((r) => r.places[0]?.place)).toEqual(['shenzhen', 'beijing', 'shanghai']);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    for (const r of rows) {
      expect(r.places.reduce((s, p) => s + p.count, 0)).toBeCloseTo(r.count, 6);
      expect(r.share).toBeCloseTo(r.count / 66_266, 9);
      expect(r.name.split(' – ')[0]).toBe(r.places[0]?.place);
    }
  });

  it("counts a cluster's places from the raw inventor links", async () => {
    const beijing = rows[1] as ClusterRow;
    const raw = await inventorShares(beijing.places.map((p) => p.place));
    expect(raw.reduce((s, r) => s + r.w, 0)).toBeCloseTo(beijing.count, 6);
  });

  it('weights top applicants and fields by the inventor fraction in the cluster', async () => {
    const beijing = rows[1] as ClusterRow;
    const inCluster = new Map(
      (await inventorShares(beijing.places.map((p) => p.place))).map((r) => [r.appln_id, r.w]),
    );
    const applicants = await store.all<{ appln_id: number; han_name: string }>(
      'SELECT DISTINCT e.appln_id, a.han_name FROM read_parquet(?) e JOIN read_parquet(?) a USING (person_id)',
      [APPLICANT_EDGES, APPLICANTS],
    );
    const perPatent = new Map<number, string[]>();
    for (const a of applicants) perPatent.set(a.appln_id, [...(perPatent.get(a.appln_id) ?? []), a.han_name]);
    const byApplicant = new Map<string, number>();
    for (const [id, names] of perPatent) {
      const w = inCluster.get(id);
      if (w) for (const n of names) byApplicant.set(n, (byApplicant.get(n) ?? 0) + w / names.length);
    }
    const top = [...byApplicant].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
    expect(beijing.topApplicants.map((a) => a.applicant)).toEqual(top.map(([n]) => n));
    for (const [i, a] of beijing.topApplicants.entries()) expect(a.count).toBeCloseTo(top[i]?.[1] ?? -1, 6);

    const fields = await store.all<{ appln_id: number; techn_field_nr: number; weight: number }>(
      'SELECT * FROM read_parquet(?)',
      [FIELDS],
    );
    const byField = new Map<string, number>();
    for (const f of fields) {
      const w = inCluster.get(f.appln_id);
      if (w)
        byField.set(String(f.techn_field_nr), (byField.get(String(f.techn_field_nr)) ?? 0) + w * f.weight);
    }
    const topFields = [...byField].sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(beijing.topFields.map((f) => f.field)).toEqual(topFields.map(([f]) => f));
    for (const [i, f] of beijing.topFields.entries()) expect(f.count).toBeCloseTo(topFields[i]?.[1] ?? -1, 6);
  });
});
