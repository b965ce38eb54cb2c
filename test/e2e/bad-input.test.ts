import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastJson, REPO_ROOT, runCli, SHARED_DATA } from '../helpers/run-cli.js';

interface IngestJson {
  files: number;
  failedFiles: number;
  documents: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  rejectsFile: string | null;
}

interface RejectLine {
  file: string;
  position: { byteOffset: number | null; line: number | null };
  severity: 'reject' | 'warning';
  field: string | null;
  reason: string;
  excerpt: string | null;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'patlas-bad-'));
const GRANT = join(SHARED_DATA, 'uspto-xml/xml2014/US08926509.xml');
const readRejects = (path: string | null): RejectLine[] =>
  path
    ? readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as RejectLine)
    : [];

async function ingest(paths: string[], db: string) {
  const result = await runCli(['ingest', ...paths, '--db', db, '--json']);
  return { result, summary: lastJson<IngestJson>(result) };
}

describe('bad input gets a clear reason, and the rest goes on', () => {
  it('a truncated XML document is rejected, naming the file, while a good file goes in', async () => {
    const dir = tmp();
    const text = readFileSync(GRANT, 'utf8');
    const truncated = join(dir, 'truncated.xml');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    const { result, summary } = await ingest(
      [truncated, join(SHARED_DATA, 'uspto-xml/xml2014/US08930553.xml')],
      join(dir, 's.duckdb'),
    );
    expect(result.code).toBe(1);
    expect(summary).toMatchObject({ documents: 2, inserted: 1, rejected: 1 });
    const [reject] = readRejects(summary.rejectsFile).filter((r) => r.severity === 'reject');
    expect(reject?.file).toBe(truncated);
    expect(reject?.position.byteOffset).toBe(0);
    expect(reject?.reason).toMatch(/truncated|not well-formed|end/i);
  });

  it('a broken document in the middle of a bulk file is rejected at its byte offset; its neighbours go in', async () => {
    const dir = tmp();
    const docs = ['xml2014/US08926509.xml', 'xml2014/US08927118.xml', 'xml2014/US08930553.xml'].map((f) =>
      readFileSync(join(SHARED_DATA, 'uspto-xml', f), 'utf8').trim(),
    );
    // Break the middle document inside its bibliographic data: an element that never closes.
    docs[1] = docs[1]!.replace('<invention-title', '<broken><invention-title');
    const bulk = join(dir, 'ipg-bulk.xml');
    writeFileSync(bulk, `${docs.join('\n')}\n`);
    const { summary } = await ingest([bulk], join(dir, 's.duckdb'));
    expect(summary).toMatchObject({ documents: 3, inserted: 2, rejected: 1 });
    const [reject] = readRejects(summary.rejectsFile).filter((r) => r.severity === 'reject');
    expect(reject?.position.byteOffset).toBe(Buffer.byteLength(`${docs[0]}\n`));
    expect(reject?.reason).toMatch(/well-formed/);
  });

  it('an unknown XML document type is refused with its root and DTD', async () => {
    const dir = tmp();
    const file = join(dir, 'other.xml');
    writeFileSync(
      file,
      '<?xml version="1.0"?>\n<!DOCTYPE invoice SYSTEM "invoice-v2.dtd">\n<invoice><n>1</n></invoice>\n',
    );
    const { result, summary } = await ingest([file], join(dir, 's.duckdb'));
    expect(result.code).toBe(1);
    expect(summary).toMatchObject({ files: 1, failedFiles: 1, documents: 0 });
    const [reject] = readRejects(summary.rejectsFile);
    expect(reject?.reason).toContain('<invoice>');
    expect(reject?.reason).toContain('invoice-v2.dtd');
  });

  it('a CSV row with the wrong number of fields is rejected at its line; the other rows go in', async () => {
    const dir = tmp();
    const source = readFileSync(join(SHARED_DATA, 'lens/lens_current_layout_8_records.csv'), 'utf8');
    const lines = source.split('\n');
    // Line 3 is the second record; cut it after its fifth field.
    lines[2] = lines[2]!.split(',').slice(0, 5).join(',');
    const file = join(dir, 'lens-broken.csv');
    writeFileSync(file, lines.join('\n'));
    const { summary } = await ingest([file], join(dir, 's.duckdb'));
    const rejects = readRejects(summary.rejectsFile).filter((r) => r.severity === 'reject');
    expect(rejects.find((r) => r.position.line === 3)?.reason).toMatch(/number of fields/);
    expect(summary.documents).toBe(
      summary.inserted + summary.replaced + summary.unchanged + summary.rejected,
    );
    expect(summary.inserted).toBeGreaterThanOrEqual(6);
  });

  it('impossible dates become empty with a warning naming the field; the record is kept', async () => {
    const dir = tmp();
    const source = readFileSync(join(SHARED_DATA, 'patentscope/pizza_medium.csv'), 'latin1').split('\r');
    // Header + the first two records; their publication dates (21.08.2009, 24.01.2014) made impossible.
    const rows = [
      source[0],
      source[1]!.replace('21.08.2009', '00.00.0000'),
      source[2]!.replace('24.01.2014', '30.02.2019'),
    ];
    const file = join(dir, 'patentscope-dates.csv');
    writeFileSync(file, rows.join('\r'), 'latin1');
    const { result, summary } = await ingest([file], join(dir, 's.duckdb'));
    expect(result.code).toBe(0);
    expect(summary).toMatchObject({ documents: 2, inserted: 2, rejected: 0, warnings: 2 });
    const warnings = readRejects(summary.rejectsFile);
    expect(warnings.map((w) => w.reason).join('\n')).toContain('30.02.2019');
    expect(warnings.every((w) => w.severity === 'warning' && w.field !== null)).toBe(true);
  });

  it('an empty file, a binary file and a missing path are each explained; a good file still goes in', async () => {
    const dir = tmp();
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const binary = join(dir, 'picture.dat');
    writeFileSync(
      binary,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
      ]),
    );
    const missing = join(dir, 'no-such-file.xml');
    const { result, summary } = await ingest([empty, binary, missing, GRANT], join(dir, 's.duckdb'));
    expect(result.code).toBe(1);
    expect(summary).toMatchObject({ files: 4, failedFiles: 3, documents: 1, inserted: 1 });
    const reasons = readRejects(summary.rejectsFile).map((r) => `${r.file}: ${r.reason}`);
    expect(reasons.find((r) => r.startsWith(empty))).toContain('empty');
    expect(reasons.find((r) => r.startsWith(binary))).toContain('binary');
    expect(reasons.find((r) => r.startsWith(missing))).toContain('no such file');
  });
});

