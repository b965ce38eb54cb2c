import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import { PatlasError } from '../../domain/patlas-error.js';
import type { ReadItem } from '../../domain/read-item.js';
import { readPatentsViewTables } from './from-patentsview-tsv.js';
import { PATENTSVIEW_TABLES, type PatentsViewTable } from './patentsview-tables.js';

// Expected values are copied from the USPTO XML the fixtures were made from (see the fixture README):
// xml2014/US08926509.xml, xml2006/US07272630B2.xml, go-uspto/grant/v2-5-S1.xml.
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/patentsview/', import.meta.url));
const ALL = Object.fromEntries(PATENTSVIEW_TABLES.map((t) => [t, join(FIXTURES, `${t}.tsv`)])) as Record<
  PatentsViewTable,
  string
>;

async function collect(
  items: AsyncIterable<ReadItem>,
): Promise<{ records: PatentRecord[]; items: ReadItem[] }> {
  const all: ReadItem[] = [];
  for await (const item of items) all.push(item);
  return { records: all.flatMap((i) => (i.kind === 'record' ? [i.record] : [])), items: all };
}

describe('readPatentsViewTables on the fixture tables', () => {
  let result: Awaited<ReturnType<typeof collect>>;
  const byNumber = (docNumber: string) => result.records.find((r) => r.docNumber === docNumber)!;
  beforeAll(async () => {
    result = await collect(readPatentsViewTables(ALL));
  });

  it('gives one record per g_patent row, in patent_id order, and no rejects', () => {
    expect(result.records.map((r) => r.publicationNumber)).toEqual([
      'US7272630B2',
      'US8926509B2',
      'US8927118B2',
      'US8930553B2',
      'USD452599S1',
    ]);
    expect(result.records.map((r) => r.source.line)).toEqual([5, 2, 3, 4, 6]);
    expect(result.items.filter((i) => i.kind === 'reject')).toEqual([]);
  });

  it('joins patent, application, abstract, IPC and CPC of US8926509B2', () => {
    const r = byNumber('8926509');
    expect(r.titles).toEqual({ en: 'Wireless physiological sensor patches and systems' });
    expect(r.abstracts.en).toMatch(
      /^The present invention provides methods, devices, and systems for wireless/,
    );
    expect(r.documentType).toBe('grant');
    expect([r.grantDate, r.publicationDate, r.publicationYear]).toEqual(['2015-01-06', '2015-01-06', 2015]);
    expect([r.applicationNumber, r.applicationDate]).toEqual(['12134151', '2008-06-05']);
    expect(r.claimsCount).toBe(31);
    const ipc = r.classifications.filter((c) => c.scheme === 'ipc');
    expect(ipc).toHaveLength(14);
    expect(ipc[0]).toEqual({
      scheme: 'ipc',
      symbol: 'A61B5/00',
      value: 'inventive',
      isFirst: true,
      version: '20060101',
    });
    expect(ipc.find((c) => c.symbol === 'G06F19/00')).toMatchObject({
      value: 'additional',
      version: '20110101',
    });
    const cpc = r.classifications.filter((c) => c.scheme === 'cpc');
    expect(cpc[0]).toMatchObject({ symbol: 'A61B5/0205', isFirst: true, value: 'inventive' });
    expect(cpc.map((c) => c.symbol)).toContain('A61B2560/0209');
  });

  it('joins assignees and inventors with their locations', () => {
    const r = byNumber('8926509');
    expect(r.applicants).toEqual([
      {
        role: 'applicant',
        sequence: 1,
        name: 'Hmicro, Inc.',
        country: 'US',
        city: 'Fremont',
        state: 'CA',
        address: null,
        postcode: null,
        partyType: '2',
      },
    ]);
    expect(r.inventors.map((p) => p.name)).toEqual([
      'Magar, Surendar',
      'Sattiraju, Venkateswara Rao',
      'Niknejad, Ali',
      'Yun, Louis',
      'Beck, James C.',
    ]);
    expect(r.inventors[0]).toMatchObject({ city: 'Dublin', state: 'CA', country: 'US' });
    const older = byNumber('7272630');
    expect(older.applicants[0]?.name).toBe('Microsoft Corporation');
    expect(older.inventors[0]).toMatchObject({ name: 'Douceur, John R.', city: 'Bellevue', state: 'WA' });
  });

  it('joins cited US patents with who cited them', () => {
    const [first] = byNumber('8926509').citations;
    expect(first).toEqual({
      kind: 'patent',
      publicationNumber: 'US4313443A',
      raw: '4313443',
      category: null,
      citedBy: 'applicant',
    });
    expect(byNumber('7272630').citations[0]).toMatchObject({
      publicationNumber: 'US5202982A',
      citedBy: 'other',
    });
    expect(byNumber('8926509').citedByCount).toBe(0);
  });

  it('reads a design patent (patent_id D452599)', () => {
    const d = byNumber('D452599');
    expect(d).toMatchObject({ country: 'US', docNumber: 'D452599', kind: 'S1', documentType: 'design' });
    expect(d.classifications).toEqual([]);
    expect(d.inventors).toEqual([expect.objectContaining({ name: 'Rossi-Wolter, Ute', country: 'DE' })]);
    expect(d.citations.map((c) => (c.kind === 'patent' ? c.citedBy : null))).toEqual([
      'examiner',
      'examiner',
      'examiner',
    ]);
    expect(d.source).toEqual({
      file: ALL.g_patent,
      byteOffset: null,
      line: 6,
      format: 'patentsview-tsv',
      formatVersion: null,
    });
  });
});

