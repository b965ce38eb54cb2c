import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { lastJson, REPO_ROOT, runCli } from '../helpers/run-cli.js';

interface ClassifyJson {
  taxonomy: string;
  version: string;
  publications: number;
  labelled: number;
  categories: Record<string, number>;
  rules: { categoryId: string; method: string; ruleId: string | null; publications: number }[];
}

const DRONES = join(REPO_ROOT, 'data/demo/lens-drones-families-2016.csv.gz');

// A user's own taxonomy, as an analyst would write it (docs/taxonomy-format.md).
const UAV_TAXONOMY = `format: patlas-taxonomy/1
id: uav
version: "1"
name: { en: Drones, zh: 无人机 }
sources: ["e2e test"]
root:
  id: uav
  name: { en: Drones, zh: 无人机 }
  generic_terms:
    en: ['drone*']
categories:
  - id: application
    name: { en: Applications, zh: 应用 }
  - id: delivery
    parent: application
    scope: root
    name: { en: Delivery, zh: 配送 }
    rules:
      - id: delivery-terms
        keywords: { en: ['deliver*'] }
  - id: other
    parent: application
    scope: root
    fallback: true
    name: { en: Other, zh: 其他 }
`;

/** Expected counts read from the Lens export itself, one row per publication. */
function expectedFromSource(): { drone: number; delivery: number; total: number } {
  const rows = parse(gunzipSync(readFileSync(DRONES)), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const titles = new Map<string, string>();
  for (const row of rows) {
    // Indian application-style numbers (`IN 1442CH2015 A`) are rejected at ingest (4 rows, docs/ingest.md).
    if (/^IN \d+[A-Z]+\d{4}/.test(row['Publication Number']!)) continue;
    titles.set(row['Publication Number']!, row.Title ?? '');
  }
  let drone = 0;
  let delivery = 0;
  for (const title of titles.values()) {
    if (!/\bdrone/i.test(title)) continue;
    drone += 1;
    if (/\bdeliver/i.test(title)) delivery += 1;
  }
  return { drone, delivery, total: titles.size };
}

describe('patlas classify with a user taxonomy on the Lens drones export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'patlas-classify-'));
  const db = join(dir, 'drones.duckdb');
  const taxonomy = join(dir, 'uav.yaml');
  let first: ClassifyJson;

  beforeAll(async () => {
    const ingest = await runCli(['ingest', DRONES, '--db', db, '--json']);
    expect(lastJson<{ inserted: number; rejected: number }>(ingest).rejected).toBe(4);
    writeFileSync(taxonomy, UAV_TAXONOMY);
    const run = await runCli(['classify', '--db', db, '--taxonomy', taxonomy, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    first = lastJson<ClassifyJson>(run);
  }, 60_000);

  it('counts the publications whose title says drone, and the delivery ones among them', () => {
    const expected = expectedFromSource();
    expect(first.publications).toBe(expected.total);
    expect(first.labelled).toBe(expected.drone);
    expect(first.categories.uav).toBe(expected.drone);
    expect(first.categories.delivery).toBe(expected.delivery);
    // every root publication has an application: delivery or the fallback
    expect(first.categories.application).toBe(expected.drone);
    expect(first.categories.other).toBe(expected.drone - expected.delivery);
    expect(first.rules).toContainEqual({
      categoryId: 'delivery',
      method: 'rule',
      ruleId: 'delivery-terms',
      publications: expected.delivery,
    });
  });

  it('prints the definition and the counts for people', async () => {
    const run = await runCli(['classify', '--db', db, '--taxonomy', taxonomy]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('with uav 1 (Drones)');
    expect(run.stdout).toContain('Unit: publication; whole counting');
    expect(run.stdout).toMatch(/delivery \(Delivery \/ 配送\)\s+[\d,]+\s+[\d.]+%/);
    expect(run.stdout).toContain('Publications labelled by each rule:');
  });

  it('shows why a publication got its labels, and info lists the taxonomy', async () => {
    const store = await openStore(db, { readOnly: true });
    const sample = await store.one<{ publication_number: string }>(
      `SELECT publication_number FROM labels WHERE taxonomy_id = 'uav' AND category_id = 'delivery' ORDER BY 1 LIMIT 1`,
    );
    store.close();
    const show = await runCli(['show', sample!.publication_number, '--db', db, '--json']);
    const view = lastJson<{
      titles: Record<string, string>;
      labels: { category: string; rule: string | null; evidence: string | null }[];
    }>(show);
    const title = Object.values(view.titles).join(' ').toLowerCase();
    const delivery = view.labels.find((l) => l.category === 'delivery');
    expect(delivery?.rule).toBe('delivery-terms');
    const word = delivery?.evidence?.replace(/^title: /, '') ?? '';
    expect(word).toMatch(/^deliver/);
    expect(title).toContain(word);
    const info = lastJson<{ labels: { taxonomy: string; version: string; labelled: number }[] }>(
      await runCli(['info', '--db', db, '--json']),
    );
    expect(info.labels).toContainEqual(
      expect.objectContaining({ taxonomy: 'uav', version: '1', labelled: first.labelled }),
    );
  });

  it('replaces the labels on a re-run instead of adding to them', async () => {
    const again = lastJson<ClassifyJson>(
      await runCli(['classify', '--db', db, '--taxonomy', taxonomy, '--json']),
    );
    expect(again.categories).toEqual(first.categories);
    const store = await openStore(db, { readOnly: true });
    const rows = await store.one<{ n: number; pubs: number }>(
      `SELECT count(*) AS n, count(DISTINCT publication_number) AS pubs FROM labels WHERE taxonomy_id = 'uav' AND category_id = 'uav'`,
    );
    store.close();
    expect(rows?.pubs).toBe(first.labelled);
    expect(rows?.n).toBe(first.labelled);
  });

  it('refuses a broken taxonomy with its file and line, and stores nothing', async () => {
    const broken = join(dir, 'broken.yaml');
    // line 20 becomes `keyword:` (a typo) and the id changes so nothing of it can be in the store
    writeFileSync(
      broken,
      UAV_TAXONOMY.replace('id: uav\n', 'id: uav-broken\n').replace('keywords:', 'keyword:'),
    );
    const run = await runCli(['classify', '--db', db, '--taxonomy', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${broken}:20:`);
    expect(run.stderr).toContain('did you mean "keywords"');
    const store = await openStore(db, { readOnly: true });
    const left = await store.one<{ n: number }>(
      `SELECT count(*) AS n FROM labels WHERE taxonomy_id = 'uav-broken'`,
    );
    store.close();
    expect(left?.n).toBe(0);
  });

  it('says so for an empty store and exits 0', async () => {
    const empty = join(dir, 'empty.duckdb');
    (await openStore(empty, { create: true })).close();
    const run = await runCli(['classify', '--db', empty, '--taxonomy', 'wipo2019']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The store holds no publications: nothing to classify');
  });
});
