import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem, RecordWarning } from '../../domain/read-item.js';
import { fileInput } from '../file-input.js';
import { readPatentscopeCsv } from './from-patentscope-csv.js';

const path = fileURLToPath(new URL('../../../../shared/data/patentscope/pizza_medium.csv', import.meta.url));

describe('readPatentscopeCsv on the pizza export (10,000 rows, cp1252, CR-only, dd.mm.yyyy)', async () => {
  const items: ReadItem[] = [];
  for await (const item of readPatentscopeCsv(fileInput(path))) items.push(item);
  const atLine = (line: number): PatentRecord & { warnings: RecordWarning[] } => {
    const item = items.find((i) => i.kind === 'record' && i.record.source.line === line);
    if (item?.kind !== 'record') throw new Error(`no record at line ${line}`);
    return { ...item.record, warnings: item.warnings };
  };

  it('gives one item per row', () => {
    expect(items).toHaveLength(10000);
  });

  it('maps line 2 (US20090208610): no kind, day-first date, ISO priority, repeated IPC once, NA applicants', () => {
    const r = atLine(2);
    expect(r).toMatchObject({ publicationNumber: 'US20090208610', kind: null, documentType: null });
    expect(r.publicationDate).toBe('2009-08-21');
    expect(r.priorities).toEqual([{ sequence: 1, country: 'ES', number: '200402236U', date: '2004-10-01' }]);
    expect(r.priorityDate).toBe('2004-10-01');
    expect(r.classifications.map((c) => c.symbol)).toEqual(['A21D13/00', 'A23L1/16']);
    expect(r.applicants).toEqual([]);
    expect(r.inventors.map((p) => p.name)).toEqual(['Sanchez Zarzoso Maria Isabel']);
    expect(r.titles).toEqual({ und: 'PIZZA' });
  });

  it('upper-cases lowercase office codes (kr, za, il, mx)', () => {
    // kr1020010067590 in the file: KIPO's 13 digits become DOCDB's 11.
    expect(atLine(693).publicationNumber).toBe('KR20010067590');
    expect(atLine(1168)).toMatchObject({ publicationNumber: 'ZA199804456', country: 'ZA', kind: null });
    expect(atLine(514).publicationNumber).toBe('IL128228');
    expect(atLine(852)).toMatchObject({ publicationNumber: 'MX2008013315', country: 'MX' });
    expect(atLine(852).applicants.map((p) => p.name)).toEqual(['PIZZA HUT, INC.']);
  });

  it('removes the zero padding of DE and RU numbers', () => {
    expect(atLine(775).publicationNumber).toBe('DE19826114');
    expect(atLine(1085).publicationNumber).toBe('RU2444566');
  });

  it('reads dd.mm.yyyy priority dates inside the brackets', () => {
    expect(atLine(1035).priorities).toEqual([
      { sequence: 1, country: 'US', number: '09/071,638', date: '1998-05-01' },
      { sequence: 2, country: 'US', number: '09/225,227', date: '1999-01-04' },
    ]);
    expect(atLine(1035).priorityDate).toBe('1998-05-01');
  });

  it('keeps a priority given twice once, with its date', () => {
    expect(atLine(1367).priorities).toEqual([
      { sequence: 1, country: 'US', number: '10/654 769', date: '2003-09-04' },
    ]);
  });

  it('reads the IPC-R tail: version, first position, inventive value', () => {
    expect(atLine(697).classifications).toEqual([
      { scheme: 'ipc', symbol: 'G07F9/10', value: 'inventive', isFirst: true, version: '20060101' },
      { scheme: 'ipc', symbol: 'G07F11/70', value: 'inventive', isFirst: true, version: '20060101' },
    ]);
  });

  it('reads flagged and edition-prefixed symbols (line 1377)', () => {
    expect(atLine(1377).classifications.map((c) => c.symbol)).toEqual([
      'A23C19/00',
      'A23C19/068',
      'A23C19/08',
      'A21D13/08',
    ]);
  });

  it('keeps the Mexican PA series with its prefix, as DOCDB writes it (line 988: mxPA/a/2005/008192)', () => {
    const pa = items.find((i) => i.kind === 'record' && i.record.source.line === 988);
    expect(pa?.kind === 'record' && pa.record.publicationNumber).toBe('MXPA05008192');
    // The file holds 15 `mxPA/` numbers (counted with grep); all of them now come through.
    expect(items.filter((i) => i.kind === 'reject')).toHaveLength(0);
  });

  it('turns a truncated IPC symbol into a warning, not a reject', () => {
    const warned = items.filter(
      (i) => i.kind === 'record' && i.warnings.some((w) => w.reason === 'not an IPC symbol: "A21D 13/"'),
    );
    expect(warned.length).toBeGreaterThan(0);
  });
});
