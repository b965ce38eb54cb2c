import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem, RecordWarning } from '../../domain/read-item.js';
import { fileInput } from '../file-input.js';
import { readLensCsv } from './from-lens-csv.js';

const data = (path: string): string =>
  fileURLToPath(new URL(`../../../../shared/data/lens/${path}`, import.meta.url));

async function read(path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readLensCsv(fileInput(path))) items.push(item);
  return items;
}

const records = (items: ReadItem[]) =>
  items.flatMap((i) => (i.kind === 'record' ? [{ ...i.record, warnings: i.warnings }] : []));
const byNumber = (items: ReadItem[], number: string): PatentRecord & { warnings: RecordWarning[] } => {
  const found = records(items).find((r) => r.publicationNumber === number);
  if (!found) throw new Error(`${number} not read`);
  return found;
};

describe('readLensCsv, 2016 column set (drones, 5,884 families)', async () => {
  const items = await read(data('drones_fulltext_families_5884_raw.csv'));

  it('yields one item per data row: records plus rejects = 5,884', () => {
    expect(items).toHaveLength(5884);
  });

  it('maps row 1 (AT 399980 B) as the file gives it', () => {
    const r = byNumber(items, 'AT399980B');
    expect(r.source).toMatchObject({ line: 2, format: 'lens-csv', formatVersion: '2016 column set' });
    expect(r).toMatchObject({ country: 'AT', docNumber: '399980', kind: 'B', documentType: null });
    expect(r.publicationDate).toBe('1995-08-25');
    expect(r.applicationNumber).toBe('AT 33585 A');
    expect(r.applicationDate).toBe('1985-02-06');
    expect(r.priorities).toEqual([{ sequence: 1, country: 'AT', number: '33585', date: '1985-02-06' }]);
    expect(r.priorityDate).toBe('1985-02-06');
    expect(r.applicants.map((p) => p.name)).toEqual(['MARKOWETZ FRANZ']);
    expect(r.inventors).toEqual([]);
    expect(r.classifications).toEqual([
      { scheme: 'cpc', symbol: 'A01K47/00', value: null, isFirst: false, version: null },
      { scheme: 'ipc', symbol: 'A01K47/00', value: null, isFirst: false, version: null },
    ]);
    expect(r).toMatchObject({ citedByCount: 6, familySize: 2, extendedFamilySize: 2, familyId: null });
    expect(r.titles).toEqual({
      und: 'Double-storey Trough Beehive For The Two-population System For Completely Suppressing Swarms',
    });
  });

  it('splits ;; applicants and priorities, and marks granted patents', () => {
    const r = byNumber(items, 'BE905621A1');
    expect(r.applicants.map((p) => [p.sequence, p.name])).toEqual([
      [1, 'SANDERS PROBEL BIOTECHNOLOGY S'],
      [2, 'FLORIDIENNE SA'],
    ]);
    expect(r.priorities.map((p) => `${p.country} ${p.number} ${p.date}`)).toEqual([
      'BE 217307 1986-10-17',
      'BE 905621 1986-10-17',
    ]);
    expect(r.documentType).toBe('grant');
    expect(r.grantDate).toBe('1987-04-17');
  });

  it('keeps non-patent citations as text', () => {
    const r = byNumber(items, 'DE102012216162A1');
    expect(r.citations).toHaveLength(3);
    expect(r.citations[0]).toMatchObject({ kind: 'npl', citedBy: null });
    expect(r.citations[0]!.kind === 'npl' && r.citations[0]!.text).toMatch(
      /^ARCHER, F: Introduction, overview/,
    );
  });

  it('drops the correction date after an EP B9 number (line 569: EP 0259054 B9 20031217)', () => {
    expect(byNumber(items, 'EP0259054B9').publicationDate).toBe('2003-12-17');
  });

  it('rejects numbers Patlas cannot spell, with the reason and line', () => {
    const reject = items.find((i) => i.kind === 'reject' && i.reason.includes('IN 1442CH2015 A'));
    expect(reject).toMatchObject({ kind: 'reject', reason: 'not a publication number: "IN 1442CH2015 A"' });
  });
});

describe('readLensCsv, 2015 column set (pizza: cp1252, CR-only, dd/mm/yy)', async () => {
  const items = await read(data('pizza_lens_1000_raw.csv'));

  it('reads all 1,000 rows', () => {
    expect(items).toHaveLength(1000);
  });

  it('reads dd/mm/yy dates day first (25/04/13 = 25 April 2013)', () => {
    const r = byNumber(items, 'US20130101709A1');
    expect(r.source).toMatchObject({ line: 2, formatVersion: '2015 column set' });
    expect(r.publicationDate).toBe('2013-04-25');
    expect(r.applicationDate).toBe('2012-10-22');
    expect(r.priorities).toEqual([
      { sequence: 1, country: 'US', number: '201161550506', date: '2011-10-24' },
    ]);
    expect(r.documentType).toBe('application');
    expect(r.classifications.map((c) => `${c.scheme}:${c.symbol}`)).toEqual([
      'cpc:A23L1/0067',
      'cpc:G01G19/00',
      'ipc:A23L1/00',
      'ipc:G01N5/00',
    ]);
  });

  it('reads a US design right and skips its US classifications', () => {
    const r = byNumber(items, 'USD533981S1');
    expect(r).toMatchObject({ documentType: 'design', publicationDate: '2006-12-26', classifications: [] });
  });
});

