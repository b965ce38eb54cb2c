// Generate a realistic large Patlas store for the indicator, report and API benchmarks: the product's own
// schema (openStore), tables filled by seeded DuckDB SQL (no per-row JS), derived tables (families,
// technology_fields) rebuilt by the product's own functions. Deterministic for a seed and DuckDB version.
// Run: npm run build && node bench/generate-store.mjs --publications 1000000 --out /tmp/patlas-1m.duckdb [--seed 7] [--force]
import { rmSync, statSync } from 'node:fs';
import { refreshTechnologyFields } from '../dist/classify/wipo-fields/refresh-technology-fields.js';
import { refreshFamilies } from '../dist/store/merge-stage.js';
import { openStore } from '../dist/store/open-store.js';
import { readArgs, USAGE } from './generate-store/args.mjs';
import { buildNames } from './generate-store/build-names.mjs';
import { buildPlaces } from './generate-store/build-places.mjs';
import { buildSymbols } from './generate-store/build-symbols.mjs';
import { citationsSql } from './generate-store/gen-citations.mjs';
import { classificationsSql } from './generate-store/gen-classifications.mjs';
import { insertTaxonomyRow, labelsSql, loadTechstack } from './generate-store/gen-labels.mjs';
import { applicantsSql, inventorsSql } from './generate-store/gen-parties.mjs';
import { generatePublications } from './generate-store/gen-publications.mjs';
import { prioritiesSql, publicationsSql } from './generate-store/gen-publications-rows.mjs';
import { effectPool, effectsSql, textsSql } from './generate-store/gen-texts.mjs';
import { randomMacros } from './generate-store/sql.mjs';

let args;
try {
  args = readArgs(process.argv.slice(2));
} catch (error) {
  console.error(`generate-store: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = performance.now();
const seconds = (t) => +((performance.now() - t) / 1000).toFixed(1);
const log = (message) => console.error(`[${seconds(started).toFixed(1).padStart(6)} s] ${message}`);
const { publications: n, out, seed, chunk } = args;

if (args.force) for (const f of [out, `${out}.wal`]) rmSync(f, { force: true });
const store = await openStore(out, { create: true });
await store.run(
  `SET memory_limit = '${args.memory}'; SET threads = ${args.threads}; SET preserve_insertion_order = false`,
);
await store.run(randomMacros(seed));

const rows = {};
async function count(table) {
  rows[table] = Number((await store.one(`SELECT count(*) AS n FROM ${table}`)).n);
  return rows[table];
}
/** Run a chunked statement over publications [0, n) and report the table's rows. */
async function chunked(table, sqlOf) {
  const t = performance.now();
  for (let lo = 0; lo < n; lo += chunk) await store.run(sqlOf(lo, Math.min(n, lo + chunk)));
  log(`${table}: ${(await count(table)).toLocaleString('en-US')} rows in ${seconds(t)} s`);
}
async function step(label, fn) {
  const t = performance.now();
  const result = await fn();
  log(`${label} in ${seconds(t)} s${result ? ` ${JSON.stringify(result)}` : ''}`);
}

try {
  await step('pools (places, applicant names, symbols)', async () => {
    await buildPlaces(store);
    const sizes = await buildNames(store, n);
    const symbols = await buildSymbols(store);
    args.sizes = sizes;
    args.symbolSlots = symbols.slots;
    return { applicantPool: Object.values(sizes).reduce((a, b) => a + b, 0), ...symbols };
  });
  await step('publication skeleton (gen_pub)', () => generatePublications(store, n));
  await chunked('citations', citationsSql);
  await step('forward citation counts', () =>
    store.run(`CREATE OR REPLACE TEMP TABLE gen_fwd AS SELECT cited_publication_number AS publication_number, count(*) AS n
      FROM citations WHERE cited_publication_number IS NOT NULL GROUP BY 1`),
  );
  await chunked('publications', (lo, hi) => publicationsSql(lo, hi, seed));
  await store.run('DROP TABLE gen_fwd');
  await chunked(
    'parties',
    (lo, hi) => `${applicantsSql(lo, hi, args.sizes)}; ${inventorsSql(lo, hi, args.sizes)}`,
  );
  await chunked('classifications', (lo, hi) => classificationsSql(lo, hi, args.symbolSlots));
  await chunked('priorities', prioritiesSql);
  const effects = effectPool();
  await chunked('texts', (lo, hi) => textsSql(lo, hi, effects.pool));
  await chunked('technical_effects', (lo, hi) => effectsSql(lo, hi, effects.pool, effects.version));
  const techstack = loadTechstack();
  await chunked('labels', (lo, hi) => labelsSql(lo, hi, techstack));
  await insertTaxonomyRow(store, techstack, n);
  await count('taxonomies');
  // The pools and the skeleton are temp tables held in memory: free them before the product's refresh steps.
  for (const t of [
    'gen_pub',
    'gen_fam',
    'gen_names',
    'gen_places',
    'gen_place_slots',
    'gen_sym',
    'gen_sym_slots',
  ])
    await store.run(`DROP TABLE IF EXISTS ${t}`);
  await step('families (refreshFamilies)', async () => {
    await refreshFamilies(store);
    return { rows: await count('families') };
  });
  await step('technology_fields (refreshTechnologyFields)', () => refreshTechnologyFields(store));
  await count('technology_fields');
  await store.run(
    `INSERT INTO ingest_runs VALUES (1, now()::TIMESTAMP, now()::TIMESTAMP, 'generate-store', ?, 1, ?, ?, 0, 0, 0, 0)`,
    [`bench/generate-store.mjs ${process.argv.slice(2).join(' ')}`, n, n],
  );
  await store.run(
    `INSERT INTO ingest_files VALUES (1, 'generated', 'mapped-table', NULL, 'utf-8', NULL, NULL, ?, 0, 0, NULL)`,
    [n],
  );
  await step('checkpoint', () => store.run('CHECKPOINT'));
  await count('source_labels');
} finally {
  store.close();
}

const summary = {
  publications: n,
  seed,
  out,
  rows,
  fileMb: Math.round(statSync(out).size / 2 ** 20),
  seconds: seconds(started),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(JSON.stringify(summary, null, 1));