describe('the store is never half-written', () => {
  const CSET = join(SHARED_DATA, 'ai-labels-cset/patent_database.csv.gz');

  it('a store locked by another process gives a clear error and is left alone', async () => {
    const dir = tmp();
    const db = join(dir, 's.duckdb');
    await ingest([GRANT], db);
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const i = await DuckDBInstance.create(${JSON.stringify(db)}); await i.connect();
         process.stdout.write('locked\\n'); setTimeout(() => {}, 60000);`,
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      const result = await runCli([
        'ingest',
        join(SHARED_DATA, 'uspto-xml/xml2014/US08930553.xml'),
        '--db',
        db,
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('in use by another process');
    } finally {
      holder.kill('SIGKILL');
    }
    const info = lastJson<{ publications: number }>(await runCli(['info', '--db', db, '--json']));
    expect(info.publications).toBe(1);
  });

  it('kill -9 in the middle of an ingest leaves the store as it was; running it again completes the work', async () => {
    const dir = tmp();
    const db = join(dir, 's.duckdb');
    await ingest([GRANT], db);
    const child = spawn(process.execPath, ['bin/patlas.js', 'ingest', CSET, '--db', db, '--json'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    child.kill('SIGKILL');
    const signal = await new Promise((resolve) => child.on('close', (_code, s) => resolve(s)));
    expect(signal).toBe('SIGKILL');
    const after = lastJson<{ publications: number; ingestRuns: number }>(
      await runCli(['info', '--db', db, '--json']),
    );
    expect(after).toMatchObject({ publications: 1, ingestRuns: 1 });
    const rerun = await ingest([CSET], db);
    expect(rerun.summary.documents).toBe(287532);
    expect(
      rerun.summary.inserted + rerun.summary.replaced + rerun.summary.unchanged + rerun.summary.rejected,
    ).toBe(287532);
  }, 120_000);

  it('Ctrl-C (SIGINT) stops the ingest with exit code 130 and the store unchanged', async () => {
    const dir = tmp();
    const db = join(dir, 's.duckdb');
    await ingest([GRANT], db);
    const child = spawn(process.execPath, ['bin/patlas.js', 'ingest', CSET, '--db', db], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    const after = lastJson<{ publications: number; ingestRuns: number }>(
      await runCli(['info', '--db', db, '--json']),
    );
    expect(after).toMatchObject({ publications: 1, ingestRuns: 1 });
  }, 60_000);

  it('a full disk fails the ingest with a clear message and leaves the store as it was', async () => {
    const dir = tmp();
    const mount = join(dir, 'small-disk');
    const grant = join(dir, 'grant.xml');
    copyFileSync(GRANT, grant);
    // A private 6 MB tmpfs (own mount namespace): big enough for a small store, too small for CSET.
    const script = `mkdir -p ${mount} && mount -t tmpfs -o size=6m tmpfs ${mount} && cd ${REPO_ROOT} &&
      node bin/patlas.js ingest ${grant} --db ${mount}/s.duckdb --json > /dev/null;
      node bin/patlas.js ingest ${CSET} --db ${mount}/s.duckdb; echo "exit=$?";
      node bin/patlas.js info --db ${mount}/s.duckdb --json`;
    const child = spawn('unshare', ['-m', '-r', 'sh', '-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(out).toContain('exit=1');
    expect(err).toMatch(/disk is full|no space left/i);
    const info = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { publications: number };
    expect(info.publications).toBe(1);
  }, 120_000);
});

describe('usage errors exit with 2', () => {
  it('a missing --db, a bad option value and an unknown command', async () => {
    expect((await runCli(['ingest', GRANT])).code).toBe(2);
    expect((await runCli(['ingest', GRANT, '--db', join(tmp(), 's.duckdb'), '--workers', 'many'])).code).toBe(
      2,
    );
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const json = await runCli(['show', 'not a number', '--db', 'x.duckdb', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr.trim())).toMatchObject({ error: { code: 'usage' } });
  });
});
