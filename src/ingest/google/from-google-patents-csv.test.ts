import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReadItem } from '../../domain/read-item.js';
import { fileInput } from '../file-input.js';
import { readGooglePatentsCsv } from './from-google-patents-csv.js';
import { splitGoogleNames } from './google-names.js';

const fixture = fileURLToPath(
  new URL('../../../test/fixtures/google-patents/google-export.csv', import.meta.url),
);

async function read(path: string): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readGooglePatentsCsv(fileInput(path))) items.push(item);
  return items;
}

function copyWith(edit: (text: string) => string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'patlas-google-')), 'export.csv');
  writeFileSync(path, edit(readFileSync(fixture, 'utf8')));
  return path;
}

describe('readGooglePatentsCsv', async () => {
  const items = await read(fixture);
  const records = items.flatMap((i) => (i.kind === 'record' ? [i.record] : []));

  it('skips the search URL line and reads the five rows from line 3 on', () => {
    expect(records.map((r) => [r.publicationNumber, r.source.line])).toEqual([
      ['US8926509B2', 3],
      ['US8927118B2', 4],
      ['EP3782854A1', 5],
      ['US20050004437A1', 6],
      ['US7272630B2', 7],
    ]);
  });

  it('maps US 8926509 B2 as uspto-xml/xml2014/US08926509.xml gives it', () => {
    const r = records[0]!;
    expect(r).toMatchObject({
      country: 'US',
      docNumber: '8926509',
      kind: 'B2',
      documentType: 'grant',
      priorityDate: '2007-08-24',
      applicationDate: '2008-06-05',
      publicationDate: '2015-01-06',
      grantDate: '2015-01-06',
      priorityYear: 2007,
      publicationYear: 2015,
    });
    expect(r.titles).toEqual({ und: 'Wireless physiological sensor patches and systems' });
    expect(r.applicants.map((p) => p.name)).toEqual(['Hmicro, Inc.']);
    expect(r.inventors.map((p) => p.name)).toEqual([
      'Surendar Magar',
      'Venkateswara Rao Sattiraju',
      'Ali Niknejad',
      'Louis Yun',
      'James C. Beck',
    ]);
  });

  it('keeps the comma of "CO., LTD." inside one of two assignees (EP 3782854 A1)', () => {
    const r = records[2]!;
    expect(r.applicants.map((p) => p.name)).toEqual([
      'BOE TECHNOLOGY GROUP CO., LTD.',
      'Chengdu BOE Optoelectronics Technology Co., Ltd.',
    ]);
    expect(r.inventors.map((p) => p.name)).toEqual(['Yuhsiung Feng', 'Wenbao Gao', 'Jia Zeng']);
    expect(r).toMatchObject({ grantDate: null, documentType: null, priorityDate: '2018-04-20' });
  });

  it('also reads an export whose search URL line was removed', async () => {
    const path = copyWith((text) => text.slice(text.indexOf('\n') + 1));
    const again = await read(path);
    expect(again).toHaveLength(5);
    expect(again[0]).toMatchObject({ kind: 'record', record: { publicationNumber: 'US8926509B2' } });
    expect(again[0]?.kind === 'record' && again[0].record.source.line).toBe(2);
  });

  it('rejects a row whose id is not a publication number and warns on an impossible date', async () => {
    const path = copyWith((text) =>
      text
        .replace('US-8927118-B2,', 'scholar/123456789,')
        .replace('2018-04-20,2018-10-29', '2018-02-30,2018-10-29'),
    );
    const broken = await read(path);
    expect(broken[1]).toMatchObject({
      kind: 'reject',
      position: { line: 4 },
      reason: 'not a publication number: "scholar/123456789"',
    });
    expect(broken[2]).toMatchObject({
      kind: 'record',
      record: { publicationNumber: 'EP3782854A1', priorityDate: null },
      warnings: [{ field: 'priorityDate', reason: 'impossible date "2018-02-30": day 30' }],
    });
  });
});

describe('splitGoogleNames', () => {
  it('splits on commas but keeps legal forms and suffixes with their name', () => {
    expect(splitGoogleNames('Numenta, Inc., John Smith, Jr., Acme GmbH')).toEqual([
      'Numenta, Inc.',
      'John Smith, Jr.',
      'Acme GmbH',
    ]);
  });
});
