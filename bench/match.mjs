// Benchmark: `patlas index` and the matchmaking queries on the 1 M-publication generated store
// (bench/generate-store.mjs). The generated store has one title per publication (Chinese on CN/TW documents,
// English elsewhere and on 40 % of CN ones) built from small word pools, and no abstracts or claims: every
// query term has tens of thousands of postings, which is the worst case for BM25 latency (real vocabularies
// are far more selective) but a light one for index build time (short texts).
// Measured: index build time and peak RSS (the CLI under /usr/bin/time), then 50 needs (25 en, 25 zh) built
// from the generator's title pools: searchPatents (top 20), matchNeed (top 20), and a baseline in the same
// run: a naive ILIKE scan of the titles for the same words (what a user without an index would run).
// The first query on a freshly opened store is timed apart: it also reads the index meta and hashes the
// fingerprint's tables (a read-only handle keeps them). The load average is recorded before and after (the
// machine is shared: compare runs at similar load).
// Run: npm run build && node bench/match.mjs [--store bench/work/indicators-1000000.duckdb]
// (a copy of the generated store after `patlas refresh`, so applicant names are harmonised as in real use;
// the default /tmp/patlas-1m.duckdb works too).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { searchPatents } from '../dist/search/bm25/search-patents.js';
import { matchNeed } from '../dist/search/match/match-need.js';
import { tokenizeWords } from '../dist/search/tokenize/tokenize.js';
import { openStore } from '../dist/store/open-store.js';
import { TITLE_TASK, TITLE_TECH } from './generate-store/name-parts.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const SOURCE = arg('--store', '/tmp/patlas-1m.duckdb');
const WORK = '/tmp/match-bench';
const DB = `${WORK}/store.duckdb`;
mkdirSync(WORK, { recursive: true });
rmSync(DB, { force: true });
copyFileSync(SOURCE, DB);

const loadBefore = loadavg();
console.error('patlas index ...');
const started = performance.now();
const child = spawnSync(
  '/usr/bin/time',
  ['-f', '%M', process.execPath, 'bin/patlas.js', 'index', '--db', DB, '--json'],
  {
    encoding: 'utf8',
  },
);
if (child.status !== 0) throw new Error(`index failed: ${child.stderr}`);
const index = {
  seconds: (performance.now() - started) / 1000,
  peakMb: Number(child.stderr.trim().split('\n').pop()) / 1024,
  summary: JSON.parse(child.stdout.trim()),
};

const needs = [];
for (let i = 0; i < 25; i += 1) {
  const task = TITLE_TASK[(i * 7) % TITLE_TASK.length];
  const tech = TITLE_TECH[(i * 11) % TITLE_TECH.length];
  needs.push({ lang: 'en', text: `${tech[0]} for ${task[0]}` });
  needs.push({ lang: 'zh', text: `需要一种用于${task[1]}的${tech[1]}技术` });
}

const store = await openStore(DB, { readOnly: true });
const time = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
};
// The baseline: every title holding any of the need's words (ILIKE, no index), first 20 by number.
const baseline = (need) => {
  const words = [...new Set(tokenizeWords(need).map((w) => w.word))];
  return store.all(
    `SELECT publication_number FROM texts WHERE text_type = 'title' AND (${words.map(() => 'text ILIKE ?').join(' OR ')})
     ORDER BY publication_number LIMIT 20`,
    words.map((w) => `%${w}%`),
  );
};
// The first query: jieba's dictionary, DuckDB's caches, the index meta and the fingerprint (once per handle).
const first = await time(() => matchNeed(store, needs[0].text, { top: 20 }));
const rows = [];
for (const need of needs) {
  const search = await time(() => searchPatents(store, need.text, { top: 20, offset: 0 }));
  const match = await time(() => matchNeed(store, need.text, { top: 20 }));
  const scan = await time(() => baseline(need.text));
  rows.push({
    ...need,
    searchMs: search.ms,
    matchMs: match.ms,
    baselineMs: scan.ms,
    matching: search.value.total,
    top: match.value.patents[0]?.title ?? null,
  });
}
store.close();

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const stats = (key, lang) => {
  const values = rows.filter((r) => !lang || r.lang === lang).map((r) => r[key]);
  return { p50: pct(values, 50), p95: pct(values, 95), max: Math.max(...values) };
};
const latency = {};
for (const key of ['searchMs', 'matchMs', 'baselineMs']) {
  latency[key] = { all: stats(key), en: stats(key, 'en'), zh: stats(key, 'zh') };
}
const machine = {
  cpus: cpus().length,
  memoryGb: totalmem() / 2 ** 30,
  node: process.version,
  loadavgBefore: loadBefore,
  loadavg: loadavg(),
};
const result = {
  date: new Date().toISOString(),
  store: SOURCE,
  machine,
  index,
  firstQueryMs: first.ms,
  latency,
  queries: rows,
};
writeFileSync('bench/results/match.json', `${JSON.stringify(result, null, 2)}\n`);

const f = (n) => n.toFixed(0);
const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
const line = (label, s) =>
  `| ${label} | ${f(s.all.p50)} | ${f(s.all.p95)} | ${f(s.en.p50)} / ${f(s.en.p95)} | ${f(s.zh.p50)} / ${f(s.zh.p95)} |`;
const md = `# Matchmaking benchmark (bench/match.mjs)

${result.date}; ${machine.cpus} CPUs (shared; load average 1/5/15 min before ${load(machine.loadavgBefore)}, at the end
${load(machine.loadavg)}), ${machine.memoryGb.toFixed(1)} GB, Node ${machine.node}. Store: ${SOURCE} (1 M generated
publications: titles only, from small word pools, no abstracts or claims; see bench/generate-store/gen-texts.mjs).

## patlas index

${index.summary.documents.toLocaleString('en-US')} documents, ${index.summary.terms.toLocaleString('en-US')} terms,
${index.summary.postings.toLocaleString('en-US')} postings: **${index.seconds.toFixed(1)} s** end to end, peak RSS
**${f(index.peakMb)} MB** (DuckDB memory_limit ${process.env.PATLAS_MEMORY_LIMIT ?? '512MB'}).

## Query latency, ms (50 needs: 25 en, 25 zh; top 20)

| | p50 | p95 | en p50 / p95 | zh p50 / p95 |
|---|---|---|---|---|
${line('searchPatents (BM25)', latency.searchMs)}
${line('matchNeed (BM25 + CPC boost + applicants + explanations)', latency.matchMs)}
${line('baseline: ILIKE scan of titles', latency.baselineMs)}

The first query on the freshly opened store took ${f(first.ms)} ms (jieba's dictionary, the index meta and the
fingerprint, read once per read-only handle).

Mean matching publications per need: ${f(rows.reduce((s, r) => s + r.matching, 0) / rows.length)}
(the generated vocabulary is tiny, so each need matches a large share of the store: a worst case for BM25).
The baseline finds titles holding any word but does not rank them; it is the cost of not having an index.
`;
// Notes written by hand below the marker (profiles, comparisons with earlier runs) survive a re-run.
const MARKER = '<!-- notes: kept by bench/match.mjs -->';
const previous = existsSync('bench/results/match.md') ? readFileSync('bench/results/match.md', 'utf8') : '';
const notes = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : '';
writeFileSync('bench/results/match.md', notes ? `${md}\n${notes}` : md);
console.log(md);
