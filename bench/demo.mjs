// Benchmark: `patlas demo` end to end (ingest the bundled real data, classify with every shipped taxonomy, technical
// effects, text index, info, the report in zh and en with XLSX and, when chromium is present, PDF), as the README's
// first command runs it. Baseline in the same run: `patlas ingest` of the same files alone. Goal: demo < 2 minutes.
// Results: bench/results/demo.{json,md}. Run: npm run build && node bench/demo.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

const OUT = 'bench/work/demo';
mkdirSync('bench/results', { recursive: true });

function run(label, args) {
  console.error(`${label} ...`);
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${label} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  }
  const peakKb = Number(child.stderr.trim().split('\n').pop());
  return { seconds, peakMb: Math.round(peakKb / 1024), stdout: child.stdout };
}

const loadBefore = loadavg()[0];
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const ingest = run('ingest alone (baseline)', [
  'bin/patlas.js',
  'ingest',
  'data/demo',
  '--db',
  `${OUT}/ingest-only.duckdb`,
  '--json',
]);
const demo = run('demo', ['bin/patlas.js', 'demo', '--out', `${OUT}/demo`, '--json']);
const report = demo.stdout
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))
  .find((o) => o.files && o.seconds?.indicators !== undefined);
const result = {
  machine: { cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg()[0],
  ingestSeconds: ingest.seconds,
  demoSeconds: demo.seconds,
  ratio: demo.seconds / ingest.seconds,
  demoPeakMb: demo.peakMb,
  reportSeconds: report?.seconds ?? null,
  pdf: report ? report.files.some((f) => f.pdf) : null,
  goalSeconds: 120,
};
writeFileSync('bench/results/demo.json', `${JSON.stringify(result, null, 2)}\n`);
const r = (x) => x.toFixed(1);
writeFileSync(
  'bench/results/demo.md',
  `# The demo end to end

Machine: ${result.machine.cores} cores, ${result.machine.memoryGb} GB, Node ${result.machine.node}; load average ${r(loadBefore)} before, ${r(result.loadAverageAfter)} after (the machine is shared).
\`patlas demo\`: ingest data/demo, classify (4 taxonomies), effects, text index, info, report zh + en (HTML, XLSX${result.pdf ? ', PDF' : ''}).

| | seconds | ratio to ingest |
|---|---:|---:|
| ingest alone (baseline) | ${r(ingest.seconds)} | 1.00 |
| demo, end to end | ${r(demo.seconds)} | ${r(result.ratio)} |
${report ? `| of which the report (indicators ${r(report.seconds.indicators)}, store facts ${r(report.seconds.storeFacts)}, HTML ${r(report.seconds.html)}, PDF ${r(report.seconds.pdf)}, XLSX ${r(report.seconds.xlsx)}) | ${r(report.seconds.total)} | |\n` : ''}
Peak RSS of the demo: ${demo.peakMb} MB. Goal: under 120 s: ${demo.seconds < 120 ? 'met' : 'not met'}.
`,
);
console.log(`demo ${r(demo.seconds)} s (ingest alone ${r(ingest.seconds)} s, ratio ${r(result.ratio)})`);
