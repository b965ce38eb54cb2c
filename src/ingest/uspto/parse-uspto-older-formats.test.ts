import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import { parseUsptoDocument } from './parse-uspto-document.js';

function record(path: string): PatentRecord {
  const bytes = readFileSync(new URL(`../../../../shared/data/uspto-xml/${path}`, import.meta.url));
  const item = parseUsptoDocument(bytes, { file: path, byteOffset: 0 });
  if (item.kind !== 'record') throw new Error(item.reason);
  return item.record;
}
const symbols = (r: PatentRecord) => r.classifications.map((c) => [c.symbol, c.isFirst, c.version]);

describe('ST.32 v2.5 grants (PATDOC)', () => {
  const r = record('sgml/US06336130.xml');

  it('reads the bibliographic core', () => {
    expect(r.publicationNumber).toBe('US6336130B1');
    expect([r.publicationDate, r.applicationNumber, r.applicationDate]).toEqual([
      '2002-01-01',
      '09413215',
      '1999-10-05',
    ]);
    expect(r.priorities).toEqual([{ sequence: 1, country: 'NO', number: '971605', date: '1997-04-08' }]);
    expect(r.priorityDate).toBe('1997-04-08');
    expect(r.claimsCount).toBe(22);
    expect(r.abstracts.en).toMatch(
      /^A communications systems, e\.g\., a telecommunications system, includes/,
    );
    expect(r.firstClaim?.text).toMatch(
      /^1\. An arrangement in a network .* representing the fixed network node\.$/,
    );
  });

  it('reads the fixed-width edition IPC (G06F 1516 is G06F 15/16)', () => {
    expect(symbols(r)).toEqual([
      ['G06F15/16', true, '7'],
      ['G06F13/00', false, '7'],
    ]);
    expect(symbols(record('go-uspto/grant/v2-5-B2.xml'))).toEqual([['A47L5/14', true, '7']]);
  });

  it('reads parties: assignee as applicant, inventors with their country', () => {
    expect(r.applicants).toEqual([
      expect.objectContaining({
        name: 'Telefonaktiebolaget LM Ericsson (publ)',
        city: 'Stockholm',
        country: 'SE',
      }),
    ]);
    expect(r.inventors).toEqual([
      expect.objectContaining({ name: 'Do, Thanh Van', city: 'Oslo', country: 'NO' }),
    ]);
    const us = record('go-uspto/grant/v2-5-B2.xml').inventors[0];
    expect(us).toMatchObject({
      name: 'Berfield, Robert C.',
      city: 'Jersey Shore',
      state: 'PA',
      country: 'US',
    });
  });

  it('reads patent citations (US and WO) and non-patent citations', () => {
    const patents = r.citations.filter((c) => c.kind === 'patent');
    expect(patents.map((c) => c.kind === 'patent' && c.publicationNumber)).toEqual([
      'US5825759A',
      'US5974441A',
      'US6049819A',
      'US6076099A',
      'US6085086A',
      'WO1996025012',
    ]);
    expect(patents.map((c) => c.citedBy)).toEqual([
      'examiner',
      'examiner',
      'examiner',
      'examiner',
      'examiner',
      'other',
    ]);
    const npl = r.citations.filter((c) => c.kind === 'npl');
    expect(npl).toHaveLength(3);
    expect(npl[0]).toMatchObject({ citedBy: 'other' });
    expect(npl[0]?.kind === 'npl' && npl[0].text).toMatch(
      /^S\. Krause et al\.; Mobile Service Agents Enabling ‘Intelligence/,
    );
  });
});

describe('pre-grant publications v1.5', () => {
  const r = record('pap/US20010000943A1.xml');

  it('reads numbers, dates, priority, IPC and claims', () => {
    expect([r.publicationNumber, r.publicationDate, r.applicationNumber, r.applicationDate]).toEqual([
      'US20010000943A1',
      '2001-05-10',
      '09727454',
      '2000-12-04',
    ]);
    expect(r.priorities).toEqual([{ sequence: 1, country: 'JP', number: '11-097727', date: '1999-04-05' }]);
    expect(r.priorityDate).toBe('1999-04-05');
    expect(symbols(r)).toEqual([['H01J1/62', true, '07']]);
    expect([r.claimsCount, r.independentClaimsCount]).toEqual([13, 4]);
    expect(r.firstClaim?.text).toMatch(
      /^1\. An organic electroluminescence device containing an organic layer/,
    );
  });

  it('reads the assignee as applicant and the inventors', () => {
    expect(r.applicants.map((p) => [p.name, p.partyType])).toEqual([
      ['IDEMITSU KOSAN CO., LTD.', 'assignee'],
    ]);
    expect(r.inventors.map((p) => [p.name, p.city, p.country])).toEqual([
      ['Fukuoka, Kenichi', 'Sodegaura-shi', 'JP'],
      ['Eida, Mitsura', 'Sodegaura-shi', 'JP'],
    ]);
  });
});

describe('v4.0 documents', () => {
  it('reads the edition-form classification-ipc of a 2005 grant', () => {
    const r = record('xml2004/US06859910.xml');
    expect(symbols(r)).toEqual([
      ['G06F15/00', true, '7'],
      ['G06F17/00', false, '7'],
      ['G06F17/21', false, '7'],
      ['G06F17/24', false, '7'],
    ]);
    expect(r.applicants.map((p) => [p.name, p.partyType])).toEqual([['Bluestreak.com', 'assignee']]);
    expect(r.inventors.map((p) => [p.name, p.city, p.partyType])).toEqual([
      ['Croy, John Charles', 'Middletown', 'applicant-inventor'],
    ]);
  });

  it('uses the applicant-inventors as applicants when there is no assignee', () => {
    const r = record('xmlApp2004/US20050004437A1.xml');
    expect(r.applicants.map((p) => [p.name, p.partyType])).toEqual([
      ['Kaufmann, Heiner', 'applicant-inventor'],
      ['Vering, Thomas', 'applicant-inventor'],
    ]);
    expect(r.inventors.map((p) => p.name)).toEqual(['Kaufmann, Heiner', 'Vering, Thomas']);
    expect(r.priorities).toEqual([{ sequence: 1, country: 'CH', number: '1974/01', date: '2001-10-26' }]);
  });
});
