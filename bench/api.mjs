// Benchmark: the HTTP API of `patlas serve` on the 1 M-publication store, 20 concurrent clients (autocannon against
// loopback, bounded by request count and time). Cold: the first request of each distinct parameter set (no cached
// result), once one at a time (the compute cost) and once 20 at a time (compute plus queueing). Warm: the same
// URLs again, every result cached. Baseline: GET /openapi.json (no store work) in the same run. Cold runs start the
// server with --no-warm. Opening view: the dashboard's first load (every indicator, no filters, 20 at a time) right
// after start, with and without the start-up warm-up.
// Goal (issue 5): p95 < 200 ms for indicator endpoints under 20 concurrent clients.
// Results: bench/results/api.{json,md}. Run: npm run build && node bench/api.mjs [--db /tmp/patlas-1m.duckdb]
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';

const dbArg = process.argv.indexOf('--db');
const DB = dbArg > 0 ? process.argv[dbArg + 1] : '/tmp/patlas-1m.duckdb';
const CONNECTIONS = 20;
const WARM_REQUESTS = 4000;
const WARM_SECONDS = 30;
const IDS = ['filing-trend', 'growth', 'legal-status', 'top-applicants', 'concentration', 'country-share'];
const FILTERS = ['', 'from=2012&to=2020', 'unit=publication&dateBasis=application', 'country=CN&top=10'];
const PATHS = IDS.flatMap((id) => FILTERS.map((f) => `/api/indicators/${id}${f ? `?${f}` : ''}`));

/** Start `patlas serve --port 0` and wait for the URL it prints. */
function startServer(handles = 2, warm = false) {
  return new Promise((resolve, reject) => {
    const args = ['bin/patlas.js', 'serve', '--db', DB, '--port', '0', '--connections', String(handles)];
    if (!warm) args.push('--no-warm');
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = /http:\/\/\S+?\/(?=\s)/.exec(out)?.[0];
      if (url) resolve({ url: url.replace(/\/$/, ''), child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

async function stopServer({ child }) {
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function percentiles(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (x) => Math.round(x * 10) / 10;
  return {
    requests: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.at(-1)),
  };
}

/** Each path once, `parallel` at a time; latency of each in ms. */
async function timeEach(url, paths, parallel) {
  const latencies = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const started = performance.now();
      const response = await fetch(url + path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return latencies;
}

/** autocannon over the paths (cycled), 20 connections, bounded by count and time; every latency in ms. */
async function load(url, paths) {
  const latencies = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    amount: WARM_REQUESTS,
    duration: WARM_SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode !== 200) throw new Error(`status ${statusCode}`);
    latencies.push(responseTime);
  });
  const result = await instance;
  return {
    ...percentiles(latencies),
    rps: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

mkdirSync('bench/results', { recursive: true });
const results = {
  db: DB,
  connections: CONNECTIONS,
  paths: PATHS,
  machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1e9), node: process.version },
};

console.error('cold, one client ...');
let server = await startServer();
results.coldSerial = percentiles(await timeEach(server.url, PATHS, 1));
await stopServer(server);

console.error('cold, 20 clients, 1 store handle ...');
server = await startServer(1);
results.coldConcurrentOneHandle = percentiles(await timeEach(server.url, PATHS, CONNECTIONS));
await stopServer(server);

console.error('cold, 20 clients ...');
server = await startServer();
results.coldConcurrent = percentiles(await timeEach(server.url, PATHS, CONNECTIONS));
console.error('warm, 20 clients ...');
results.warm = await load(server.url, PATHS);
console.error('baseline /openapi.json, 20 clients ...');
results.baseline = await load(server.url, ['/openapi.json']);
await stopServer(server);

/** The dashboard's first load: every indicator without filters, 20 at a time; seconds until the last answers. */
async function openingView(warm) {
  const started = performance.now();
  const srv = await startServer(2, warm);
  const list = await (await fetch(`${srv.url}/api/indicators`)).json();
  const latencies = await timeEach(
    srv.url,
    list.map((i) => `/api/indicators/${i.id}`),
    CONNECTIONS,
  );
  const seconds = (performance.now() - started) / 1000;
  await stopServer(srv);
  return { ...percentiles(latencies), secondsFromStart: Math.round(seconds * 10) / 10 };
}
console.error('opening view without warm-up ...');
results.openingCold = await openingView(false);
console.error('opening view with warm-up ...');
results.openingWarm = await openingView(true);

writeFileSync('bench/results/api.json', `${JSON.stringify(results, null, 2)}\n`);
const row = (name, r) =>
  `| ${name} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.rps ?? ''} |`;
const md = `# API on the 1 M store

Machine: ${results.machine.cpus} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}. Store: \`${DB}\` (bench/generate-store.mjs, 1 M publications), served by \`patlas serve\` (read-only, 2 store handles, result cache 256). Paths: ${IDS.length} indicators (${IDS.join(', ')}) x ${FILTERS.length} filter sets (none; ${FILTERS.filter(Boolean).join('; ')}) = ${PATHS.length} distinct URLs. Load: autocannon, ${CONNECTIONS} connections, at most ${WARM_REQUESTS} requests or ${WARM_SECONDS} s. Latencies in ms.

| run | requests | p50 | p95 | p99 | max | req/s |
|---|---:|---:|---:|---:|---:|---:|
${row('cold, 1 client (first request per URL: compute cost)', results.coldSerial)}
${row(`cold, ${CONNECTIONS} clients, 1 store handle`, results.coldConcurrentOneHandle)}
${row(`cold, ${CONNECTIONS} clients, 2 store handles (first request per URL: compute + queue)`, results.coldConcurrent)}
${row(`warm, ${CONNECTIONS} clients (indicator URLs, results cached)`, results.warm)}
${row(`baseline, ${CONNECTIONS} clients (GET /openapi.json, no store work)`, results.baseline)}

The dashboard's opening view (every registered indicator, no filters, ${CONNECTIONS} at a time, right after start):

| start-up | requests | p50 | p95 | max | all answered after start (s) |
|---|---:|---:|---:|---:|---:|
| \`--no-warm\`: each request builds its own scope | ${results.openingCold.requests} | ${results.openingCold.p50} | ${results.openingCold.p95} | ${results.openingCold.max} | ${results.openingCold.secondsFromStart} |
| warm-up (default): one run, shared scope and working tables | ${results.openingWarm.requests} | ${results.openingWarm.p50} | ${results.openingWarm.p95} | ${results.openingWarm.max} | ${results.openingWarm.secondsFromStart} |

Store handles: the server leases one read-only store handle per request (an indicator scope keeps temporary tables on its connection). With 2 cores, 2 handles against 1 changes the cold total little (DuckDB already uses both cores for one query); the second handle is kept so that a quick request (a patent's detail, a cached page's neighbours) need not wait behind a slow indicator. The result cache is what meets the goal: the store is read-only while serving, so a cached result never goes stale.

Goal: p95 < 200 ms for indicator endpoints under ${CONNECTIONS} concurrent clients: **${results.warm.p95 < 200 ? 'met' : 'not met'} warm** (p95 ${results.warm.p95} ms); cold requests are bounded by the indicator's own compute time (bench/results/indicators.md), which no server can hide: the first request for a parameter set costs what \`patlas indicators\` costs. The machine is shared (2 cores, other work running), so cold numbers vary by some 20 % between runs.
`;
writeFileSync('bench/results/api.md', md);
console.log(md);
