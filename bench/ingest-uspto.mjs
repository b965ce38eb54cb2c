// Benchmark: `patlas ingest` end to end (parse + normalise + store) on USPTO bulk files built from the real
// grants, against Python's stdlib ElementTree parse of the same bytes, in the same run. Two input sizes show
// whether memory stays flat. Results: bench/results/ingest-uspto.{json,md}. Run: npm run bench [-- --small]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { makeUsptoBulk } from './make-uspto-bulk.mjs';

const small = process.argv.includes('--small');
const REPEATS = 3; // the median of three runs of each side: the machines are shared and noisy
const MB = 1e6;
const sizes = small ? [32 * MB, 128 * MB] : [128 * MB, 512 * MB];
mkdirSync('bench/work', { recursive: true });
mkdirSync('bench/results', { recursive: true });

/** The run with the median wall time (its peak RSS comes with it). */
function median(runs) {
  return [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(runs.length / 2)];
}

function timed(command, args) {
  // GNU time reports the peak resident set size of the whole process (all threads) in kB.
  const run = spawnSync('/usr/bin/time', ['-f', '%M %e', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const timeLine = run.stderr.trim().split('\n').pop() ?? '';
  const [rssKb, seconds] = timeLine.split(' ').map(Number);
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    peakRssMb: Math.round(rssKb / 1024),
    wallSeconds: seconds,
  };
}

const runs = [];
for (const target of sizes) {
  const file = `bench/work/ipg-bench-${Math.round(target / MB)}mb.xml`;
  const made = await makeUsptoBulk(file, target);
  const db = `bench/work/bench-${Math.round(target / MB)}mb.duckdb`;
  const patlasRuns = [];
  const pythonRuns = [];
  let summary = {};
  let baseline = {};
  for (let i = 0; i < REPEATS; i++) {
    rmSync(db, { force: true });
    rmSync(`${db}.wal`, { force: true });
    const patlas = timed('node', [
      'bin/patlas.js',
      'ingest',
      file,
      '--db',
      db,
      '--json',
      '--rejects',
      `${db}.rejects.jsonl`,
    ]);
    summary = JSON.parse(patlas.stdout.trim().split('\n').pop() ?? '{}');
    patlasRuns.push(patlas);
    const python = timed('python3', ['bench/etree_baseline.py', file]);
    baseline = JSON.parse(python.stdout.trim());
    pythonRuns.push(python);
  }
  const patlas = median(patlasRuns);
  const python = median(pythonRuns);
  const mb = made.bytes / MB;
  runs.push({
    inputMb: Math.round(mb),
    documents: summary.documents,
    rejected: summary.rejected,
    patlas: {
      wallSeconds: patlas.wallSeconds,
      mbPerSecond: Math.round(mb / patlas.wallSeconds),
      documentsPerSecond: Math.round(summary.documents / patlas.wallSeconds),
      peakRssMb: patlas.peakRssMb,
    },
    pythonEtree: {
      wallSeconds: python.wallSeconds,
      mbPerSecond: Math.round(mb / python.wallSeconds),
      parseErrors: baseline.errors,
      peakRssMb: python.peakRssMb,
    },
    speedup: Math.round((python.wallSeconds / patlas.wallSeconds) * 10) / 10,
  });
  console.log(JSON.stringify(runs.at(-1)));
}

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  python: execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim(),
  date: new Date().toISOString(),
};
const result = { benchmark: 'ingest-uspto-bulk', machine, runs };
const name = small ? 'ingest-uspto-small' : 'ingest-uspto';
writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
const rows = runs.map(
  (r) =>
    `| ${r.inputMb} | ${r.documents} | ${r.patlas.wallSeconds} | ${r.patlas.mbPerSecond} | ${r.patlas.documentsPerSecond} | ${r.patlas.peakRssMb} | ${r.pythonEtree.wallSeconds} | ${r.pythonEtree.mbPerSecond} | ${r.speedup}x |`,
);
writeFileSync(
  `bench/results/${name}.md`,
  `# patlas ingest on USPTO bulk XML vs Python ElementTree (${machine.date.slice(0, 10)})

Machine: ${machine.cpus} cores (${machine.cpu}), ${machine.memoryGb} GiB, Node ${machine.node}, ${machine.python}.
Input: real USPTO v4.x grants from ../shared/data repeated with distinct numbers into one bulk file
(bench/make-uspto-bulk.mjs). Patlas: \`patlas ingest FILE --db NEW.duckdb --json\` end to end (split, parse on
worker threads, normalise, stage with appenders, merge, commit). Python: split on \`<?xml\` and
\`xml.etree.ElementTree.fromstring\` each document (bench/etree_baseline.py); parse only, no store.
Each side ran ${REPEATS} times, alternating; the table shows the median run. Peak RSS from GNU time (whole
process, all threads).

| input MB | documents | patlas s | patlas MB/s | patlas docs/s | patlas peak RSS MB | python s | python MB/s | patlas speed-up |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`,
);
console.log(`written bench/results/${name}.json and .md`);
