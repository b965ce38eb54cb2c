import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastJson, REPO_ROOT, runCli, SHARED_DATA } from '../helpers/run-cli.js';

interface IngestJson {
  files: number;
  documents: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  rejected: number;
  rejectsFile: string | null;
  seconds: number;
}

interface InfoJson {
  publications: number;
  byCountry: Record<string, number>;
  byYear: Record<string, number>;
  bySource: Record<string, number>;
  coverage: Record<string, number>;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'patlas-e2e-'));

describe('patlas ingest / show on EP3782854A1 (values read from epo-xml/application/v1-5-A1.xml)', () => {
  let db: string;
  beforeAll(async () => {
    db = join(tmp(), 'ep.duckdb');
    const result = await runCli([
      'ingest',
      join(SHARED_DATA, 'epo-xml/application/v1-5-A1.xml'),
      '--db',
      db,
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(lastJson<IngestJson>(result)).toMatchObject({ files: 1, documents: 1, inserted: 1, rejected: 0 });
  });

  it('shows the record with the fields of the document', async () => {
    const result = await runCli(['show', 'EP 3782854 A1', '--db', db, '--json']);
    expect(result.code).toBe(0);
    const show = lastJson<{
      publicationNumber: string;
      country: string;
      kind: string;
      claimsCount: number;
      abstracts: Record<string, string>;
      priorityDate: string;
      applicants: { name: string; country: string }[];
      inventors: { name: string; city: string; country: string }[];
      citations: { publicationNumber?: string }[];
      source: { file: string; format: string };
      technologyFields: {
        fieldNr: number;
        fieldName: string;
        wholeWeight: number;
        fractionalWeight: number;
      }[];
    }>(result);
    expect(show.publicationNumber).toBe('EP3782854A1');
    expect(show.country).toBe('EP');
    expect(show.kind).toBe('A1');
    expect(show.claimsCount).toBe(12);
    expect(show.abstracts.en).toHaveLength(447);
    expect(show.priorityDate).toBe('2018-04-20');
    expect(show.applicants.map((a) => a.name)).toContain('BOE TECHNOLOGY GROUP CO., LTD.');
    expect(show.inventors).toHaveLength(3);
    for (const inventor of show.inventors)
      expect(inventor).toMatchObject({ city: 'Beijing 100176', country: 'CN' });
    expect(show.citations[0]?.publicationNumber).toBe('CN201810358967');
    expect(show.source.format).toBe('epo-xml');
    // IPC B60R7/06 and B60N3/12: both subclasses are field 32 Transport in the WIPO concordance.
    expect(show.technologyFields).toEqual([
      {
        fieldNr: 32,
        fieldName: 'Transport',
        sector: 'Mechanical engineering',
        wholeWeight: 1,
        fractionalWeight: 1,
        basis: 'ipc',
      },
    ]);
  });

  it('re-ingesting the same file changes nothing', async () => {
    const again = await runCli([
      'ingest',
      join(SHARED_DATA, 'epo-xml/application/v1-5-A1.xml'),
      '--db',
      db,
      '--json',
    ]);
    expect(lastJson<IngestJson>(again)).toMatchObject({
      documents: 1,
      inserted: 0,
      replaced: 0,
      unchanged: 1,
    });
  });

  it('says clearly when a publication is not in the store', async () => {
    const result = await runCli(['show', 'EP1234567A1', '--db', db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('EP1234567A1 is not in');
  });
});

describe('patlas ingest on the PATENTSCOPE export (patentscope/pizza_medium.csv)', () => {
  let db: string;
  let first: IngestJson;
  beforeAll(async () => {
    db = join(tmp(), 'ps.duckdb');
    const result = await runCli([
      'ingest',
      join(SHARED_DATA, 'patentscope/pizza_medium.csv'),
      '--db',
      db,
      '--json',
    ]);
    first = lastJson<IngestJson>(result);
  });

  it('reads all 10,000 rows and the counts reconcile', () => {
    expect(first.documents).toBe(10000);
    expect(first.inserted + first.replaced + first.unchanged + first.rejected).toBe(first.documents);
    // 9,996 distinct publication numbers in the file (4 appear twice), counted with Python's csv module.
    expect(first.inserted).toBe(9996);
  });

  it('upper-cases the lowercase office codes', async () => {
    const info = lastJson<InfoJson>(await runCli(['info', '--db', db, '--json']));
    expect(info.byCountry).toMatchObject({ KR: 345, ZA: 72, IL: 35, MX: 23, US: 4902, WO: 1589 });
    expect(Object.keys(info.byCountry).filter((c) => c !== c.toUpperCase())).toEqual([]);
    expect(info.bySource).toEqual({ 'patentscope-csv': 9996 });
  });

  it('a second ingest of the same file reports every document unchanged', async () => {
    const again = lastJson<IngestJson>(
      await runCli(['ingest', join(SHARED_DATA, 'patentscope/pizza_medium.csv'), '--db', db, '--json']),
    );
    expect(again).toMatchObject({
      documents: 10000,
      inserted: 0,
      replaced: 0,
      unchanged: 10000 - first.rejected,
    });
  });
});

describe('archives: .zip entries and .gz files are read in place', () => {
  it('ingests a zip of a USPTO grant and an EPO document, naming the entries as sources', async () => {
    const db = join(tmp(), 'zip.duckdb');
    const zip = join(REPO_ROOT, 'test/fixtures/archives/uspto-epo-sample.zip');
    const summary = lastJson<IngestJson>(await runCli(['ingest', zip, '--db', db, '--json']));
    expect(summary).toMatchObject({ files: 2, documents: 2, inserted: 2, rejected: 0 });
    const show = lastJson<{ source: { file: string } }>(
      await runCli(['show', 'US8930553', '--db', db, '--json']),
    );
    expect(show.source.file).toBe(`${zip}!grants/US08930553.xml`);
  });

  it('splits a gzipped two-document bulk file (go-uspto/test.xml: US 11147202 and US 11147203)', async () => {
    const db = join(tmp(), 'gz.duckdb');
    const gz = join(REPO_ROOT, 'test/fixtures/archives/ipg-two-documents.xml.gz');
    const summary = lastJson<IngestJson>(await runCli(['ingest', gz, '--db', db, '--json']));
    expect(summary).toMatchObject({ documents: 2, inserted: 2 });
    for (const number of ['US11147202B2', 'US11147203B2']) {
      expect((await runCli(['show', number, '--db', db])).code).toBe(0);
    }
  });
});

describe('every real file of the issue ingests, every reject explained, and exports', () => {
  let db: string;
  let summary: IngestJson & { failedFiles: number; warnings: number };
  const folders = ['uspto-xml', 'epo-xml', 'lens', 'patentscope', 'ai-text-istat'].map((f) =>
    join(SHARED_DATA, f),
  );
  beforeAll(async () => {
    db = join(tmp(), 'all.duckdb');
    summary = lastJson(await runCli(['ingest', ...folders, '--db', db, '--json']));
  }, 120_000);

  it('reconciles the counts and explains each reject with file, position and reason', async () => {
    expect(summary.documents).toBe(
      summary.inserted + summary.replaced + summary.unchanged + summary.rejected,
    );
    expect(summary.inserted).toBeGreaterThan(25_000);
    const lines = readFileSync(summary.rejectsFile!, 'utf8').trim().split('\n');
    expect(lines.length).toBe(summary.rejected + summary.warnings + summary.failedFiles);
    for (const line of lines) {
      const r = JSON.parse(line) as { file: string; reason: string; severity: string; position: object };
      expect(r.file).toBeTruthy();
      expect(r.reason.length).toBeGreaterThan(10);
      expect(['reject', 'warning']).toContain(r.severity);
    }
  });

  it('refuses only the two CPC scheme files in uspto-xml, saying they are not patent documents', async () => {
    const rejects = readFileSync(summary.rejectsFile!, 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            file: string;
            reason: string;
            position: { line: number | null; byteOffset: number | null };
          },
      )
      .filter((r) => r.position.line === null && r.position.byteOffset === null);
    expect(rejects.map((r) => r.file.split('/').pop()).sort()).toEqual([
      'cpc-scheme-A01L.xml',
      'cpcMaster.xml',
    ]);
    for (const r of rejects) expect(r.reason).toContain('not patent documents');
  });

  it('exports every table as Parquet with the row counts of the store', async () => {
    const out = join(tmp(), 'export');
    const result = await runCli(['export', '--db', db, '--format', 'parquet', '--out', out, '--json']);
    expect(result.code).toBe(0);
    const { tables } = lastJson<{ tables: { table: string; file: string; rows: number }[] }>(result);
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining([
        'publications',
        'texts',
        'classifications',
        'parties',
        'citations',
        'priorities',
        'families',
        'ingest_runs',
        'rejects',
      ]),
    );
    const info = lastJson<{ publications: number }>(await runCli(['info', '--db', db, '--json']));
    expect(tables.find((t) => t.table === 'publications')?.rows).toBe(info.publications);
    for (const t of tables) expect(existsSync(t.file)).toBe(true);
  });

  it('exports CSV with a header and one line per row', async () => {
    const out = join(tmp(), 'csv');
    const result = await runCli(['export', '--db', db, '--format', 'csv', '--out', out, '--json']);
    const { tables } = lastJson<{ tables: { table: string; file: string; rows: number }[] }>(result);
    const priorities = tables.find((t) => t.table === 'priorities')!;
    const lines = readFileSync(priorities.file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('publication_number,seq,country,number,date');
    expect(lines.length - 1).toBe(priorities.rows);
    expect((await runCli(['export', '--db', db, '--format', 'xml', '--out', out])).code).toBe(2);
  });
});

describe('a user column mapping for an export Patlas does not know', () => {
  it('reads the export through --mapping, and a broken mapping is a usage error', async () => {
    const dir = tmp();
    // Two real publications, values copied from their documents (titles from the XML files).
    const csv = join(dir, 'team-sheet.csv');
    writeFileSync(
      csv,
      'Pub No;Heading;Owner\nEP 3782854 A1;VEHICLE-MOUNTED DISPLAY ASSEMBLY AND VEHICLE;BOE TECHNOLOGY GROUP CO., LTD.\nUS 8,926,509 B2;Wireless physiological sensor patches and systems;Hmicro, Inc.\n',
    );
    const mapping = join(dir, 'team-sheet.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        id: 'team-sheet',
        detect: { requiredColumns: ['Pub No', 'Heading'] },
        fields: {
          publicationNumber: { column: 'Pub No' },
          titles: [{ column: 'Heading', lang: 'en' }],
          applicants: { column: 'Owner' },
        },
      }),
    );
    const db = join(dir, 'm.duckdb');
    const without = await runCli(['ingest', csv, '--db', db, '--json']);
    expect(lastJson<IngestJson & { failedFiles: number }>(without)).toMatchObject({
      failedFiles: 1,
      documents: 0,
    });
    const result = await runCli(['ingest', csv, '--db', db, '--json', '--mapping', mapping]);
    expect(lastJson<IngestJson>(result)).toMatchObject({ documents: 2, inserted: 2 });
    const show = lastJson<{
      titles: Record<string, string>;
      source: { format: string; formatVersion: string };
    }>(await runCli(['show', 'EP3782854A1', '--db', db, '--json']));
    expect(show.titles.en).toBe('VEHICLE-MOUNTED DISPLAY ASSEMBLY AND VEHICLE');
    expect(show.source).toMatchObject({ format: 'mapped-table', formatVersion: 'team-sheet' });

    writeFileSync(
      mapping,
      JSON.stringify({ id: 'team-sheet', detect: { requiredColumns: ['Pub No'] }, fields: { titel: {} } }),
    );
    const broken = await runCli(['ingest', csv, '--db', db, '--mapping', mapping]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('team-sheet.json');
  });
});

describe('PatentsView tables found by a glob are joined per patent; a Google export is read', () => {
  it('ingests the five grants of the PatentsView fixture (values copied from their USPTO XML)', async () => {
    const db = join(tmp(), 'pv.duckdb');
    const glob = join(REPO_ROOT, 'test/fixtures/patentsview/*.tsv');
    const summary = lastJson<IngestJson & { failedFiles: number }>(
      await runCli(['ingest', glob, '--db', db, '--json']),
    );
    expect(summary).toMatchObject({ files: 9, failedFiles: 0, documents: 5, inserted: 5, rejected: 0 });
    const show = lastJson<{
      titles: Record<string, string>;
      applicants: { country: string }[];
      source: { format: string };
    }>(await runCli(['show', 'US8927118B2', '--db', db, '--json']));
    expect(show.source.format).toBe('patentsview-tsv');
    expect(show.titles.en).toBe(
      'Material for organic electroluminescence device and organic electroluminescence device using the same',
    );
    expect(show.applicants[0]?.country).toBe('JP');
  });

  it('reads the Google Patents export below its search-URL line', async () => {
    const db = join(tmp(), 'google.duckdb');
    const csv = join(REPO_ROOT, 'test/fixtures/google-patents/google-export.csv');
    const summary = lastJson<IngestJson>(await runCli(['ingest', csv, '--db', db, '--json']));
    expect(summary).toMatchObject({ documents: 5, inserted: 5, rejected: 0 });
    const show = lastJson<{ priorityDate: string; applicants: { name: string }[] }>(
      await runCli(['show', 'US 8,926,509 B2', '--db', db, '--json']),
    );
    expect(show).toMatchObject({ priorityDate: '2007-08-24', applicants: [{ name: 'Hmicro, Inc.' }] });
  });
});
