import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore } from '../../../test/helpers/fixture-store.js';
import { refreshDerivedTables } from '../../cli/derive-after-ingest.js';
import type { Store } from '../../store/open-store.js';
import { bm25Idf, bm25TermScore } from '../bm25/bm25.js';
import { buildTextIndex } from './build-text-index.js';
import { documentTerms } from './document-terms.js';
import { readTextIndex } from './read-text-index.js';

/*
 * The index stores each document's details, CPC groups, applicants and origins so a query never reads the
 * store's large tables. Here every stored fact is checked against the store's own tables, queried the way
 * search and match read them before the index held them. Real files: the Lens pizza export (CPC and IPC,
 * harmonised applicant names), the 8 current-layout Lens records (legal status) and the EPO XML grants
 * (titles in three languages, applicants with countries). A slice of 97 documents makes the build stage the
 * facts in many slices, so slice boundaries are crossed.
 */
let store: Store;

beforeAll(async () => {
  store = await openFixtureStore([
    'lens/pizza_lens_1000_raw.csv',
    'lens/lens_current_layout_8_records.csv',
    'epo-xml/grant',
  ]);
  // No file here has applicants from several countries: give a few publications more origins, one sharing its
  // weight with another (order: weight, then country code).
  await store.run(
    `INSERT INTO publication_origins
     SELECT publication_number, unnest(['ZZ', 'AA', 'MM']), unnest([0.5, 0.25, 0.25]), 'applicant'
     FROM (SELECT DISTINCT publication_number FROM publication_origins ORDER BY publication_number LIMIT 5)`,
  );
  await buildTextIndex(store, 'test', undefined, { factSlice: 97 });
}, 60_000);

afterAll(() => store.close());

/** Rows of `a` not in `b` and of `b` not in `a` (both are full SELECTs with the same columns). */
async function difference(a: string, b: string): Promise<number> {
  const row = await store.one<{ n: number }>(
    `SELECT (SELECT count(*) FROM (${a} EXCEPT ALL ${b})) + (SELECT count(*) FROM (${b} EXCEPT ALL ${a})) AS n`,
  );
  return row?.n ?? -1;
}

const count = async (sql: string): Promise<number> => (await store.one<{ n: number }>(sql))?.n ?? -1;

