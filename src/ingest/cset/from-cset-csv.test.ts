import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReadItem } from '../../domain/read-item.js';
import { fileInput } from '../file-input.js';
import { csetPublicationNumber } from './cset-number.js';
import { readCsetCsv } from './from-cset-csv.js';

const path = fileURLToPath(
  new URL('../../../../shared/data/ai-labels-cset/patent_database.csv.gz', import.meta.url),
);

/** The first `count` items only: the file has 287,532 rows and is read as a stream. */
async function firstItems(count: number): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readCsetCsv(fileInput(path))) {
    items.push(item);
    if (items.length === count) break;
  }
  return items;
}

describe('readCsetCsv on patent_database.csv.gz', async () => {
  const items = await firstItems(450);

  it('maps the first row (JP 2017207839 A) with its family, type, priority year and true labels', () => {
    expect(items[0]).toEqual({
      kind: 'record',
      warnings: [],
      record: expect.objectContaining({
        publicationNumber: 'JP2017207839A',
        country: 'JP',
        docNumber: '2017207839',
        kind: 'A',
        familyId: '60414974',
        documentType: 'application',
        priorityYear: 2016,
        sourceLabels: [
          'cset:ai',
          'cset:has_functional_application',
          'cset:has_ai_technique',
          'cset:Telecommunications',
          'cset:Machine_Learning',
        ],
        source: { file: path, byteOffset: null, line: 2, format: 'cset-ai-csv', formatVersion: null },
      }),
    });
  });

  it('labels row 3 Banking_and_Finance and row 4 Generic_and_Unspecified', () => {
    expect(items[1]?.kind === 'record' && items[1].record.sourceLabels).toContain('cset:Banking_and_Finance');
    expect(items[2]?.kind === 'record' && items[2].record.sourceLabels).toEqual([
      'cset:ai',
      'cset:has_functional_application',
      'cset:has_ai_technique',
      'cset:Generic_and_Unspecified',
    ]);
  });

  it('maps a granted utility model (line 416, CN 201622709 U) and a US application (line 443)', () => {
    const at = (line: number) => items.find((i) => i.kind === 'record' && i.record.source.line === line);
    expect(at(416)).toMatchObject({
      record: { publicationNumber: 'CN201622709U', documentType: 'utility-model' },
    });
    expect(at(443)).toMatchObject({ record: { publicationNumber: 'US20190385748A1', familyId: '68840233' } });
  });

  it('rejects the spreadsheet-mangled DE number on line 442 and reads on', () => {
    expect(items[440]).toMatchObject({
      kind: 'reject',
      position: { line: 442 },
      reason:
        'publication number "DE 1.02E+11 A1" was turned into scientific notation by a spreadsheet: its digits are lost',
    });
    expect(items[441]).toMatchObject({ kind: 'record', record: { source: { line: 443 } } });
  });
});

describe('csetPublicationNumber', () => {
  it('rebuilds old WO numbers that lost their leading zeros (rows with priority years 2001, 1999, 1998)', () => {
    expect(csetPublicationNumber('WO', '2058554', 'A1')).toMatchObject({
      publicationNumber: 'WO2002058554A1',
    });
    expect(csetPublicationNumber('WO', '122883', 'A1')).toMatchObject({
      publicationNumber: 'WO2001022883A1',
    });
    expect(csetPublicationNumber('WO', '67959', 'A1')).toMatchObject({ publicationNumber: 'WO2000067959A1' });
    expect(csetPublicationNumber('WO', '3355', 'A2')).toMatchObject({ publicationNumber: 'WO2000003355A2' });
    expect(csetPublicationNumber('WO', '9912345', 'A1')).toMatchObject({
      publicationNumber: 'WO1999012345A1',
    });
    expect(csetPublicationNumber('WO', '2019073473', 'A1')).toMatchObject({
      publicationNumber: 'WO2019073473A1',
    });
  });

  it('keeps letter-prefixed numbers as DOCDB spells them, refuses check letters the kind would swallow', () => {
    expect(csetPublicationNumber('JP', 'WO2018061239', 'A1')).toMatchObject({
      publicationNumber: 'JPWO2018061239A1',
    });
    expect(csetPublicationNumber('TW', 'I417797', 'B')).toMatchObject({ publicationNumber: 'TWI417797B' });
    expect(typeof csetPublicationNumber('SG', '10201800233Y', 'A')).toBe('string');
  });
});
