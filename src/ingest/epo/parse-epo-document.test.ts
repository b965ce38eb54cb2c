import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem } from '../../domain/read-item.js';
import { parseEpoDocument } from './parse-epo-document.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/epo-xml/', import.meta.url));
const bytesOf = (name: string) => readFileSync(`${DATA}${name}`);

function parse(bytes: Buffer, byteOffset = 0): ReadItem {
  return parseEpoDocument(bytes, { file: 'test.xml', byteOffset });
}

function recordOf(name: string): { record: PatentRecord; warnings: { field: string; reason: string }[] } {
  const item = parse(bytesOf(name));
  if (item.kind !== 'record') throw new Error(`${name}: ${item.reason}`);
  return item;
}

describe('parseEpoDocument: EP3782854A1 (application/v1-5-A1.xml)', () => {
  const { record, warnings } = recordOf('application/v1-5-A1.xml');

  it('reads identity, dates and format from the root attributes and SDOBI', () => {
    expect(record.publicationNumber).toBe('EP3782854A1');
    expect(record.documentType).toBe('application');
    expect(record.publicationDate).toBe('2021-02-24');
    expect(record.applicationNumber).toBe('18877305.5');
    expect(record.applicationDate).toBe('2018-10-29');
    expect(record.grantDate).toBeNull();
    expect(record.source).toMatchObject({ format: 'epo-xml', formatVersion: 'v1.5', byteOffset: 0 });
    expect(warnings).toEqual([]);
  });

  it('reads the priority claim and the earliest priority date', () => {
    expect(record.priorities).toEqual([
      { sequence: 1, country: 'CN', number: '201810358967', date: '2018-04-20' },
    ]);
    expect(record.priorityDate).toBe('2018-04-20');
    expect(record.priorityYear).toBe(2018);
  });

  it('reads titles, the 447-character abstract and the 12 claims', () => {
    expect(record.titles).toEqual({
      de: 'FAHRZEUGMONTIERTE ANZEIGEANORDNUNG UND FAHRZEUG',
      en: 'VEHICLE-MOUNTED DISPLAY ASSEMBLY AND VEHICLE',
      fr: "ENSEMBLE D'AFFICHAGE MONTÉ SUR VÉHICULE ET VÉHICULE",
    });
    expect(Object.keys(record.abstracts)).toEqual(['en']);
    expect(record.abstracts.en).toHaveLength(447);
    expect(record.abstracts.en).toMatch(/^This disclosure relates to a vehicular display assembly/);
    expect(record.claimsCount).toBe(12);
    // Claims 2-10 say "according to claim N", 11 "according to any one of claims 1 to 10".
    expect(record.independentClaimsCount).toBe(1);
    expect(record.firstClaim?.lang).toBe('en');
    expect(record.firstClaim?.text).toMatch(/^A vehicular display assembly, comprising: a storage box;/);
  });

  it('reads IPC-R symbols with value and first position', () => {
    expect(record.classifications).toEqual([
      { scheme: 'ipc', symbol: 'B60R7/06', value: 'inventive', isFirst: true, version: '20060101' },
      { scheme: 'ipc', symbol: 'B60N3/12', value: 'inventive', isFirst: false, version: '20060101' },
    ]);
  });

  it('reads applicants and inventors with addresses, not the representative', () => {
    expect(record.applicants.map((p) => p.name)).toEqual([
      'BOE TECHNOLOGY GROUP CO., LTD.',
      'Chengdu BOE Optoelectronics Technology Co., Ltd.',
    ]);
    expect(record.applicants[0]).toMatchObject({
      role: 'applicant',
      sequence: 1,
      country: 'CN',
      city: 'Beijing 100015',
      address: 'No. 10 Jiuxianqiao Rd. Chaoyang District',
      partyType: 'applicant',
    });
    expect(record.inventors.map((p) => p.name)).toEqual(['FENG, Yuhsiung', 'GAO, Wenbao', 'ZENG, Jia']);
    for (const inventor of record.inventors)
      expect(inventor).toMatchObject({ city: 'Beijing 100176', country: 'CN' });
    expect(record.applicants.some((p) => p.name.includes('Cohausz'))).toBe(false);
  });

  it('reads the reference list as applicant citations', () => {
    expect(record.citations).toEqual([
      {
        kind: 'patent',
        publicationNumber: 'CN201810358967',
        raw: 'CN201810358967',
        category: null,
        citedBy: 'applicant',
      },
    ]);
  });
});

// Publication number of each sample, from its root attributes country + doc-number + kind.
const PUBLICATION_NUMBERS: Record<string, string> = {
  'application/v1-0-A1.xml': 'EP1325900A1',
  'application/v1-0-A2.xml': 'EP1326188A2',
  'application/v1-01-A1.xml': 'EP1679948A1',
  'application/v1-01-A2.xml': 'EP1680538A2',
  'application/v1-1-A1.xml': 'EP0000002A1',
  'application/v1-1-A2.xml': 'EP1792486A2',
  'application/v1-2-A1.xml': 'EP1921219A1',
  'application/v1-2-A2.xml': 'EP1873405A2',
  'application/v1-3-A1.xml': 'EP1981358A1',
  'application/v1-3-A2.xml': 'EP2007181A2',
  'application/v1-4-A1-1.xml': 'EP0560858A1',
  'application/v1-4-A1.xml': 'EP2055205A1',
  'application/v1-4-A2.xml': 'EP2136607A2',
  'application/v1-5-1-A1-1.xml': 'EP4090146A1',
  'application/v1-5-1-A1-2.xml': 'EP3889521A1',
  'application/v1-5-1-A1.xml': 'EP3882239A1',
  'application/v1-5-1-A2.xml': 'EP3882354A2',
  'application/v1-5-A1.xml': 'EP3782854A1',
  'application/v1-5-A2.xml': 'EP3814387A2',
  'grant/v1-0-B1.xml': 'EP1442058B1',
  'grant/v1-0-B2.xml': 'EP0874807B2',
  'grant/v1-1-B1.xml': 'EP1019261B1',
  'grant/v1-1-B2.xml': 'EP0546210B2',
  'grant/v1-2-B1.xml': 'EP0610335B1',
  'grant/v1-2-B2.xml': 'EP0430402B2',
  'grant/v1-3-B1.xml': 'EP1654642B1',
  'grant/v1-3-B2.xml': 'EP1497510B2',
  'grant/v1-4-B1.xml': 'EP0449582B1',
  'grant/v1-4-B2.xml': 'EP1451194B2',
  'grant/v1-5-1-B1.xml': 'EP3383757B1',
  'grant/v1-5-1-B2.xml': 'EP2716170B2',
  'grant/v1-5-B1.xml': 'EP3404678B1',
  'grant/v1-5-B2.xml': 'EP2743087B2',
};

describe('parseEpoDocument: every sample', () => {
  const files = ['application', 'grant'].flatMap((dir) =>
    readdirSync(`${DATA}${dir}`)
      .filter((f) => f.endsWith('.xml'))
      .map((f) => `${dir}/${f}`),
  );

  it('covers the whole folder', () => {
    expect(files.sort()).toEqual(Object.keys(PUBLICATION_NUMBERS).sort());
  });

  it.each(files)('%s gives its publication number, a title and a publication date', (file) => {
    const { record } = recordOf(file);
    expect(record.publicationNumber).toBe(PUBLICATION_NUMBERS[file]);
    expect(Object.keys(record.titles).length).toBeGreaterThan(0);
    expect(record.publicationDate).not.toBeNull();
    expect(record.documentType).toBe(file.startsWith('grant/') ? 'grant' : 'application');
  });
});