describe('the text index per-document tables', () => {
  it('numbers every publication with a title, abstract or first claim, in publication-number order', async () => {
    expect(
      await difference(
        `SELECT publication_number FROM text_index_docs`,
        `SELECT DISTINCT publication_number FROM texts WHERE text_type IN ('title', 'abstract', 'first_claim')`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM (
        SELECT doc_id, row_number() OVER (ORDER BY publication_number) AS n FROM text_index_docs) WHERE doc_id <> n`),
    ).toBe(0);
  });

  it('holds each publication CPC main groups, or its IPC ones when it has no CPC, subclass when no main group', async () => {
    // The cases are all in the fixture: both schemes, IPC only, symbols without a main group.
    expect(
      await count(`SELECT count(DISTINCT publication_number) AS n FROM classifications c WHERE scheme <> 'cpc'
        AND EXISTS (SELECT 1 FROM classifications x WHERE x.publication_number = c.publication_number AND x.scheme = 'cpc')`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(DISTINCT publication_number) AS n FROM classifications c
        WHERE NOT EXISTS (SELECT 1 FROM classifications x WHERE x.publication_number = c.publication_number AND x.scheme = 'cpc')`),
    ).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM classifications WHERE main_group IS NULL`)).toBeGreaterThan(
      0,
    );
    expect(
      await difference(
        `SELECT d.publication_number, g.cpc_group FROM text_index_doc_groups g JOIN text_index_docs d USING (doc_id)`,
        `SELECT DISTINCT c.publication_number, coalesce(c.main_group, c.subclass) FROM classifications c
         JOIN text_index_docs d USING (publication_number)
         WHERE c.scheme = 'cpc' OR NOT EXISTS (
           SELECT 1 FROM classifications x WHERE x.publication_number = c.publication_number AND x.scheme = 'cpc')`,
      ),
    ).toBe(0);
  });

  it('holds each publication harmonised applicants (applicant_names), names without a row as given', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM applicant_names WHERE display_name <> name`),
    ).toBeGreaterThan(0);
    expect(
      await difference(
        `SELECT d.publication_number, a.applicant_id, a.display_name FROM text_index_doc_applicants a
         JOIN text_index_docs d USING (doc_id)`,
        `SELECT DISTINCT pa.publication_number, coalesce(an.applicant_id, pa.name), coalesce(an.display_name, pa.name)
         FROM parties pa JOIN text_index_docs d USING (publication_number) LEFT JOIN applicant_names an USING (name)
         WHERE pa.role = 'applicant'`,
      ),
    ).toBe(0);
  });

  it('holds each publication countries of origin, largest share first', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT doc_id FROM text_index_doc_origins GROUP BY ALL HAVING count(*) > 2)`,
      ),
    ).toBe(5);
    expect(
      await difference(
        `SELECT d.publication_number, list(o.country_code ORDER BY o.seq) FROM text_index_doc_origins o
         JOIN text_index_docs d USING (doc_id) GROUP BY ALL`,
        `SELECT o.publication_number, list(o.country_code ORDER BY o.weight DESC, o.country_code)
         FROM publication_origins o JOIN text_index_docs d USING (publication_number) GROUP BY ALL`,
      ),
    ).toBe(0);
  });

  it('holds each publication office, legal status, years and every title with its language', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM publications WHERE legal_status IS NOT NULL`),
    ).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) AS n FROM (SELECT publication_number FROM texts WHERE text_type = 'title'
        GROUP BY ALL HAVING count(*) > 1)`),
    ).toBeGreaterThan(0);
    expect(
      await difference(
        `SELECT publication_number, country, legal_status, priority_year, publication_year FROM text_index_docs`,
        `SELECT p.publication_number, p.country, p.legal_status, coalesce(year(p.priority_date), p.priority_year),
           coalesce(year(p.publication_date), p.publication_year)
         FROM publications p JOIN text_index_docs USING (publication_number)`,
      ),
    ).toBe(0);
    expect(
      await difference(
        `SELECT publication_number, t.lang, t.text FROM (SELECT publication_number, unnest(titles) AS t FROM text_index_docs)`,
        `SELECT publication_number, lang, text FROM texts JOIN text_index_docs USING (publication_number)
         WHERE text_type = 'title'`,
      ),
    ).toBe(0);
  });

  it('stores each posting BM25 impact, as computed from the document texts', async () => {
    const meta = await store.one<{ n: number; avgdl: number }>(
      `SELECT doc_count AS n, avgdl FROM text_index_meta`,
    );
    expect(meta?.n).toBe(await count(`SELECT count(*) AS n FROM text_index_docs`));
    const postings = await store.all<{ publication_number: string; impact: number; df: number }>(
      `SELECT d.publication_number, p.impact, t.df FROM text_index_postings p JOIN text_index_terms t USING (term_id)
       JOIN text_index_docs d USING (doc_id) WHERE t.term = 'oven' ORDER BY d.doc_id LIMIT 3`,
    );
    expect(postings).toHaveLength(3);
    for (const posting of postings) {
      const texts = await store.all<{ text_type: string; text: string }>(
        `SELECT text_type, text FROM texts WHERE publication_number = ?
           AND text_type IN ('title', 'abstract', 'first_claim')`,
        [posting.publication_number],
      );
      const of = (type: string) => texts.filter((t) => t.text_type === type).map((t) => t.text);
      const terms = documentTerms({ title: of('title'), abstract: of('abstract'), claim: of('first_claim') });
      const expected = bm25TermScore({
        tf: terms.terms.get('oven')?.tf ?? 0,
        length: terms.length,
        avgdl: meta?.avgdl ?? 0,
        k1: 1.2,
        b: 0.75,
        idf: bm25Idf(meta?.n ?? 0, posting.df),
      });
      expect(posting.impact).toBeCloseTo(expected, 9);
    }
  });
});

describe('the index after the store changes', () => {
  it('is stale once applicant names or origins are refreshed, fresh again once rebuilt', async () => {
    expect((await readTextIndex(store)).stale).toBe(false);
    // The refresh drops the origins added above: stale. A second refresh rewrites the same rows (its own row
    // order): still fresh.
    await refreshDerivedTables(store);
    expect((await readTextIndex(store)).stale).toBe(true);
    await buildTextIndex(store, 'test');
    await refreshDerivedTables(store);
    expect((await readTextIndex(store)).stale).toBe(false);
    await store.run(`UPDATE applicant_names SET display_name = display_name || ' (renamed)'
       WHERE name = (SELECT min(name) FROM applicant_names)`);
    expect((await readTextIndex(store)).stale).toBe(true);
    await buildTextIndex(store, 'test');
    expect((await readTextIndex(store)).stale).toBe(false);
    await store.run(`UPDATE publication_origins SET weight = weight / 2
       WHERE publication_number = (SELECT min(publication_number) FROM publication_origins)`);
    expect((await readTextIndex(store)).stale).toBe(true);
    await buildTextIndex(store, 'test');
  });

  it('refuses an index of an older format, saying to rebuild it', async () => {
    await store.run(`ALTER TABLE text_index_meta DROP COLUMN index_format`);
    await expect(readTextIndex(store)).rejects.toMatchObject({
      code: 'store-error',
      hint: expect.stringContaining('patlas index'),
    });
    await buildTextIndex(store, 'test');
    await expect(readTextIndex(store)).resolves.toMatchObject({ stale: false });
  });
});
