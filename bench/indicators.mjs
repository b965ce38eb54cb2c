// Benchmark: every registered indicator on generated stores of 1 M and 10 M publications (bench/generate-store.mjs),
// each timed on its own over one shared scope, and the whole `patlas indicators --json` end to end with its peak
// RSS. The 1 M run is the baseline of the same run: the table reports how time grows from 1 M to 10 M.
// Stores are kept in bench/work/ and reused. Results: bench/results/indicators.{json,md}.
// Run: npm run build && node bench/indicators.mjs [--sizes 1000000,10000000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseIndicatorParams } from '../dist/indicators/indicator-params.js';
import { createIndicatorScope } from '../dist/indicators/indicator-scope.js';
import { INDICATORS } from '../dist/indicators/registry.js';
import { runIndicator } from '../dist/indicators/run-indicator.js';
import { openStore } from '../dist/store/open-store.js';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1] : '1000000,10000000').split(',').map(Number);
// The store's memory budget for the run (the goal: < 4 GB in all).
const MEMORY_LIMIT = process.env.PATLAS_MEMORY_LIMIT ?? '3GB';
const env = { ...process.env, PATLAS_MEMORY_LIMIT: MEMORY_LIMIT };
mkdirSync('bench/work', { recursive: true });
mkdirSync('bench/results', { recursive: true });

function run(label, args) {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${label} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const peakKb = Number(child.stderr.trim().split('\n').pop());
  return { seconds, peakMb: peakKb / 1024, stdout: child.stdout };
}

const results = [];
for (const size of SIZES) {
  const db = `bench/work/indicators-${size}.duckdb`;
  const row = { publications: size, db };
  if (!existsSync(db)) {
    console.error(`generating ${db} ...`);
    row.generate = run('generate', ['bench/generate-store.mjs', '--publications', String(size), '--out', db]);
    delete row.generate.stdout;
  }
  row.sizeGb = statSync(db).size / 1e9;
  console.error(`refresh ${db} ...`);
  row.refresh = run('refresh', ['bin/patlas.js', 'refresh', '--db', db, '--json']);
  delete row.refresh.stdout;
  console.error(`indicators one by one ...`);
  process.env.PATLAS_MEMORY_LIMIT = MEMORY_LIMIT;
  const store = await openStore(db, { readOnly: true });
  const params = parseIndicatorParams({});
  let started = performance.now();
  const scope = await createIndicatorScope(store, params);
  row.scopeSeconds = (performance.now() - started) / 1000;
  row.indicators = {};
  for (const indicator of INDICATORS) {
    started = performance.now();
    const result = await runIndicator(store, indicator, params, scope);
    row.indicators[indicator.id] = {
      seconds: (performance.now() - started) / 1000,
      rows: result.data.length,
      supported: result.supported,
    };
    console.error(`  ${indicator.id.padEnd(26)} ${row.indicators[indicator.id].seconds.toFixed(2)} s`);
  }
  await scope.release();
  store.close();
  console.error(`indicators --json end to end ...`);
  const all = run('indicators', ['bin/patlas.js', 'indicators', '--db', db, '--json']);
  row.all = { seconds: all.seconds, peakMb: all.peakMb, jsonBytes: all.stdout.length };
  results.push(row);
}

const machine = {
  cpus: cpus().length,
  memoryGb: totalmem() / 2 ** 30,
  node: process.version,
  memoryLimit: MEMORY_LIMIT,
};
writeFileSync('bench/results/indicators.json', `${JSON.stringify({ machine, results }, null, 2)}\n`);
const base = results[0];
const lines = [
  '# Indicators on generated stores',
  '',
  `Machine: ${machine.cpus} cores, ${machine.memoryGb.toFixed(0)} GB, Node ${machine.node}, store memory limit ${MEMORY_LIMIT}. Stores: bench/generate-store.mjs (seeded).`,
  'Each indicator is timed in registry order over one shared scope (built once per run, timed separately); working tables several indicators share (family facts, unit-applicant pairs, quality components) are built by the first that needs them (family-filing, top-applicants, innovation-potential) and counted there; "all" is `patlas indicators --json` end to end (process start, scope, every indicator, JSON) with its peak RSS.',
  `Ratios are against the ${base?.publications.toLocaleString('en-US')}-publication store of the same run. Goals: each indicator < 1 s and all < 30 s at 10 M, memory < 4 GB.`,
  '',
  `| | ${results.map((r) => `${(r.publications / 1e6).toFixed(0)} M (s)`).join(' | ')} |${results.length > 1 ? ' ratio |' : ''}`,
  `|---|${results.map(() => '---:').join('|')}|${results.length > 1 ? '---:|' : ''}`,
];
const ratio = (a, b) =>
  results.length > 1 && a > 0 ? ` ${(b / a).toFixed(1)}x |` : results.length > 1 ? ' - |' : '';
const last = results[results.length - 1];
lines.push(
  `| store size (GB) | ${results.map((r) => r.sizeGb.toFixed(2)).join(' | ')} |${ratio(base.sizeGb, last.sizeGb)}`,
);
lines.push(
  `| refresh (derived tables) | ${results.map((r) => r.refresh.seconds.toFixed(1)).join(' | ')} |${ratio(base.refresh.seconds, last.refresh.seconds)}`,
);
lines.push(
  `| scope | ${results.map((r) => r.scopeSeconds.toFixed(2)).join(' | ')} |${ratio(base.scopeSeconds, last.scopeSeconds)}`,
);
for (const id of Object.keys(base.indicators)) {
  const cells = results.map(
    (r) => `${r.indicators[id].seconds.toFixed(2)}${r.indicators[id].supported ? '' : ' (unsupported)'}`,
  );
  lines.push(
    `| ${id} | ${cells.join(' | ')} |${ratio(base.indicators[id].seconds, last.indicators[id].seconds)}`,
  );
}
lines.push(
  `| **all, end to end** | ${results.map((r) => r.all.seconds.toFixed(1)).join(' | ')} |${ratio(base.all.seconds, last.all.seconds)}`,
);
lines.push(
  `| peak RSS, all (MB) | ${results.map((r) => r.all.peakMb.toFixed(0)).join(' | ')} |${ratio(base.all.peakMb, last.all.peakMb)}`,
);
writeFileSync('bench/results/indicators.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
