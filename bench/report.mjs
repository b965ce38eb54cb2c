// Benchmark: `patlas report` on the 1 M-publication generated store (bench/generate-store.mjs), read-only, with
// the split the report itself measures (indicators, store facts incl. snapshot hash, HTML with charts, PDF, XLSX)
// and the peak RSS (of the process and its children: Chromium for the PDF). Baseline in the same run:
// `patlas indicators --json` alone on the same store and scope. Goal: report < 60 s at 1 M.
// Results: bench/results/report.{json,md}. Run: npm run build && node bench/report.mjs [--db /tmp/patlas-1m.duckdb]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const dbArg = process.argv.indexOf('--db');
const DB = dbArg > 0 ? process.argv[dbArg + 1] : '/tmp/patlas-1m.duckdb';
const OUT = 'bench/work/report';
// The same memory budget as bench/indicators.mjs.
const MEMORY_LIMIT = process.env.PATLAS_MEMORY_LIMIT ?? '3GB';
const env = { ...process.env, PATLAS_MEMORY_LIMIT: MEMORY_LIMIT };
mkdirSync('bench/results', { recursive: true });
rmSync(OUT, { recursive: true, force: true });

function run(label, args) {
  console.error(`${label} ...`);
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${label} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const peakKb = Number(child.stderr.trim().split('\n').pop());
  return { seconds, peakMb: Math.round(peakKb / 1024), stdout: child.stdout };
}

const taxonomy = process.env.BENCH_TAXONOMY ?? 'techstack';
const baseline = run('indicators alone', [
  'bin/patlas.js',
  'indicators',
  '--db',
  DB,
  '--taxonomy',
  taxonomy,
  '--json',
]);
const report = run('report zh+en with PDF and XLSX', [
  'bin/patlas.js',
  'report',
  '--db',
  DB,
  '--out',
  OUT,
  '--lang',
  'both',
  '--taxonomy',
  taxonomy,
  '--pdf',
  '--xlsx',
  '--json',
]);
const written = JSON.parse(report.stdout.trim().split('\n').pop());
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) },
  store: { path: DB, sizeGb: statSync(DB).size / 1e9 },
  taxonomy,
  memoryLimit: MEMORY_LIMIT,
  baseline: { seconds: baseline.seconds, peakMb: baseline.peakMb },
  report: { seconds: report.seconds, peakMb: report.peakMb, split: written.seconds },
  figures: written.figures,
  tables: written.tables,
  sectionsOmitted: written.sections.filter((s) => !s.shown).map((s) => ({ id: s.id, missing: s.missing })),
  goalSeconds: 60,
};
writeFileSync('bench/results/report.json', `${JSON.stringify(result, null, 2)}\n`);
const s = (n) => `${n.toFixed(1)} s`;
const split = written.seconds;
writeFileSync(
  'bench/results/report.md',
  `# patlas report at 1 M publications

${result.date.slice(0, 10)}, ${result.machine.cpus} cores, ${result.machine.memoryGb} GB; store ${DB} (${result.store.sizeGb.toFixed(2)} GB, opened read-only), \`--taxonomy ${taxonomy}\`, PATLAS_MEMORY_LIMIT=${MEMORY_LIMIT}. Produced by \`node bench/report.mjs\`.

| run | wall time | peak RSS |
| --- | ---: | ---: |
| baseline: \`patlas indicators --json\` alone | ${s(baseline.seconds)} | ${baseline.peakMb} MB |
| \`patlas report --lang both --pdf --xlsx\` | ${s(report.seconds)} | ${report.peakMb} MB |

Split of the report (as it measures itself; zh and en share one indicator run):

| part | seconds |
| --- | ---: |
| indicators (all registered, one scope) | ${s(split.indicators)} |
| store facts (field coverage, source files, snapshot hash) | ${s(split.storeFacts)} |
| HTML, charts rendered to SVG (2 languages) | ${s(split.html)} |
| PDF through Chromium (2 languages) | ${s(split.pdf)} |
| XLSX (2 languages) | ${s(split.xlsx)} |
| total inside the command | ${s(split.total)} |

${result.figures} figures and ${result.tables} tables per language. Sections omitted (what the store lacks; the
generated store is read as it is, without \`patlas refresh\`, so the derived applicant and place tables may be empty):
${result.sectionsOmitted.map((o) => `- ${o.id}: ${o.missing}`).join('\n') || '- none'}

Both runs share the machine (2 cores) with other work; the baseline runs first, on a cold page cache.
Goal: < ${result.goalSeconds} s. ${report.seconds < result.goalSeconds ? 'Met.' : `Not met: the indicators take ${s(split.indicators)} of it (the same work as the baseline); everything the report adds takes ${s(split.total - split.indicators)}.`}
Peak RSS is the largest of the process and its children (Chromium for the PDF), from \`/usr/bin/time -f %M\`.
`,
);
console.log(JSON.stringify(result, null, 2));