describe('readLensCsv, cleaned files', () => {
  it('reads the UTF-8 cleaned file (1,695 rows) with "; " lists and separate priority dates', async () => {
    const items = await read(data('drones_tac_1695_cleaned.csv'));
    expect(items).toHaveLength(1695);
    const r = byNumber(items, 'AT556755T');
    expect(r.source).toMatchObject({ line: 3, formatVersion: 'cleaned snake_case column set' });
    expect(r.publicationDate).toBe('2012-05-15');
    expect(r.priorities).toEqual([
      { sequence: 1, country: 'FR', number: '1051751', date: '2010-03-11' },
      { sequence: 2, country: 'FR', number: '1054449', date: '2010-06-07' },
    ]);
    expect(r.inventors.map((p) => p.name)).toEqual(['D HAEYER FREDERIC', 'SEYDOUX HENRI']);
    expect(r).toMatchObject({ citedByCount: 0, familySize: 11, extendedFamilySize: 13 });
  });

  it('reads the UTF-16LE file (1,606 rows) whose column names start with spaces', async () => {
    const items = await read(data('drone_drones_tac_1695_families.csv'));
    expect(items).toHaveLength(1606);
    const r = byNumber(items, 'AR021856A1');
    expect(r.publicationDate).toBe('2002-08-07');
    expect(r.applicants.map((p) => p.name)).toEqual(['ASK IND SPA']);
    expect(r.classifications.filter((c) => c.scheme === 'cpc').map((c) => c.symbol)).toEqual([
      'B60R11/0217',
      'B60R11/0223',
      'B60R2011/0043',
      'B60R2011/0045',
      'H04R1/283',
      'H04R2499/13',
    ]);
    expect(r.priorities).toEqual([{ sequence: 1, country: 'IT', number: 'RE980117', date: null }]);
    expect(r.priorityYear).toBe(1998);
  });
});

describe('readLensCsv, current column set', async () => {
  const items = await read(data('lens_current_layout_8_records.csv'));

  it('builds the identity from Jurisdiction + Application Number, with a warning', () => {
    const r = byNumber(items, 'US17763944');
    expect(r.kind).toBeNull();
    expect(r.warnings.map((w) => w.field)).toEqual(['publicationNumber']);
    expect(r).toMatchObject({
      documentType: 'grant',
      legalStatus: 'ACTIVE',
      citedByCount: 1,
      familySize: 18,
      priorityDate: '2019-10-03',
      applicationDate: '2020-09-25',
    });
    expect(r.familyJurisdictions).toEqual(['US', 'AU', 'WO', 'CL', 'CN', 'BR', 'EP', 'DE', 'MX', 'PH']);
    expect(r.abstracts.und).toMatch(/^A network can comprise client devices, provider devices, and/);
    expect(r.applicants.map((p) => [p.name, p.partyType])).toEqual([['PFETCH INC', null]]);
  });

  it('rejects the WO row whose only number is a PCT application number', () => {
    expect(items[2]).toMatchObject({ kind: 'reject', position: { line: 4 } });
    expect(records(items)).toHaveLength(7);
  });

  it('drops repeated CPC symbols (row 1 lists 18, 9 distinct)', () => {
    const r = byNumber(items, 'AU2021328261');
    expect(r.classifications.filter((c) => c.scheme === 'cpc')).toHaveLength(9);
    expect(r.legalStatus).toBe('PENDING');
    expect(r.documentType).toBe('application');
  });

  it('uses Owners as applicants (partyType owner, date removed) only when Applicants is empty', async () => {
    const text = readFileSync(data('lens_current_layout_8_records.csv'), 'utf8').replace(
      ',LEMON INC,LEMON INC (2023-02-21)',
      ',,LEMON INC (2023-02-21)',
    );
    const path = join(mkdtempSync(join(tmpdir(), 'patlas-lens-')), 'owners.csv');
    writeFileSync(path, text);
    const r = byNumber(await read(path), 'US18089348');
    expect(r.applicants.map((p) => [p.name, p.partyType])).toEqual([
      ['LEMON INC', 'owner'],
      ['HANGZHOU OCEAN ENGINE NETWORK TECHNOLOGY CO. LTD', 'owner'],
      ['BEIJING ZITIAO NETWORK TECHNOLOGY CO. LTD', 'owner'],
      ['BYTEDANCE INC', 'owner'],
    ]);
  });
});