describe('readPatentsViewTables with partial and broken tables', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'patlas-pv-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads g_patent alone, gzipped, without classifications or forward citation counts', async () => {
    const gz = join(dir, 'g_patent.tsv.gz');
    await writeFile(gz, gzipSync(await readFile(ALL.g_patent)));
    const { records } = await collect(readPatentsViewTables({ g_patent: gz }));
    expect(records).toHaveLength(5);
    const record = records.find((r) => r.docNumber === '8927118');
    expect(record).toMatchObject({
      publicationNumber: 'US8927118B2',
      classifications: [],
      citedByCount: null,
    });
    expect(record!.abstracts).toEqual({});
  });

  it('warns on impossible dates, reports child rows without a g_patent row and malformed lines', async () => {
    const lines = (await readFile(ALL.g_patent, 'utf8')).split('\n');
    // Drop US7272630 (line 5), make the date of US8927118 impossible, add a line with a column too many.
    const broken = [
      lines[0],
      lines[1],
      lines[2]!.replace('"2015-01-06"', '"2015-02-30"'),
      '"9999999"\t"utility"\t"2015-01-06"\t"Title"\t"B2"\t1\t0\t"ipg150106.xml"\t"one too many"',
      lines[3],
      lines[5],
      '',
    ].join('\n');
    const patentFile = join(dir, 'g_patent.tsv');
    await writeFile(patentFile, broken);
    const tables = { ...ALL, g_patent: patentFile };
    const { records, items } = await collect(readPatentsViewTables(tables));

    expect(records.map((r) => r.publicationNumber)).toEqual([
      'US8926509B2',
      'US8927118B2',
      'US8930553B2',
      'USD452599S1',
    ]);
    const dated = items.find((i) => i.kind === 'record' && i.record.docNumber === '8927118');
    expect(dated).toMatchObject({ record: { grantDate: null }, warnings: [{ field: 'grantDate' }] });

    const rejects = items.filter((i) => i.kind === 'reject');
    const malformed = rejects.find((r) => r.file === patentFile);
    expect(malformed?.position.line).toBe(4);
    const orphaned = rejects.filter((r) => r.reason.includes('no g_patent row')).map((r) => r.file);
    expect(orphaned.sort()).toEqual(
      [
        ALL.g_application,
        ALL.g_assignee_disambiguated,
        ALL.g_inventor_disambiguated,
        ALL.g_ipc_at_issue,
        ALL.g_patent_abstract,
        ALL.g_us_patent_citation,
      ].sort(),
    );
    const application = rejects.find((r) => r.file === ALL.g_application);
    expect(application).toMatchObject({ position: { line: 5 }, excerpt: '7272630' });
  });

  it('throws a PatlasError naming the file for unusable inputs', async () => {
    await expect(collect(readPatentsViewTables({ g_cpc_current: ALL.g_cpc_current }))).rejects.toMatchObject({
      code: 'usage',
    });
    const wrong = collect(readPatentsViewTables({ g_patent: ALL.g_cpc_current }));
    await expect(wrong).rejects.toThrow(PatlasError);
    await expect(collect(readPatentsViewTables({ g_patent: ALL.g_cpc_current }))).rejects.toThrow(
      /g_cpc_current\.tsv: the header is not that of PatentsView g_patent \(it looks like g_cpc_current\)/,
    );
    const zipped = join(dir, 'g_patent.tsv.zip');
    await copyFile(ALL.g_patent, zipped);
    await expect(collect(readPatentsViewTables({ g_patent: zipped }))).rejects.toMatchObject({
      code: 'unreadable-file',
    });
    await expect(
      collect(readPatentsViewTables({ g_patent: join(dir, 'missing.tsv') })),
    ).rejects.toMatchObject({
      code: 'file-not-found',
    });
  });
});
