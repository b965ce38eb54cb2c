import { describe, expect, it } from 'vitest';
import { parseColumnMapping } from './column-mapping.js';
import { mapRow } from './map-row.js';
import { resolveMapping } from './resolve-mapping.js';

// Behaviour of single fields on hand-written cells; whole exports are tested in from-mapped-table.test.ts.
const mapping = parseColumnMapping(
  {
    id: 'unit',
    detect: { requiredColumns: ['No'] },
    defaults: { separator: ';', lang: 'zh', country: 'CN' },
    fields: {
      publicationNumber: { column: 'No' },
      titles: [{ column: 'Title', lang: 'auto' }],
      priorityNumbers: { column: 'PR' },
      priorityDate: { column: 'PD', dateOrder: 'dmy' },
      applicants: { column: 'AP' },
      applicantCountry: { column: 'CC' },
      applicantProvince: { column: 'PV' },
      legalStatus: { column: 'LS' },
      familySize: { column: 'FAM', separator: '|', count: true },
      claimsCount: { column: 'CL' },
      ipcMain: { column: 'IPCM' },
      ipc: { column: 'IPC' },
    },
  },
  'unit.json',
);
const header = ['No', 'Title', 'PR', 'PD', 'AP', 'CC', 'PV', 'LS', 'FAM', 'CL', 'IPCM', 'IPC'];
const resolved = resolveMapping(mapping, header);
const map = (cells: Record<string, string>) =>
  mapRow(
    header.map((h) => cells[h] ?? ''),
    7,
    'unit.csv',
    resolved,
  );

describe('mapRow', () => {
  it('keeps Chinese legal statuses exactly as given', () => {
    for (const status of ['有效', '审中', '失效']) {
      const item = map({ No: 'CN114081026A', LS: status });
      expect(item.kind === 'record' && item.record.legalStatus).toBe(status);
    }
  });

  it('prefixes the default country to bare numbers and rejects what is no publication number', () => {
    const item = map({ No: '114081026A' });
    expect(item.kind === 'record' && item.record.publicationNumber).toBe('CN114081026A');
    expect(map({ No: '专利' })).toMatchObject({ kind: 'reject', reason: 'not a publication number: "专利"' });
  });

  it('pairs priority numbers with dates, keeps the earliest and warns on impossible ones', () => {
    const item = map({ No: 'CN1A', PR: 'JP2008-148514; CN202110123456.7', PD: '05.06.2008; 31.02.2021' });
    if (item.kind !== 'record') throw new Error('expected a record');
    expect(item.record.priorities).toEqual([
      { sequence: 1, country: 'JP', number: 'JP2008-148514', date: '2008-06-05' },
      { sequence: 2, country: 'CN', number: 'CN202110123456.7', date: null },
    ]);
    expect([item.record.priorityDate, item.record.priorityYear]).toEqual(['2008-06-05', 2008]);
    expect(item.warnings).toEqual([{ field: 'priorityDate', reason: expect.stringContaining('31.02.2021') }]);
  });

  it('splits applicants and gives the n-th country code and province to the n-th applicant', () => {
    const item = map({ No: 'CN1A', AP: '甲公司；乙大学', CC: 'CN; 中国', PV: '北京; 上海' });
    if (item.kind !== 'record') throw new Error('expected a record');
    expect(item.record.applicants.map((p) => [p.sequence, p.name, p.country, p.state])).toEqual([
      [1, '甲公司', 'CN', '北京'],
      [2, '乙大学', null, '上海'],
    ]);
  });

  it('counts family members, reads whole numbers, marks the main IPC and tells the title language by script', () => {
    const item = map({
      No: 'CN1A',
      Title: 'Sensor patch',
      FAM: 'CN1A | US2B | EP3A1',
      CL: '10.0',
      IPCM: 'H02G 7/00',
      IPC: 'A01M 29/16; H02G 7/00',
    });
    if (item.kind !== 'record') throw new Error('expected a record');
    expect([item.record.familySize, item.record.claimsCount]).toEqual([3, 10]);
    expect(item.record.titles).toEqual({ und: 'Sensor patch' });
    expect(item.record.classifications.map((c) => [c.symbol, c.isFirst])).toEqual([
      ['H02G7/00', true],
      ['A01M29/16', false],
    ]);
    expect(item.record.source.line).toBe(7);
  });
});
